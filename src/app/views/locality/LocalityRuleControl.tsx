/**
 * The locality rule as a control: choose the field whose shared value makes a tie local, or a
 * distance in km when actors have coordinates. A new rule recomputes every measure (E-I,
 * brokerage by locality, Giuliani–Bell roles) in the analysis worker.
 */
import { useEffect, useState } from 'react';
import { useWording } from '../../i18n.ts';
import { fieldLabel } from '../../words.ts';
import { DEFAULT_LOCAL_KM, type LocalityChoice, ruleKind, ruleWords } from './rule.ts';

const DISTANCE = '\u0000distance';

export function LocalityRuleControl({
  choice,
  fields,
  distanceAllowed,
  recomputing,
  onApply,
}: {
  choice: LocalityChoice;
  fields: readonly string[];
  distanceAllowed: boolean;
  recomputing: boolean;
  onApply: (choice: LocalityChoice) => void;
}) {
  const wording = useWording();
  const { t } = wording;
  const [kmDraft, setKmDraft] = useState(
    choice.mode === 'distance' ? String(choice.km) : String(DEFAULT_LOCAL_KM),
  );
  useEffect(() => {
    if (choice.mode === 'distance') setKmDraft(String(choice.km));
  }, [choice]);
  const km = Number(kmDraft);
  const kmValid = Number.isFinite(km) && km > 0;
  const selectValue = choice.mode === 'distance' ? DISTANCE : choice.field;

  const onSelect = (value: string) => {
    if (value === DISTANCE) onApply({ mode: 'distance', km: kmValid ? km : DEFAULT_LOCAL_KM });
    else onApply({ mode: 'field', field: value });
  };

  return (
    <div className="locality-rule">
      <label>
        {t('locality.rule.label')}{' '}
        <select
          data-testid="locality-rule"
          aria-label={t('locality.rule.aria')}
          value={selectValue}
          onChange={(event) => onSelect(event.target.value)}
        >
          {fields.map((field) => (
            <option key={field} value={field}>
              {t('locality.rule.sameField', { rule: ruleKind(field), field: fieldLabel(t, field) })}
            </option>
          ))}
          {distanceAllowed && <option value={DISTANCE}>{t('locality.rule.distance')}</option>}
        </select>
      </label>
      {choice.mode === 'distance' && (
        <form
          className="locality-km"
          onSubmit={(event) => {
            event.preventDefault();
            if (kmValid) onApply({ mode: 'distance', km });
          }}
        >
          <label>
            {t('locality.rule.within')}{' '}
            <input
              type="number"
              min="0.1"
              step="any"
              value={kmDraft}
              aria-label={t('locality.rule.withinAria')}
              onChange={(event) => setKmDraft(event.target.value)}
            />{' '}
            {t('locality.rule.km')}
          </label>
          <button type="submit" disabled={!kmValid || km === choice.km}>
            {t('common.apply')}
          </button>
        </form>
      )}
      {recomputing && (
        <span className="locality-recomputing" role="status">
          {t('common.recomputing')}
        </span>
      )}
      <p className="muted small">{ruleWords(choice, wording)}</p>
    </div>
  );
}
