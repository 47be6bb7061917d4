/** Legend of what the canvas draws: node colour by actor kind, edge colour by relation kind, size by degree. */
import { ACTOR_KIND_LABELS, ACTOR_KINDS, RELATION_KIND_LABELS, RELATION_KINDS } from '../../model/kinds.ts';
import { ACTOR_KIND_COLOURS, RELATION_KIND_COLOURS } from '../palette.ts';
import { useExplorer } from '../store.ts';

export function Legend() {
  const report = useExplorer((state) => state.report);
  const attribution = useExplorer((state) => state.attribution);
  if (!report) return null;
  const actorKinds = ACTOR_KINDS.filter((kind) => report.actorsByKind[kind]);
  const relationKinds = RELATION_KINDS.filter((kind) => report.relationsByKind[kind]);
  return (
    <section className="panel legend" aria-label="Legend" data-testid="legend">
      <h3>Actors</h3>
      <ul>
        {actorKinds.map((kind) => (
          <li key={kind}>
            <span className="swatch" style={{ background: ACTOR_KIND_COLOURS[kind] }} aria-hidden="true" />
            {ACTOR_KIND_LABELS[kind]} <span className="muted">{report.actorsByKind[kind]}</span>
          </li>
        ))}
      </ul>
      <p className="muted small">Size: number of partners (degree)</p>
      <h3>Relations</h3>
      <ul>
        {relationKinds.map((kind) => (
          <li key={kind}>
            <span
              className="swatch line"
              style={{ background: RELATION_KIND_COLOURS[kind] }}
              aria-hidden="true"
            />
            {RELATION_KIND_LABELS[kind]} <span className="muted">{report.relationsByKind[kind]}</span>
          </li>
        ))}
      </ul>
      <p className="muted small">A tie with several relations takes the colour of its strongest.</p>
      {attribution && <p className="muted small attribution">{attribution}</p>}
    </section>
  );
}
