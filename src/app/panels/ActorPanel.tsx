/**
 * The profile of the selected actor: its position among actors of the same kind, the five
 * network mechanisms with the numbers behind them, its ego network, its partners by relation
 * kind (local or external), and its fields. Everything shown is read from the analysis.
 */
import { useMemo } from 'react';
import { MEASURES, type OutputId } from '../../analysis/registry.ts';
import type { OutputSpec } from '../../analysis/types.ts';
import type { Translate } from '../../i18n/i18n.ts';
import { categoryLabel, outputLabel } from '../../i18n/registry-texts.ts';
import { actorId } from '../../model/ecosystem.ts';
import { ACTOR_FIELDS } from '../../model/fields.ts';
import { focusActor } from '../canvas/renderer.ts';
import { DATA, useWording } from '../i18n.ts';
import { ACTOR_KIND_COLOURS } from '../palette.ts';
import { partnerLocality, partnersByRelationKind } from '../partners.ts';
import { ActorGeography } from '../profile/ActorGeography.tsx';
import { EgoSketch } from '../profile/EgoSketch.tsx';
import { mechanisms } from '../profile/mechanisms.ts';
import { formatValue, peersByKind, standingAmong, standingShare } from '../profile/percentiles.ts';
import { useExplorer } from '../store.ts';
import { fieldLabel, isKnownField } from '../words.ts';
import { PartnerGroups } from './PartnerGroups.tsx';
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
  const selected = useExplorer((state) => state.selected);
  const ecosystem = useExplorer((state) => state.ecosystem);
  const analysis = useExplorer((state) => state.analysis);
  const display = useExplorer((state) => state.display);
  const select = useExplorer((state) => state.select);
  const keys = useMemo(() => ecosystem?.nodes() ?? [], [ecosystem]);
  const indexOf = useMemo(() => new Map(keys.map((key, i) => [key, i])), [keys]);
  const peersOfKind = useMemo(() => (ecosystem ? peersByKind(ecosystem) : new Map()), [ecosystem]);
  const wording = useWording();
  const { t, language } = wording;
  if (!selected || !ecosystem?.hasNode(selected)) return null;

  const actor = ecosystem.getNodeAttributes(selected);
  const index = indexOf.get(selected) as number;
  const peers = peersOfKind.get(actor.kind) ?? [];
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
  const peersLabel = t(`kind.peers.${actor.kind}`);
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
        <th scope="row">{outputLabel(t, output.id)}</th>
        <td>
          {output.categories
            ? output.categories[own] === undefined
              ? '–'
              : categoryLabel(t, output.id, own)
            : formatValue(own, language, output.integer)}
        </td>
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
          <h2 id="actor-panel-title" {...DATA}>
            {actor.label}
          </h2>
          <p className="actor-kind">
            <span
              className="swatch"
              style={{ background: ACTOR_KIND_COLOURS[actor.kind] }}
              aria-hidden="true"
            />
            {t(`kind.actor.${actor.kind}`)}
            {actor.implicit && (
              <span className="badge" title={t('profile.notInTableTitle')}>
                {t('profile.notInTable')}
              </span>
            )}
          </p>
        </div>
        <PinToggle actor={selected} />
        <button
          type="button"
          className="icon-button"
          onClick={() => select(null)}
          aria-label={t('profile.close')}
        >
          ×
        </button>
      </header>
      <p className="portfolio" data-testid="portfolio">
        <strong>{t('profile.partners', { count: ecosystem.neighbors(selected).length })}</strong>{' '}
        <span className="muted">
          {t('profile.optimum', {
            band:
              value('portfolio_band') === 0 ? 'below' : value('portfolio_band') === 2 ? 'above' : 'within',
          })}
        </span>
        {' · '}
        {t('profile.localExternal', { local: localPartners, external: externalPartners })}
      </p>
      <table className="measure-table" aria-label={t('profile.measuresLabel')}>
        <tbody>{OUTPUTS.filter((output) => HEADLINE.includes(output.id)).map(measureRow)}</tbody>
      </table>
      <details>
        <summary>{t('profile.allMeasures')}</summary>
        <table className="measure-table">
          <tbody>{OUTPUTS.filter((output) => !HEADLINE.includes(output.id)).map(measureRow)}</tbody>
        </table>
      </details>
      <ActorGeography
        value={value}
        fields={actor.fields}
        placement={display?.map?.placement[index] ?? null}
      />
      <h3>{t('profile.mechanismsTitle')}</h3>
      <div className="mechanisms" data-testid="mechanisms">
        {mechanisms(
          {
            value,
            partnersOfKind: (kind) => partnerKinds.get(kind) ?? 0,
            localPartners,
            externalPartners,
          },
          wording,
        ).map((mechanism) => (
          <section key={mechanism.id} className="mechanism" aria-label={mechanism.name}>
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
      <h3>{t('profile.egoTitle')}</h3>
      <EgoSketch label={actor.label} kind={actor.kind} partners={sketchPartners} />
      <h3>{t('profile.partnersTitle')}</h3>
      {/* Keyed by the actor: another actor's lists start short again. */}
      <PartnerGroups key={selected} groups={groups} locality={locality} onOpen={openPartner} t={t} />
      <h3>{t('profile.fieldsTitle')}</h3>
      <dl className="fields">
        <dt>{t('profile.id')}</dt>
        <dd {...DATA}>{actorId(selected)}</dd>
        {fieldNames.map((name) => (
          <FieldRow key={name} name={name} value={actor.fields[name]} t={t} />
        ))}
      </dl>
    </aside>
  );
}

/** A field: its name (the product's word for a field it knows) and its value, the network's data. */
function FieldRow({
  name,
  value,
  t,
}: {
  name: string;
  value: string | number | boolean | null;
  t: Translate;
}) {
  if (value === null) return null;
  return (
    <>
      <dt {...(isKnownField(name) ? undefined : DATA)}>{fieldLabel(t, name)}</dt>
      {typeof value === 'boolean' ? (
        <dd>{value ? t('common.yes') : t('common.no')}</dd>
      ) : (
        <dd {...DATA}>{String(value)}</dd>
      )}
    </>
  );
}
