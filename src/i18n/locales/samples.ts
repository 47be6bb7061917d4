/**
 * The bundled samples' names, descriptions and credits in English, as their manifest
 * (sample-networks/manifest.json) writes them, keyed like nl/samples.json: the manifest stays
 * the one English source, and the catalog test keeps the Dutch complete.
 */
import manifest from '../../../sample-networks/manifest.json' with { type: 'json' };

type Entry = { name: string; description: string; attribution?: string };

export function samplesInEnglish(): Record<string, Entry> {
  const entries: Record<string, Entry> = {};
  for (const sample of manifest) {
    entries[sample.id] = {
      name: sample.name,
      description: sample.description,
      ...('attribution' in sample && sample.attribution ? { attribution: sample.attribution } : {}),
    };
  }
  return entries;
}
