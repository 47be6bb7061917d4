/**
 * A measure's options as a form, generated from its descriptor: the same declaration gives the
 * CLI its `--option measure.name=value`. Values are checked by the declaration as they are typed
 * (options.ts), and applying them re-runs the analysis through the pipeline; they are saved with
 * the session.
 */
import { useId, useMemo, useState } from 'react';
import {
  type OptionValue,
  optionProblem,
  parseOptionText,
  resolveOptions,
} from '../../../analysis/options.ts';
import type { RegisteredMeasure } from '../../../analysis/registry.ts';
import { measureOptions } from '../../../analysis/settings.ts';
import type { OptionSpec } from '../../../analysis/types.ts';
import { say, type Translate } from '../../../i18n/i18n.ts';
import { choiceLabel, measureLabel, optionLabel } from '../../../i18n/registry-texts.ts';
import { DATA, useWording } from '../../i18n.ts';
import { withSampling } from '../../pipeline/stages.ts';
import { useExplorer } from '../../store.ts';

export function OptionsForm({ measure }: { measure: RegisteredMeasure }) {
  const settings = useExplorer((state) => state.analysisSettings);
  const actorCount = useExplorer((state) => state.ecosystem?.order ?? 0);
  const computing = useExplorer((state) => state.computing);
  const specs = Object.entries(measure.options as Record<string, OptionSpec>);
  const inUse = useMemo(
    () => resolveOptions(measure, measureOptions(withSampling(settings, actorCount))[measure.id]),
    [measure, settings, actorCount],
  ) as Record<string, OptionValue>;
  const [draft, setDraft] = useState<Record<string, string | boolean>>({});
  const formId = useId();
  const { t } = useWording();
  if (specs.length === 0) return null;

  const shown = (name: string): string | boolean =>
    Object.hasOwn(draft, name)
      ? draft[name]
      : typeof inUse[name] === 'boolean'
        ? inUse[name]
        : String(inUse[name]);
  const problems = new Map<string, string>();
  const choiceWords = (name: string) => (choice: string) => choiceLabel(t, measure.id, name, choice);
  const values: Record<string, OptionValue> = {};
  for (const [name, spec] of specs) {
    const raw = shown(name);
    const value = typeof raw === 'boolean' ? raw : parseOptionText(spec, raw);
    const problem = optionProblem(spec, value);
    if (problem) problems.set(name, say(t, problem));
    else values[name] = value;
  }
  const changed = specs.some(([name]) => values[name] !== undefined && values[name] !== inUse[name]);
  const apply = () => {
    const own = Object.fromEntries(
      specs.filter(([name]) => values[name] !== inUse[name]).map(([name]) => [name, values[name]]),
    );
    const options = { ...settings.options, [measure.id]: { ...settings.options?.[measure.id], ...own } };
    useExplorer.getState().setAnalysisSettings({ options });
    setDraft({});
  };
  const reset = () => {
    const { [measure.id]: _dropped, ...others } = settings.options ?? {};
    useExplorer.getState().setAnalysisSettings({ options: others });
    setDraft({});
  };

  return (
    <form
      className="method-options"
      aria-label={t('methods.options.label', { measure: measureLabel(t, measure.id) })}
      onSubmit={(event) => {
        event.preventDefault();
        if (problems.size === 0 && changed) apply();
      }}
    >
      <table>
        <caption>{t('methods.options.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('methods.options.option')}</th>
            <th scope="col">{t('methods.options.meaning')}</th>
            <th scope="col">{t('methods.options.value')}</th>
            <th scope="col">{t('methods.options.default')}</th>
          </tr>
        </thead>
        <tbody>
          {specs.map(([name, spec]) => {
            const inputId = `${formId}-${name}`;
            const problem = problems.get(name);
            return (
              <tr key={name}>
                <td>
                  {/* The option's name as the command line takes it (--option measure.name=value). */}
                  <code {...DATA}>{name}</code>
                </td>
                <td>
                  <label htmlFor={inputId}>{optionLabel(t, measure.id, name)}</label>
                </td>
                <td>
                  <OptionInput
                    id={inputId}
                    spec={spec}
                    value={shown(name)}
                    invalid={problem !== undefined}
                    choiceWords={choiceWords(name)}
                    onChange={(value) => setDraft({ ...draft, [name]: value })}
                  />
                  {problem && (
                    <span className="error" role="alert">
                      {' '}
                      {problem}
                    </span>
                  )}
                </td>
                <td>{optionDefault(spec, t, choiceWords(name))}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="method-option-actions">
        <button type="submit" disabled={!changed || problems.size > 0 || computing}>
          {t('methods.options.apply')}
        </button>
        {settings.options?.[measure.id] && (
          <button type="button" onClick={reset} disabled={computing}>
            {t('methods.options.reset')}
          </button>
        )}
      </div>
    </form>
  );
}

function OptionInput({
  id,
  spec,
  value,
  invalid,
  choiceWords,
  onChange,
}: {
  id: string;
  spec: OptionSpec;
  value: string | boolean;
  invalid: boolean;
  choiceWords: (choice: string) => string;
  onChange(value: string | boolean): void;
}) {
  if (spec.type === 'boolean')
    return (
      <input
        id={id}
        type="checkbox"
        checked={value === true}
        onChange={(event) => onChange(event.target.checked)}
      />
    );
  if (spec.type === 'choice')
    return (
      <select id={id} value={String(value)} onChange={(event) => onChange(event.target.value)}>
        {spec.choices.map((choice) => (
          <option key={choice} value={choice}>
            {choiceWords(choice)}
          </option>
        ))}
      </select>
    );
  return (
    <input
      id={id}
      type="text"
      inputMode={spec.type === 'number' ? 'decimal' : 'text'}
      size={8}
      aria-invalid={invalid}
      value={String(value)}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}

/** An option's default in words; numbers as the option takes them (`.` decimals, as typed in the form and on the command line). */
export function optionDefault(
  spec: OptionSpec,
  t: Translate,
  choiceWords: (choice: string) => string,
): string {
  switch (spec.type) {
    case 'boolean':
      return spec.default ? t('methods.options.on') : t('methods.options.off');
    case 'field':
      return t('methods.options.field', { name: spec.default });
    case 'choice':
      return t('methods.options.choice', {
        value: choiceWords(spec.default),
        choices: spec.choices.map(choiceWords).join(', '),
      });
    case 'number': {
      const range = [
        spec.min !== undefined && t('methods.options.atLeast', { min: String(spec.min) }),
        spec.max !== undefined && t('methods.options.atMost', { max: String(spec.max) }),
      ]
        .filter(Boolean)
        .join(', ');
      return range
        ? t('methods.options.range', { value: String(spec.default), range })
        : String(spec.default);
    }
  }
}
