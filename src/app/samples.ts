/**
 * Sample networks bundled with the explorer, as listed in sample-networks/manifest.json.
 * Their files are emitted as assets and fetched on demand, so a sample costs nothing until
 * someone opens it.
 */
import manifest from '../../sample-networks/manifest.json' with { type: 'json' };

export interface SampleNetwork {
  id: string;
  name: string;
  description: string;
  files: { actors: string; relations: string };
  /** The field whose equal values make a tie local. */
  locality: string;
  attribution?: string;
}

const FILE_URLS = import.meta.glob<string>('../../sample-networks/*/*.csv', {
  query: '?url',
  import: 'default',
  eager: true,
});

function fileUrl(path: string): string {
  const url = FILE_URLS[`../../sample-networks/${path}`];
  if (!url) throw new Error(`The sample file ${path} is not bundled.`);
  return url;
}

export const SAMPLES: readonly SampleNetwork[] = manifest.map((entry) => ({
  id: entry.id,
  name: entry.name,
  description: entry.description,
  files: { actors: fileUrl(entry.actors), relations: fileUrl(entry.relations) },
  locality: entry.locality,
  ...('attribution' in entry ? { attribution: entry.attribution } : {}),
}));

export const DEFAULT_SAMPLE = SAMPLES[0];
