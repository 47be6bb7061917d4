/**
 * Actors on the map, drawn by a node program with rings (@sigma/node-border): an actor placed at
 * its region's or country's centre, or waiting in the tray, is a hollow ring — it is not where
 * it really is; with local attachment shown, an outer ring in the colour of the share of its
 * knowledge ties that stay local. The fill keeps the colour the way of looking gave it, so the
 * gatekeepers stay visible with their attachment around them.
 */
import { createNodeBorderProgram } from '@sigma/node-border';
import type { NodeProgramType } from 'sigma/rendering';
import type { Translate } from '../../i18n/i18n.ts';
import type { DisplayEdge, DisplayNode } from '../display-graph.ts';
import { OWN_PLACE } from './map-positions.ts';

export const MAP_NODE_TYPE = 'mapNode';

/** Outer ring (attachment), the actor's colour, and the hole of an actor not at its own place. */
const MapNodeProgram = createNodeBorderProgram<DisplayNode, DisplayEdge>({
  borders: [
    { size: { attribute: 'ringSize', defaultValue: 0 }, color: { attribute: 'ringColor' } },
    { size: { fill: true }, color: { attribute: 'color' } },
    { size: { attribute: 'holeSize', defaultValue: 0 }, color: { value: '#ffffff' } },
  ],
});

/** Node programs to give sigma (its `nodeProgramClasses`); nodes off the map keep the default circle. */
export const MAP_NODE_PROGRAMS: Record<string, NodeProgramType<DisplayNode, DisplayEdge>> = {
  [MAP_NODE_TYPE]: MapNodeProgram,
};

/** Share of an actor's radius taken by the attachment ring and by the hole of a hollow actor. */
const RING_SIZE = 0.34;
const HOLE_SIZE = 0.5;

/**
 * Local attachment in four classes, orange (knowledge ties all abroad) to purple (all local):
 * ColorBrewer's PuOr, which readers with the common colour-vision deficiencies tell apart.
 */
export const ATTACHMENT_CLASSES = [
  { from: 0, colour: '#e66101' },
  { from: 0.25, colour: '#fdb863' },
  { from: 0.5, colour: '#b2abd2' },
  { from: 0.75, colour: '#5e3c99' },
] as const;

export function attachmentColour(value: number): string | null {
  if (!Number.isFinite(value)) return null;
  let colour: string = ATTACHMENT_CLASSES[0].colour;
  for (const { from, colour: classColour } of ATTACHMENT_CLASSES) if (value >= from) colour = classColour;
  return colour;
}

export interface MapNodeStyle {
  type: string | undefined;
  ringColor: string | undefined;
  ringSize: number;
  holeSize: number;
}

const OFF_MAP: MapNodeStyle = { type: undefined, ringColor: undefined, ringSize: 0, holeSize: 0 };

/**
 * @param placement the actor's MapPlacementCode, or null off the map
 * @param attachment its local attachment (NaN for none), or null when not shown
 */
export function mapNodeStyle(placement: number | null, attachment: number | null): MapNodeStyle {
  if (placement === null) return OFF_MAP;
  const ring = attachment === null ? null : attachmentColour(attachment);
  return {
    type: MAP_NODE_TYPE,
    ringColor: ring ?? undefined,
    ringSize: ring ? RING_SIZE : 0,
    holeSize: placement === OWN_PLACE ? 0 : HOLE_SIZE,
  };
}

/** The attachment classes as legend entries ("0–25%" …). */
export function attachmentLegend(t: Translate): { label: string; colour: string }[] {
  return ATTACHMENT_CLASSES.map(({ from, colour }, i) => ({
    colour,
    label: t('map.attachment.range', {
      from: from * 100,
      to: (ATTACHMENT_CLASSES[i + 1]?.from ?? 1) * 100,
    }),
  }));
}
