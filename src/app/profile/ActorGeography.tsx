/**
 * How far an actor's partners are, in its profile: where its place came from, its median and
 * mean partner distance, the share of partners within the chosen radius, the local attachment of
 * its knowledge ties, and its ties abroad and across the NL–BE–DE border — each number read from
 * a registry column (tie-length, local-attachment, region-flows), never computed here.
 */

import type { OutputId } from '../../analysis/registry.ts';
import type { Translate } from '../../i18n/i18n.ts';
import { useWording } from '../i18n.ts';
import '../map/map.css';
import { COUNTRY_CENTRE, IN_TRAY, REGION_CENTRE } from '../map/map-positions.ts';
import { useExplorer } from '../store.ts';
import { withinKmOf } from '../views/geography/MapSettingsSection.tsx';

type FieldValue = string | number | boolean | null;

function placeWords(
  fields: Readonly<Record<string, FieldValue>>,
  placement: number | null,
  t: Translate,
): string {
  if (placement === REGION_CENTRE)
    return t('profile.geography.placedRegion', { region: String(fields.region ?? '') });
  if (placement === COUNTRY_CENTRE)
    return t('profile.geography.placedCountry', { country: String(fields.country ?? '') });
  if (placement === IN_TRAY) return t('profile.geography.unplaced');
  if (fields.placement === 'gazetteer')
    return t('profile.geography.placedGazetteer', {
      place: String(fields.gazetteer_place ?? fields.city ?? ''),
    });
  return t('profile.geography.placedFile');
}

export function ActorGeography({
  value,
  fields,
  placement,
}: {
  value: (id: OutputId) => number;
  fields: Readonly<Record<string, FieldValue>>;
  /** Where the map placed the actor (map-positions.ts), or null when not computed. */
  placement: number | null;
}) {
  const { t, language } = useWording();
  const options = useExplorer((state) => state.analysisSettings.options?.['tie-length']);
  const km = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
  const median = value('median_partner_km');
  const located = value('located_partners');
  const attachment = value('local_attachment');
  const knowledgeTies = value('knowledge_ties');
  const international = value('international_ties');
  const crossBorder = value('cross_border_ties');
  const facts: { label: string; value: string; testId: string }[] = [];
  if (Number.isFinite(median)) {
    facts.push({
      label: t('profile.geography.median'),
      value: t('profile.geography.km', { km: km.format(median), mean: km.format(value('mean_partner_km')) }),
      testId: 'median-partner-km',
    });
    facts.push({
      label: t('profile.geography.within', { radius: km.format(withinKmOf(options)) }),
      value: t('profile.geography.share', {
        share: percent.format(value('share_within_km')),
        count: located,
      }),
      testId: 'share-within-km',
    });
  }
  if (Number.isFinite(knowledgeTies))
    facts.push({
      label: t('profile.geography.attachment'),
      value: Number.isFinite(attachment)
        ? t('profile.geography.attachmentValue', { share: percent.format(attachment), count: knowledgeTies })
        : t('profile.geography.noKnowledgeTies'),
      testId: 'local-attachment',
    });
  if (Number.isFinite(international))
    facts.push({
      label: t('profile.geography.abroad'),
      value: t('profile.geography.abroadValue', { count: international, crossBorder }),
      testId: 'ties-abroad',
    });
  return (
    <section
      className="actor-geography"
      aria-label={t('profile.geography.title')}
      data-testid="actor-geography"
    >
      <h3>{t('profile.geography.title')}</h3>
      <p className="small">{placeWords(fields, placement, t)}</p>
      {!Number.isFinite(median) && <p className="muted small">{t('profile.geography.noDistances')}</p>}
      <dl className="fields">
        {facts.map((fact) => (
          <div key={fact.testId} data-testid={fact.testId} className="fact">
            <dt>{fact.label}</dt>
            <dd>{fact.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
