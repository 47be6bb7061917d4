import { describe, expect, it, vi } from 'vitest';

// Sigma's rendering module reads WebGL's constants when it loads; Node has no WebGL.
vi.stubGlobal('WebGL2RenderingContext', {});
vi.stubGlobal('WebGLRenderingContext', {});
const { leaveHiddenTieOut, UNDRAWN_TIE_PROGRAMS, UNDRAWN_TIE_TYPE } = await import(
  '../../../src/app/canvas/undrawn-ties.ts'
);

describe('hidden ties kept out of the WebGL buffers', () => {
  it('sends a hidden tie to the program that draws nothing, and leaves a drawn tie as it was', () => {
    expect(leaveHiddenTieOut({ color: '#123456', hidden: true })).toEqual({
      color: '#123456',
      hidden: true,
      type: UNDRAWN_TIE_TYPE,
    });
    expect(leaveHiddenTieOut({ color: '#123456', hidden: false })).toEqual({
      color: '#123456',
      hidden: false,
    });
    expect(leaveHiddenTieOut({ color: '#123456' })).toEqual({ color: '#123456' });
  });

  it('registers that program under the type, holding and drawing nothing', () => {
    // Sigma constructs it with its WebGL context, picking buffer and renderer; none is touched.
    const Program = UNDRAWN_TIE_PROGRAMS[UNDRAWN_TIE_TYPE] as unknown as new (
      ...args: unknown[]
    ) => {
      drawLabel: unknown;
      reallocate(capacity: number): void;
      render(params: unknown): void;
      kill(): void;
    };
    const program = new Program({}, null, {});
    expect(program.drawLabel).toBeUndefined();
    program.reallocate(560_965);
    program.render({});
    program.kill();
  });
});
