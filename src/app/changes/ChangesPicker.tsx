/**
 * Picks the two windows to compare, A and B, each a year or a span of years in the data, and
 * starts the comparison. What is picked is a draft until Compare is pressed, so choosing four
 * years costs one comparison, not four.
 */

import { useEffect, useState } from 'react';
import type { TimeWindow } from '../../model/period.ts';
import { useWording } from '../i18n.ts';
import type { ComparisonChoice } from './choice.ts';

interface Props {
  years: readonly number[];
  choice: ComparisonChoice;
  busy: boolean;
  onCompare(choice: ComparisonChoice): void;
}

function WindowPicker({
  side,
  years,
  window,
  onChange,
}: {
  side: 'a' | 'b';
  years: readonly number[];
  window: TimeWindow;
  onChange(window: TimeWindow): void;
}) {
  const { t } = useWording();
  const options = years.map((year) => (
    <option key={year} value={year}>
      {year}
    </option>
  ));
  return (
    <fieldset className="changes-window" data-testid={`changes-window-${side}`}>
      <legend>{side === 'a' ? t('changes.windowA') : t('changes.windowB')}</legend>
      <select
        aria-label={side === 'a' ? t('changes.fromA') : t('changes.fromB')}
        value={window.from}
        onChange={(event) => {
          const from = Number(event.target.value);
          onChange({ from, to: Math.max(from, window.to) });
        }}
      >
        {options}
      </select>
      –
      <select
        aria-label={side === 'a' ? t('changes.toA') : t('changes.toB')}
        value={window.to}
        onChange={(event) => {
          const to = Number(event.target.value);
          onChange({ from: Math.min(window.from, to), to });
        }}
      >
        {options}
      </select>
    </fieldset>
  );
}

export function ChangesPicker({ years, choice, busy, onCompare }: Props) {
  const { t } = useWording();
  const [from, setFrom] = useState(choice.from);
  const [to, setTo] = useState(choice.to);
  // A choice made elsewhere (a restored session) replaces the draft.
  useEffect(() => {
    setFrom(choice.from);
    setTo(choice.to);
  }, [choice.from, choice.to]);
  return (
    <form
      className="changes-picker"
      onSubmit={(event) => {
        event.preventDefault();
        onCompare({ ...choice, from, to });
      }}
    >
      <WindowPicker side="a" years={years} window={from} onChange={setFrom} />
      <WindowPicker side="b" years={years} window={to} onChange={setTo} />
      <button type="submit" className="primary" disabled={busy} data-testid="changes-compare">
        {t('changes.compare')}
      </button>
    </form>
  );
}
