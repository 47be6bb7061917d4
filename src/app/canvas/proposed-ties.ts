/**
 * Where proposed ties go on screen: a segment between the two actors' positions and a spot
 * for the label at its middle. Pure, so the overlay's geometry is testable without WebGL.
 */
import type { ProposedTie } from '../store.ts';

export interface ScreenPoint {
  x: number;
  y: number;
}

export interface TieLine {
  key: string;
  from: ScreenPoint;
  to: ScreenPoint;
  middle: ScreenPoint;
  label: string;
}

/** Ties whose actor is not drawn (filtered out, hidden) are skipped rather than drawn to a corner. */
export function tieLines(
  ties: readonly ProposedTie[],
  positionOf: (key: string) => ScreenPoint | null,
): TieLine[] {
  const lines: TieLine[] = [];
  for (const tie of ties) {
    const from = positionOf(tie.source);
    const to = positionOf(tie.target);
    if (!from || !to) continue;
    lines.push({
      key: `${tie.source}\n${tie.target}`,
      from,
      to,
      middle: { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 },
      label: tie.label,
    });
  }
  return lines;
}
