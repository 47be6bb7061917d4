/**
 * Header matching: file headers to the product's field names, case-insensitively, with
 * common English and Dutch synonyms. Headers that match nothing are kept as custom fields.
 */

const ACTOR_SYNONYMS: Record<string, readonly string[]> = {
  id: ['id', 'actor', 'actor_id', 'node', 'node_id', 'key', 'code', 'pic'],
  label: [
    'label',
    'name',
    'naam',
    'organisation',
    'organization',
    'organisatie',
    'bedrijf',
    'firm',
    'company',
  ],
  kind: ['kind', 'type', 'actor_kind', 'soort', 'categorie', 'category'],
  sector: ['sector', 'nace', 'industry', 'branche', 'bedrijfstak'],
  size: ['size', 'size_class', 'grootte', 'omvang', 'grootteklasse'],
  region: ['region', 'regio', 'provincie', 'province', 'nuts', 'area'],
  country: ['country', 'land', 'country_code', 'landcode'],
  lat: ['lat', 'latitude', 'breedtegraad'],
  lon: ['lon', 'lng', 'long', 'longitude', 'lengtegraad'],
  frontier: ['frontier', 'frontier_firm', 'koploper'],
  respondent: ['respondent', 'surveyed', 'respondent_flag', 'geënquêteerd'],
};

const RELATION_SYNONYMS: Record<string, readonly string[]> = {
  source: ['source', 'from', 'van', 'bron', 'source_id', 'actor1', 'node1'],
  target: ['target', 'to', 'naar', 'doel', 'target_id', 'actor2', 'node2', 'partner'],
  kind: ['kind', 'type', 'relation', 'relation_kind', 'relatie', 'soort'],
  strength: ['strength', 'weight', 'sterkte', 'gewicht', 'frequency', 'frequentie'],
  directed: ['directed', 'gericht'],
  year: ['year', 'jaar'],
  start: ['start', 'start_year', 'begin', 'beginjaar'],
  end: ['end', 'end_year', 'eind', 'eindjaar'],
  reported_by: ['reported_by', 'respondent', 'gemeld_door'],
  formal: ['formal', 'formeel'],
};

export type TableRole = 'actors' | 'relations';

export function normaliseHeader(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[\s\-.]+/g, '_');
}

/** The field each column maps to: a known field name, or the header itself for custom fields. */
export function mapColumns(header: readonly string[], role: TableRole): string[] {
  const synonyms = role === 'actors' ? ACTOR_SYNONYMS : RELATION_SYNONYMS;
  const taken = new Set<string>();
  return header.map((raw) => {
    const normalised = normaliseHeader(raw);
    for (const [field, names] of Object.entries(synonyms)) {
      if (!taken.has(field) && names.includes(normalised)) {
        taken.add(field);
        return field;
      }
    }
    return raw.trim();
  });
}

export function knownFields(role: TableRole): string[] {
  return Object.keys(role === 'actors' ? ACTOR_SYNONYMS : RELATION_SYNONYMS);
}
