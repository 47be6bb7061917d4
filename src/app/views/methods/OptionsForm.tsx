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
  if (specs.length === 0) return null;

  const shown = (name: string): string | boolean =>
    Object.hasOwn(draft, name)
      ? draft[name]
      : typeof inUse[name] === 'boolean'
        ? inUse[name]
        : String(inUse[name]);
  const problems = new Map<string, string>();
  const values: Record<string, OptionValue> = {};
  for (const [name, spec] of specs) {
    const raw = shown(name);
    const value = typeof raw === 'boolean' ? raw : parseOptionText(spec, raw);
    const problem = optionProblem(spec, value);
    if (problem) problems.set(name, problem);
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
      aria-label={`Options of ${measure.label}`}
      onSubmit={(event) => {
        event.preventDefault();
        if (problems.size === 0 && changed) apply();
      }}
    >
      <table>
        <caption>Options</caption>
        <thead>
          <tr>
            <th scope="col">Option</th>
            <th scope="col">Meaning</th>
            <th scope="col">Value</th>
            <th scope="col">Default</th>
          </tr>
        </thead>
        <tbody>
          {specs.map(([name, spec]) => {
            const inputId = `${formId}-${name}`;
            const problem = problems.get(name);
            return (
              <tr key={name}>
                <td>
                  <code>{name}</code>
                </td>
                <td>
                  <label htmlFor={inputId}>{spec.label}</label>
                </td>
                <td>
                  <OptionInput
                    id={inputId}
                    spec={spec}
                    value={shown(name)}
                    invalid={problem !== undefined}
                    onChange={(value) => setDraft({ ...draft, [name]: value })}
                  />
                  {problem && (
                    <span className="error" role="alert">
                      {' '}
                      {problem}
                    </span>
                  )}
                </td>
                <td>{optionDefault(spec)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="method-option-actions">
        <button type="submit" disabled={!changed || problems.size > 0 || computing}>
          Apply and recompute
        </button>
        {settings.options?.[measure.id] && (
          <button type="button" onClick={reset} disabled={computing}>
            Back to the defaults
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
  onChange,
}: {
  id: string;
  spec: OptionSpec;
  value: string | boolean;
  invalid: boolean;
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
            {choice}
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

export function optionDefault(spec: OptionSpec): string {
  switch (spec.type) {
    case 'boolean':
      return spec.default ? 'on' : 'off';
    case 'field':
      return `field “${spec.default}”`;
    case 'choice':
      return `${spec.default} (of ${spec.choices.join(', ')})`;
    case 'number': {
      const range = [spec.min !== undefined && `≥ ${spec.min}`, spec.max !== undefined && `≤ ${spec.max}`]
        .filter(Boolean)
        .join(', ');
      return range ? `${spec.default} (${range})` : String(spec.default);
    }
  }
}
