/**
 * Translucent tie colours handed to sigma premultiplied by their opacity.
 *
 * Sigma 3.0 blends its WebGL layers as premultiplied colour (ONE, ONE_MINUS_SRC_ALPHA, on a
 * canvas whose alpha the browser composites as premultiplied) but its shaders output a colour
 * as given, red, green and blue not multiplied by its opacity (sigma.js issue #1533). Every
 * translucent tie was therefore drawn far too light: the map's external ties, orange #d95f02 at
 * 32%, came out as a pale yellow (255, 255, 175) over white, and 8,265 of them on the Horizon
 * Europe border region washed the map yellow; the Clusters lens' ties and opacity by strength
 * were paler than their legend. The display graph keeps the colours as people and exports
 * read them; sigma's tie reducer premultiplies the copy sigma draws from.
 */
import type { Attributes } from 'graphology-types';
import { parseColor } from 'sigma/utils';

const cache = new Map<string, string>();

/** `colour` with red, green and blue multiplied by its opacity; an opaque colour as it is. */
export function premultipliedColour(colour: string): string {
  let known = cache.get(colour);
  if (known === undefined) {
    const { r, g, b, a } = parseColor(colour);
    known = a >= 1 ? colour : `rgba(${Math.round(r * a)}, ${Math.round(g * a)}, ${Math.round(b * a)}, ${a})`;
    cache.set(colour, known);
  }
  return known;
}

/** Sigma's `edgeReducer`: it is handed a copy of the tie's attributes, which it may change. */
export function premultiplyTieColour<E extends Attributes>(_key: string, tie: E): E {
  if (typeof tie.color === 'string') (tie as Attributes).color = premultipliedColour(tie.color);
  return tie;
}
