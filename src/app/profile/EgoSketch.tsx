/**
 * A small picture of one actor's ego network: the actor in the middle, its partners around it
 * grouped by kind, ties coloured by relation kind. Drawn as SVG: a few dozen shapes need no WebGL.
 */

import type { ActorKind, RelationKind } from '../../model/kinds.ts';
import { useWording } from '../i18n.ts';
import { ACTOR_KIND_COLOURS, RELATION_KIND_COLOURS } from '../palette.ts';

export interface SketchPartner {
  key: string;
  label: string;
  kind: ActorKind;
  relation: RelationKind;
}

const SIZE = 220;
const MAX_SHOWN = 40;

export function EgoSketch({
  label,
  kind,
  partners,
}: {
  label: string;
  kind: ActorKind;
  partners: SketchPartner[];
}) {
  const { t } = useWording();
  const shown = [...partners].sort((a, b) => a.kind.localeCompare(b.kind)).slice(0, MAX_SHOWN);
  const centre = SIZE / 2;
  const radius = SIZE / 2 - 14;
  return (
    <figure className="ego-sketch">
      <svg
        viewBox={`0 0 ${SIZE} ${SIZE}`}
        width={SIZE}
        height={SIZE}
        role="img"
        aria-label={t('profile.egoLabel', { label, count: partners.length })}
      >
        {shown.map((partner, i) => {
          const angle = (2 * Math.PI * i) / shown.length - Math.PI / 2;
          return (
            <line
              key={`line-${partner.key}`}
              x1={centre}
              y1={centre}
              x2={centre + radius * Math.cos(angle)}
              y2={centre + radius * Math.sin(angle)}
              stroke={RELATION_KIND_COLOURS[partner.relation]}
              strokeWidth={1.5}
            />
          );
        })}
        {shown.map((partner, i) => {
          const angle = (2 * Math.PI * i) / shown.length - Math.PI / 2;
          return (
            <circle
              key={`node-${partner.key}`}
              cx={centre + radius * Math.cos(angle)}
              cy={centre + radius * Math.sin(angle)}
              r={5}
              fill={ACTOR_KIND_COLOURS[partner.kind]}
            >
              <title>{partner.label}</title>
            </circle>
          );
        })}
        <circle
          cx={centre}
          cy={centre}
          r={9}
          fill={ACTOR_KIND_COLOURS[kind]}
          stroke="#111827"
          strokeWidth={2}
        />
      </svg>
      {partners.length > MAX_SHOWN && (
        <figcaption className="muted small">
          {t('profile.egoMore', { shown: MAX_SHOWN, count: partners.length })}
        </figcaption>
      )}
    </figure>
  );
}
