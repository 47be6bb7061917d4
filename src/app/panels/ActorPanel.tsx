/** The profile of the selected actor: its fields, its degree, and its partners by relation kind. */
import { actorId } from '../../model/ecosystem.ts';
import { ACTOR_FIELDS } from '../../model/fields.ts';
import { ACTOR_KIND_LABELS, RELATION_KIND_LABELS } from '../../model/kinds.ts';
import { focusActor } from '../canvas/renderer.ts';
import { ACTOR_KIND_COLOURS, RELATION_KIND_COLOURS } from '../palette.ts';
import { partnersByRelationKind } from '../partners.ts';
import { useExplorer } from '../store.ts';

export function ActorPanel() {
  const selected = useExplorer((state) => state.selected);
  const ecosystem = useExplorer((state) => state.ecosystem);
  const analysis = useExplorer((state) => state.analysis);
  const select = useExplorer((state) => state.select);
  if (!selected || !ecosystem?.hasNode(selected)) return null;

  const actor = ecosystem.getNodeAttributes(selected);
  const index = ecosystem.nodes().indexOf(selected);
  const degree = analysis?.columns.degree?.[index];
  const groups = partnersByRelationKind(ecosystem, selected);
  // Known fields in the schema's order, then the file's own columns alphabetically.
  const known = ACTOR_FIELDS.map((spec) => spec.name).filter((name) => name in actor.fields);
  const fieldNames = [
    ...known,
    ...Object.keys(actor.fields)
      .filter((name) => !known.includes(name))
      .sort(),
  ];
  const openPartner = (id: string) => {
    select(id);
    focusActor(id);
  };

  return (
    <aside className="panel actor-panel" aria-labelledby="actor-panel-title" data-testid="actor-panel">
      <header className="panel-header">
        <div>
          <h2 id="actor-panel-title">{actor.label}</h2>
          <p className="actor-kind">
            <span
              className="swatch"
              style={{ background: ACTOR_KIND_COLOURS[actor.kind] }}
              aria-hidden="true"
            />
            {ACTOR_KIND_LABELS[actor.kind]}
            {actor.implicit && (
              <span className="badge" title="Named in a relation but missing from the actors table">
                not in actors table
              </span>
            )}
          </p>
        </div>
        <button type="button" className="icon-button" onClick={() => select(null)} aria-label="Close profile">
          ×
        </button>
      </header>
      <dl className="fields">
        <dt>Id</dt>
        <dd>{actorId(selected)}</dd>
        {degree !== undefined && (
          <>
            <dt>Partners (degree)</dt>
            <dd>{degree}</dd>
          </>
        )}
        {fieldNames.map((name) => (
          <FieldRow key={name} name={name} value={actor.fields[name]} />
        ))}
      </dl>
      <h3>Partners by relation</h3>
      {groups.length === 0 && <p className="muted">No relations.</p>}
      {groups.map((group) => (
        <section
          key={group.kind}
          className="partner-group"
          aria-label={`${RELATION_KIND_LABELS[group.kind]} relations`}
        >
          <h4>
            <span
              className="swatch line"
              style={{ background: RELATION_KIND_COLOURS[group.kind] }}
              aria-hidden="true"
            />
            {RELATION_KIND_LABELS[group.kind]} <span className="muted">({group.partners.length})</span>
          </h4>
          <ul>
            {group.partners.map((partner) => (
              <li key={`${partner.id}-${partner.role}`}>
                <button type="button" className="link-button" onClick={() => openPartner(partner.id)}>
                  {partner.label}
                </button>
                <span className="muted">
                  {' '}
                  {partner.role !== 'partner' && `${partner.role} · `}strength {partner.strength}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </aside>
  );
}

function FieldRow({ name, value }: { name: string; value: string | number | boolean | null }) {
  if (value === null) return null;
  return (
    <>
      <dt>{name}</dt>
      <dd>{typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value)}</dd>
    </>
  );
}
