/**
 * The canvas as SVG: ties as lines, actors as circles, labels as text, in screen coordinates,
 * so the picture matches what is on screen and stays sharp in reports and slides.
 */

export interface SvgNode {
  x: number;
  y: number;
  radius: number;
  color: string;
  label: string | null;
}

export interface SvgEdge {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  width: number;
  color: string;
}

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const round = (value: number) => Math.round(value * 100) / 100;

/** Elements drawn beneath the ties (the map's basemap and flows) and above everything (its credits). */
export interface SvgLayers {
  under?: readonly string[];
  over?: readonly string[];
}

/** The drawing's elements (ties, actors, labels) in screen coordinates, without a frame. */
export function svgBody(
  nodes: readonly SvgNode[],
  edges: readonly SvgEdge[],
  layers: SvgLayers = {},
): string {
  const lines = [
    ...(layers.under ?? []),
    '<g stroke-linecap="round">',
    ...edges.map(
      (edge) =>
        `<line x1="${round(edge.x1)}" y1="${round(edge.y1)}" x2="${round(edge.x2)}" y2="${round(edge.y2)}" stroke="${escapeXml(edge.color)}" stroke-width="${round(edge.width)}"/>`,
    ),
    '</g>',
    '<g>',
    ...nodes.map(
      (node) =>
        `<circle cx="${round(node.x)}" cy="${round(node.y)}" r="${round(node.radius)}" fill="${escapeXml(node.color)}"/>`,
    ),
    '</g>',
    '<g font-family="system-ui, sans-serif" font-size="12" fill="#111827">',
    ...nodes
      .filter((node) => node.label)
      .map(
        (node) =>
          `<text x="${round(node.x + node.radius + 3)}" y="${round(node.y + 4)}">${escapeXml(node.label as string)}</text>`,
      ),
    '</g>',
    ...(layers.over ?? []),
  ];
  return lines.join('\n');
}
