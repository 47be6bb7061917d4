/**
 * Sample networks bundled with the explorer, as listed in sample-networks/manifest.json.
 * Their files are emitted as assets and fetched on demand, so a sample costs nothing until
 * someone opens it.
 */
import manifest from '../../sample-networks/manifest.json' with { type: 'json' };
import {
  DEFAULT_MAP_SETTINGS,
  type LayoutMode,
  type MapSettings,
  readMapSettings,
} from './map/map-settings.ts';

export interface SampleNetwork {
  id: string;
  name: string;
  description: string;
  files: { actors: string; relations: string };
  /** The field whose equal values make a tie local. */
  locality: string;
  attribution?: string;
  /** How the sample meets the map: opened on it or on its network, what it frames, flows or ties. */
  layoutMode: LayoutMode;
  mapSettings: MapSettings;
  /** A field to colour its actors by, when its own story is told by one (the supply chain's zones). */
  colourBy?: string;
}

/** The manifest's `map` entry, read like a saved session's map settings (what does not fit is left out). */
function sampleMap(entry: { map?: unknown }): { layoutMode: LayoutMode; mapSettings: MapSettings } {
  const map = (entry.map ?? {}) as Record<string, unknown>;
  return {
    layoutMode: map.open === true ? 'map' : 'force',
    mapSettings: readMapSettings({ ...DEFAULT_MAP_SETTINGS, ...map }),
  };
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
  ...sampleMap(entry),
  ...('colourBy' in entry ? { colourBy: entry.colourBy } : {}),
}));

export const DEFAULT_SAMPLE = SAMPLES[0];
