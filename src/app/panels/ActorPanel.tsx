/**
 * The profile of the selected actor: its position among actors of the same kind, the five
 * network mechanisms with the numbers behind them, its ego network, its partners by relation
 * kind (local or external), and its fields. Everything shown is read from the analysis.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { MEASURES, type OutputId } from '../../analysis/registry.ts';
import type { OutputSpec } from '../../analysis/types.ts';
import { actorId } from '../../model/ecosystem.ts';
import { ACTOR_FIELDS } from '../../model/fields.ts';
import { ACTOR_KIND_LABELS, RELATION_KIND_LABELS } from '../../model/kinds.ts';
import { focusActor } from '../canvas/renderer.ts';
import { ACTOR_KIND_COLOURS, RELATION_KIND_COLOURS } from '../palette.ts';
import { partnerLocality, partnersByRelationKind } from '../partners.ts';
import { ActorGeography } from '../profile/ActorGeography.tsx';
import { EgoSketch } from '../profile/EgoSketch.tsx';
import { mechanisms } from '../profile/mechanisms.ts';
import { formatValue, standingAmong, standingShare } from '../profile/percentiles.ts';
import { useExplorer } from '../store.ts';
import { PinToggle } from './PinToggle.tsx';

const OUTPUTS = MEASURES.flatMap((measure) => measure.outputs);
const HEADLINE = [
  'degree',
  'betweenness',
  'closeness',
  'eigenvector',
  'constraint',
  'effective_size',
  'brokerage_total',
  'ei_index',
];

export function ActorPanel() {
  const { t } = useTranslation();
  const selected = useExplorer((state) => state.selected);
  const ecosystem = useExplorer((state) => state.ecosystem);
  const analysis = useExplorer((state) => state.analysis);
  const display = useExplorer((state) => state.display);
  const select = useExplorer((state) => state.select);
  const keys = useMemo(() => ecosystem?.nodes() ?? [], [ecosystem]);
  const indexOf = useMemo(() => new Map(keys.map((key, i) => [key, i])), [keys]);
  if (!selected || !ecosystem?.hasNode(selected)) return null;

  const actor = ecosystem.getNodeAttributes(selected);
  const index = indexOf.get(selected) as number;
  const peers = keys.flatMap((key, i) => (ecosystem.getNodeAttribute(key, 'kind') === actor.kind ? [i] : []));
  const value = (id: OutputId) => analysis?.columns[id]?.[index] ?? Number.NaN;
  const groups = partnersByRelationKind(ecosystem, selected);
  const locality = partnerLocality(display, selected);
  const partnerKinds = new Map<string, number>();
  for (const partner of ecosystem.neighbors(selected)) {
    const kind = ecosystem.getNodeAttribute(partner, 'kind');
    partnerKinds.set(kind, (partnerKinds.get(kind) ?? 0) + 1);
  }
  // The analysis counts them; the drawing knows which partner is which (the same rule decided both).
  const localPartners = value('local_ties');
  const externalPartners = value('external_ties');
  const known = ACTOR_FIELDS.map((spec) => spec.name).filter((name) => name in actor.fields);
  const fieldNames = [
    ...known,
    ...Object.keys(actor.fields)
      .filter((name) => !known.includes(name))
      .sort(),
  ];
  const peersLabel = `${ACTOR_KIND_LABELS[actor.kind].toLowerCase()}s`;
  const openPartner = (id: string) => {
    select(id);
    focusActor(id);
  };
  const measureRow = (output: OutputSpec<OutputId>) => {
    const column = analysis?.columns[output.id];
    if (!column) return null;
    const own = column[index];
    const standing = output.categories ? null : standingAmong(index, column, peers);
    const share = standing ? standingShare(standing) : null;
    return (
      <tr key={output.id}>
        <th scope="row">{output.label}</th>
        <td>{output.categories ? (output.categories[own] ?? '–') : formatValue(own, output.integer)}</td>
        <td className="muted">
          {share === null
            ? ''
            : t(`profile.standing.${share.case}`, { percent: share.percent, peers: peersLabel })}
        </td>
      </tr>
    );
  };
  const sketchPartners = groups.flatMap((group) =>
    group.partners.map((partner) => ({
      key: partner.id,
      label: partner.label,
      kind: ecosystem.getNodeAttribute(partner.id, 'kind'),
      relation: group.kind,
    })),
  );

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
        <PinToggle actor={selected} />
        <button type="button" className="icon-button" onClick={() => select(null)} aria-label="Close profile">
          ×
        </button>
      </header>
      <p className="portfolio" data-testid="portfolio">
        <strong>{ecosystem.neighbors(selected).length} partners</strong>{' '}
        <span className="muted">
          (the research puts the optimum at 10–12
          {value('portfolio_band') === 0 ? '; below it' : value('portfolio_band') === 2 ? '; above it' : ''})
        </span>
        {' · '}
        {localPartners} local, {externalPartners} external
      </p>
      <table className="measure-table" aria-label="Measures and standing among actors of the same kind">
        <tbody>{OUTPUTS.filter((output) => HEADLINE.includes(output.id)).map(measureRow)}</tbody>
      </table>
      <details>
        <summary>All measures</summary>
        <table className="measure-table">
          <tbody>{OUTPUTS.filter((output) => !HEADLINE.includes(output.id)).map(measureRow)}</tbody>
        </table>
      </details>
      <ActorGeography
        value={value}
        fields={actor.fields}
        placement={display?.map?.placement[index] ?? null}
      />
      <h3>Network mechanisms</h3>
      <div className="mechanisms" data-testid="mechanisms">
        {mechanisms({
          value,
          partnersOfKind: (kind) => partnerKinds.get(kind) ?? 0,
          localPartners,
          externalPartners,
        }).map((mechanism) => (
          <section key={mechanism.name} className="mechanism" aria-label={mechanism.name}>
            <h4 title={mechanism.question}>{mechanism.name}</h4>
            <p className="muted small">{mechanism.question}</p>
            <dl>
              {mechanism.facts.map((fact) => (
                <div key={fact.label}>
                  <dt>{fact.label}</dt>
                  <dd>{fact.value}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
      <h3>Ego network</h3>
      <EgoSketch label={actor.label} kind={actor.kind} partners={sketchPartners} />
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
                  {locality.get(partner.id) === true && ' · local'}
                  {locality.get(partner.id) === false && ' · external'}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <h3>Fields</h3>
      <dl className="fields">
        <dt>Id</dt>
        <dd>{actorId(selected)}</dd>
        {fieldNames.map((name) => (
          <FieldRow key={name} name={name} value={actor.fields[name]} />
        ))}
      </dl>
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
