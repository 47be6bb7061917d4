/** The import flags `inspect` and `analyze` share, and how they become ImportOptions. */
import type { Translate } from '../i18n/i18n.ts';
import type { ImportOptions } from '../io/index.ts';
import { UsageError } from './command.ts';
import { decimalOption, delimiterOption, encodingOption } from './files.ts';

export const IMPORT_FLAGS = {
  'merge-similar': { type: 'boolean' },
  symmetrise: { type: 'string' },
  delimiter: { type: 'string' },
  decimal: { type: 'string' },
  encoding: { type: 'string' },
  'place-at-centre': { type: 'boolean' },
  'max-unpacked': { type: 'string' },
} as const;

/** The import options' lines of a usage text, in the person's language. */
export function importUsage(t: Translate): string {
  return t('cli.usage.importOptions');
}

export function importOptionsFrom(values: {
  'merge-similar'?: boolean;
  symmetrise?: string;
  delimiter?: string;
  decimal?: string;
  encoding?: string;
  'place-at-centre'?: boolean;
  'max-unpacked'?: string;
}): ImportOptions {
  const symmetrise = values.symmetrise ?? 'union';
  if (symmetrise !== 'union' && symmetrise !== 'reciprocated')
    throw new UsageError('cli.error.symmetrise', { value: symmetrise });
  return {
    delimiter: delimiterOption(values.delimiter),
    decimalMark: decimalOption(values.decimal),
    encoding: encodingOption(values.encoding),
    maxUnpackedBytes: megabytesOption(values['max-unpacked']),
    mergeSimilar: values['merge-similar'] ?? false,
    placeAtCentre: values['place-at-centre'] ?? false,
    symmetrise,
  };
}

function megabytesOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const megabytes = Number(value);
  if (value.trim() === '' || !Number.isFinite(megabytes) || megabytes <= 0)
    throw new UsageError('cli.error.maxUnpacked', { value });
  return megabytes * 1024 * 1024;
}
