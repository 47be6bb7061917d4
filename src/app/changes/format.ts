/**
 * Numbers in the Changes view as the reader's language writes them (1,234.5 or 1.234,5), through
 * the platform's Intl like the catalogs' ICU messages. Years are written as they are, never
 * grouped ("2019", not "2,019").
 */
import { useTranslation } from 'react-i18next';
import type { Comparison } from '../../analysis/time/compare.ts';
import type { ComparisonMessage } from '../../analysis/time/messages.ts';
import { numberFormat, type Translate } from '../../i18n/i18n.ts';
import { fieldLabel } from '../words.ts';

export interface Formats {
  count(value: number): string;
  /** A share in [0, 1] as a percentage. */
  share(value: number): string;
  /** A figure with up to three decimals. */
  number(value: number): string;
  /** A signed change (+3, −0.25). */
  change(value: number): string;
}

export function formatsFor(language: string): Formats {
  const count = numberFormat(language, { maximumFractionDigits: 0 });
  const share = numberFormat(language, { style: 'percent', maximumFractionDigits: 1 });
  const figure = numberFormat(language, { maximumFractionDigits: 3 });
  const signed = numberFormat(language, { maximumFractionDigits: 3, signDisplay: 'exceptZero' });
  const finite = (format: Intl.NumberFormat) => (value: number) =>
    Number.isFinite(value) ? format.format(value) : '–';
  return { count: finite(count), share: finite(share), number: finite(figure), change: finite(signed) };
}

export function useFormats(): Formats {
  const { i18n } = useTranslation();
  return formatsFor(i18n.language);
}

/** The rule that makes a tie local, in words: a distance, or the field shared (its name in the language). */
export function localityRule(t: Translate, locality: Comparison['locality']): string {
  return locality.localKm > 0
    ? t('changes.detachment.km', { km: locality.localKm })
    : fieldLabel(t, locality.localBy);
}

/** A comparison's sentence in the language on screen: the locality rule said in words too. */
export function sayComparison(t: Translate, message: ComparisonMessage, comparison: Comparison): string {
  const params =
    message.code === 'locality-changed'
      ? { ...message.params, localBy: localityRule(t, comparison.locality) }
      : message.params;
  return t(`changes.message.${message.code}`, params);
}
