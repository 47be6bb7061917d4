/**
 * A test's declared options as form controls, generated from its descriptor: a field option is a
 * choice of the actors' fields and the measure columns, a term list is typed (with the relation
 * kinds of the network as a hint), numbers and booleans are what they are. The same declaration
 * gives the command line its flags.
 */
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnyTest } from '../../../analysis/statistics/types.ts';
import { useExplorer } from '../../store.ts';
import { type FormField, fieldChoices, type TestForm } from './form.ts';
import { setDraftValue } from './statistics-store.ts';

function useActorFields(): string[] {
  const ecosystem = useExplorer((state) => state.ecosystem);
  return useMemo(() => {
    const names = new Set<string>();
    ecosystem?.forEachNode((_key, actor) => {
      for (const name of Object.keys(actor.fields)) names.add(name);
    });
    return [...names];
  }, [ecosystem]);
}

function useRelationKinds(): string[] {
  const ecosystem = useExplorer((state) => state.ecosystem);
  return useMemo(() => {
    const kinds = new Set<string>();
    ecosystem?.forEachEdge((_edge, relation) => {
      kinds.add(relation.kind);
    });
    return [...kinds];
  }, [ecosystem]);
}

export function TestOptionsForm({ test, form }: { test: AnyTest; form: TestForm }) {
  const { t } = useTranslation();
  const registry = useTranslation('registry').t;
  const formId = useId();
  return (
    <fieldset className="statistics-options" data-testid="statistics-options">
      <legend>{t('statistics.options')}</legend>
      {form.fields.map((field) => {
        const id = `${formId}-${field.name}`;
        return (
          <div key={field.name} className="statistics-option">
            <label htmlFor={id}>{registry(`testOption.${test.id}.${field.name}`)}</label>
            <OptionControl id={id} testId={test.id} field={field} />
            {field.problem !== null && (
              <span className="error" role="alert">
                {t('statistics.invalid')}
              </span>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}

function OptionControl({ id, testId, field }: { id: string; testId: string; field: FormField }) {
  const { t } = useTranslation();
  const registry = useTranslation('registry').t;
  const actorFields = useActorFields();
  const kinds = useRelationKinds();
  const columns = useExplorer((state) => state.analysis?.columns);
  const set = (value: string | boolean) => setDraftValue(testId, field.name, value);
  const testAttribute = `test-option-${field.name}`;
  const { spec, value } = field;
  if (spec.type === 'boolean')
    return (
      <input
        id={id}
        type="checkbox"
        data-testid={testAttribute}
        checked={value === true}
        onChange={(event) => set(event.target.checked)}
      />
    );
  if (spec.type === 'choice')
    return (
      <select
        id={id}
        data-testid={testAttribute}
        value={String(value)}
        onChange={(event) => set(event.target.value)}
      >
        {spec.choices.map((choice) => (
          <option key={choice} value={choice}>
            {choice}
          </option>
        ))}
      </select>
    );
  if (spec.type === 'field') {
    const choices = fieldChoices(actorFields, Object.keys(columns ?? {}), String(value));
    return (
      <select
        id={id}
        data-testid={testAttribute}
        value={String(value)}
        title={t('statistics.fieldHint')}
        onChange={(event) => set(event.target.value)}
      >
        <optgroup label={t('statistics.actorFields')}>
          {choices.fields.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </optgroup>
        {choices.measures.length > 0 && (
          <optgroup label={t('statistics.measureColumns')}>
            {choices.measures.map((name) => (
              <option key={name} value={name}>
                {`${registry(`output.${name}`)} (${name})`}
              </option>
            ))}
          </optgroup>
        )}
      </select>
    );
  }
  const hintId = `${id}-hint`;
  return (
    <>
      <input
        id={id}
        data-testid={testAttribute}
        type="text"
        inputMode={spec.type === 'number' ? 'numeric' : undefined}
        aria-invalid={field.problem !== null}
        aria-describedby={spec.type === 'terms' ? hintId : undefined}
        value={String(value)}
        onChange={(event) => set(event.target.value)}
      />
      {spec.type === 'terms' && (
        <span id={hintId} className="muted small">
          {t('statistics.termsHint', { kinds: kinds.join(', ') })}
        </span>
      )}
    </>
  );
}
