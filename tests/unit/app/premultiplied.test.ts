import { describe, expect, it } from 'vitest';
import { premultipliedColour, premultiplyTieColour } from '../../../src/app/canvas/premultiplied.ts';

/** What a premultiplied colour shows over white: its own colour plus the white let through. */
function overWhite(colour: string): number[] {
  const [r, g, b, a] = (colour.match(/[\d.]+/g) ?? []).map(Number);
  return [r, g, b].map((channel) => Math.round(channel + (1 - a) * 255));
}

describe('tie colours premultiplied for sigma', () => {
  it('leaves an opaque colour as it is', () => {
    expect(premultipliedColour('#d95f02')).toBe('#d95f02');
    expect(premultipliedColour('rgba(10, 20, 30, 1)')).toBe('rgba(10, 20, 30, 1)');
  });

  it('multiplies red, green and blue by the opacity, from #rrggbbaa and rgba()', () => {
    const alpha = 0x52 / 255;
    expect(premultipliedColour('#d95f0252')).toBe(
      `rgba(${Math.round(217 * alpha)}, ${Math.round(95 * alpha)}, ${Math.round(2 * alpha)}, ${alpha})`,
    );
    expect(premultipliedColour('rgba(200, 100, 50, 0.5)')).toBe('rgba(100, 50, 25, 0.5)');
  });

  it('shows over white what a browser shows for the translucent colour, not a paler one', () => {
    // The map's external ties: orange at 32%. Unmultiplied, sigma showed them as (255, 255, 175).
    const shown = overWhite(premultipliedColour('#d95f0252'));
    const alpha = 0x52 / 255;
    const expected = [217, 95, 2].map((channel) => Math.round(channel * alpha + (1 - alpha) * 255));
    shown.forEach((channel, i) => {
      expect(Math.abs(channel - expected[i])).toBeLessThanOrEqual(1);
    });
  });

  it('as sigma’s tie reducer, changes the copy it is handed and nothing else', () => {
    const tie = { color: '#7fa7c999', size: 2, kind: 'supply' };
    const drawn = premultiplyTieColour('t1', tie);
    expect(drawn).toBe(tie);
    expect(drawn.color).toBe(premultipliedColour('#7fa7c999'));
    expect(drawn.size).toBe(2);
  });
});
