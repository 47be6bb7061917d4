import { describe, expect, it } from 'vitest';
import {
  drawnInSoftware,
  hideTiesWhileMovingFor,
  TIES_HIDDEN_WHILE_MOVING_FROM,
  TIES_HIDDEN_WHILE_MOVING_IN_SOFTWARE_FROM,
} from '../../../src/app/canvas/ties-while-moving.ts';

/** Just what drawnInSoftware asks of a WebGL context: the renderer's name, unmasked or not. */
function fakeContext(name: string, unmasked: boolean): WebGLRenderingContext {
  const RENDERER = 0x1f01;
  const UNMASKED_RENDERER_WEBGL = 0x9246;
  return {
    RENDERER,
    getExtension: (extension: string) =>
      unmasked && extension === 'WEBGL_debug_renderer_info' ? { UNMASKED_RENDERER_WEBGL } : null,
    getParameter: (parameter: number) =>
      parameter === (unmasked ? UNMASKED_RENDERER_WEBGL : RENDERER) ? name : 'WebKit WebGL',
  } as unknown as WebGLRenderingContext;
}

describe('ties while moving', () => {
  it('tells software WebGL by the renderer the browser names', () => {
    const swiftShader =
      'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)';
    expect(drawnInSoftware(fakeContext(swiftShader, true))).toBe(true);
    expect(drawnInSoftware(fakeContext('llvmpipe (LLVM 15.0.6, 256 bits)', false))).toBe(true);
    expect(drawnInSoftware(fakeContext('ANGLE (Microsoft Basic Render Driver Direct3D11)', true))).toBe(true);
    expect(
      drawnInSoftware(fakeContext('ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0)', true)),
    ).toBe(false);
    expect(drawnInSoftware(fakeContext('Apple M2', false))).toBe(false);
    expect(drawnInSoftware(undefined)).toBe(false);
  });

  it('hides ties past 20,000 anywhere and past 5,000 where WebGL is drawn in software', () => {
    expect(hideTiesWhileMovingFor(TIES_HIDDEN_WHILE_MOVING_FROM, false)).toBe(false);
    expect(hideTiesWhileMovingFor(TIES_HIDDEN_WHILE_MOVING_FROM + 1, false)).toBe(true);
    expect(hideTiesWhileMovingFor(10_061, false)).toBe(false);
    expect(hideTiesWhileMovingFor(10_061, true)).toBe(true);
    expect(hideTiesWhileMovingFor(TIES_HIDDEN_WHILE_MOVING_IN_SOFTWARE_FROM, true)).toBe(false);
    expect(hideTiesWhileMovingFor(3_547, true)).toBe(false);
  });
});
