/** The import flags `inspect` and `analyze` share, and how they become ImportOptions. */
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

export const IMPORT_USAGE = `  --merge-similar        also merge probable duplicate names (default: only names equal after
                         normalisation of case, accents, punctuation and legal forms)
  --symmetrise MODE      survey ties: union (default) or reciprocated
  --delimiter X          , ; tab or | (default: sniffed)
  --decimal X            . or , (default: sniffed)
  --encoding X           utf-8, windows-1252, utf-16le, utf-16be (default: sniffed)
  --place-at-centre      place actors without coordinates (none in the file, town not found) at
                         their region's centre, else their country's, marked as such
  --max-unpacked MB      what a workbook or .gz file may unpack to (default: 100); larger
                         archives are refused as possible zip bombs`;

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
    throw new UsageError(`--symmetrise must be union or reciprocated (got "${symmetrise}")`);
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
    throw new UsageError(`--max-unpacked must be a number of megabytes above 0 (got "${value}")`);
  return megabytes * 1024 * 1024;
}
