/**
 * Header matching: file headers to the product's field names, case- and accent-insensitively,
 * with common English, Dutch and German synonyms. Headers that match nothing are kept as
 * custom fields under their own name. Also decides what a table is (actors, relations or a
 * survey ego-list) from its header alone.
 */

export type TableRole = 'actors' | 'relations' | 'survey';

type Synonyms = ReadonlyMap<string, readonly string[]>;

/**
 * Time columns (design guide §4, Time), alike for actors, relations and surveys: a year, a period
 * (CORDIS writes `start_date`/`end_date`), or a survey wave (`meting`, `ronde`: Dutch for a round
 * of measurement). Cells hold years or dates; the year is kept.
 */
const TIME_SYNONYMS = {
  year: ['year', 'jaar', 'jahr', 'survey_year', 'enquetejaar'],
  start: [
    'start',
    'start_year',
    'start_date',
    'startdatum',
    'begin',
    'beginjaar',
    'begindatum',
    'beginn',
    'since',
    'sinds',
    'vanaf',
    'from_year',
  ],
  end: ['end', 'end_year', 'end_date', 'einddatum', 'eind', 'eindjaar', 'ende', 'until', 'tot', 'to_year'],
  wave: ['wave', 'meting', 'ronde', 'survey_wave', 'peiling', 'welle', 'round'],
};

const ACTOR_SYNONYMS: Synonyms = new Map(
  Object.entries({
    id: ['id', 'actor', 'actor_id', 'node', 'node_id', 'key', 'code', 'pic', 'nummer', 'kvk', 'kvk_nummer'],
    label: [
      'label',
      'name',
      'naam',
      'organisation',
      'organization',
      'organisatie',
      'bedrijf',
      'bedrijfsnaam',
      'firm',
      'company',
      'firma',
      'unternehmen',
      'organisation_name',
    ],
    kind: [
      'kind',
      'type',
      'actor_kind',
      'actor_type',
      'soort',
      'categorie',
      'category',
      'art',
      'typ',
      'element_type',
    ],
    sector: ['sector', 'nace', 'industry', 'branche', 'bedrijfstak', 'sbi', 'wirtschaftszweig'],
    size: ['size', 'size_class', 'grootte', 'omvang', 'grootteklasse', 'grosse', 'groesse', 'employees'],
    region: ['region', 'regio', 'provincie', 'province', 'nuts', 'area', 'gebied', 'bundesland'],
    country: ['country', 'land', 'country_code', 'landcode', 'staat'],
    city: [
      'city',
      'town',
      'plaats',
      'woonplaats',
      'vestigingsplaats',
      'stad',
      'ort',
      'stadt',
      'ville',
      'localite',
      'locality',
    ],
    lat: ['lat', 'latitude', 'breedtegraad', 'breitengrad'],
    lon: ['lon', 'lng', 'long', 'longitude', 'lengtegraad', 'langengrad'],
    frontier: ['frontier', 'frontier_firm', 'koploper', 'frontrunner', 'vorreiter'],
    respondent: ['respondent', 'surveyed', 'respondent_flag', 'geenqueteerd', 'answered', 'befragt'],
    ...TIME_SYNONYMS,
  }),
);

const RELATION_SYNONYMS: Synonyms = new Map(
  Object.entries({
    source: ['source', 'from', 'van', 'bron', 'source_id', 'actor1', 'node1', 'quelle', 'von', 'sender'],
    target: ['target', 'to', 'naar', 'doel', 'target_id', 'actor2', 'node2', 'partner', 'ziel', 'nach'],
    kind: [
      'kind',
      'type',
      'relation',
      'relation_kind',
      'relation_type',
      'relatie',
      'soort',
      'art',
      'beziehung',
      'interaction',
      'connection_type',
      'edge_type',
    ],
    strength: [
      'strength',
      'weight',
      'sterkte',
      'gewicht',
      'frequency',
      'frequentie',
      'intensity',
      'intensiteit',
      'starke',
      'haufigkeit',
    ],
    directed: ['directed', 'gericht', 'gerichtet', 'direction', 'richting'],
    ...TIME_SYNONYMS,
    reported_by: ['reported_by', 'respondent', 'gemeld_door'],
    formal: ['formal', 'formeel', 'formell', 'contract'],
  }),
);

const SURVEY_SYNONYMS: Synonyms = new Map(
  Object.entries({
    respondent: [
      'respondent',
      'ego',
      'firm',
      'bedrijf',
      'company',
      'respondent_name',
      'naam_respondent',
      'befragter',
    ],
    partner: ['partner', 'alter', 'partner_name', 'naam_partner', 'relatie_naam', 'contact'],
    partner_kind: [
      'partner_kind',
      'partner_type',
      'soort_partner',
      'type_partner',
      'partnertyp',
      'alter_kind',
    ],
    relation: [
      'relation',
      'relation_kind',
      'relation_type',
      'relatie',
      'soort_relatie',
      'rol',
      'role',
      'beziehung',
    ],
    strength: ['strength', 'sterkte', 'weight', 'gewicht', 'intensity', 'starke'],
    frequency: ['frequency', 'frequentie', 'contact_frequency', 'contactfrequentie', 'haufigkeit'],
    partner_region: ['partner_region', 'partner_regio', 'regio_partner', 'alter_region'],
    partner_country: ['partner_country', 'partner_land', 'land_partner', 'alter_country'],
    partner_sector: ['partner_sector', 'sector_partner'],
    respondent_kind: ['respondent_kind', 'respondent_type', 'ego_kind'],
    respondent_region: ['respondent_region', 'respondent_regio', 'region', 'regio', 'ego_region'],
    respondent_country: ['respondent_country', 'respondent_land', 'country', 'land', 'ego_country'],
    respondent_sector: ['respondent_sector', 'sector', 'ego_sector'],
    ...TIME_SYNONYMS,
  }),
);

const SYNONYMS: Record<TableRole, Synonyms> = {
  actors: ACTOR_SYNONYMS,
  relations: RELATION_SYNONYMS,
  survey: SURVEY_SYNONYMS,
};

/** Lower case, no accents, runs of spaces, dashes and dots as one `_`: `Geënquêteerd` → `geenqueteerd`. */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .trim()
    .toLowerCase()
    .replace(/[\s\-./:]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/**
 * The field each column maps to: a known field name, or the header itself for custom fields.
 * `overrides` (header → field, from the column-mapping step) win over synonyms; an override to
 * the empty string leaves the column out.
 */
export function mapColumns(
  header: readonly string[],
  role: TableRole,
  overrides?: Readonly<Record<string, string>>,
): string[] {
  const synonyms = SYNONYMS[role];
  const overrideOf = new Map(overrides ? Object.entries(overrides) : []);
  const taken = new Set<string>([...overrideOf.values()].filter((field) => synonyms.has(field)));
  return header.map((raw) => {
    const override = overrideOf.get(raw);
    if (override !== undefined) return override;
    const normalised = normaliseHeader(raw);
    for (const [field, names] of synonyms) {
      if (!taken.has(field) && (normalised === field || names.includes(normalised))) {
        taken.add(field);
        return field;
      }
    }
    return raw.trim();
  });
}

export function knownFields(role: TableRole): string[] {
  return [...SYNONYMS[role].keys()];
}

/**
 * What a table holds, judged by its header: a survey has a respondent and a partner column but
 * no source; relations have a source and a target; anything with an id or name is actors.
 * Undefined when the header fits none of them.
 */
export function detectTableRole(header: readonly string[]): TableRole | undefined {
  const relation = new Set(mapColumns(header, 'relations'));
  const survey = new Set(mapColumns(header, 'survey'));
  if (survey.has('respondent') && survey.has('partner') && !relation.has('source')) return 'survey';
  if (relation.has('source') && relation.has('target')) return 'relations';
  const actor = new Set(mapColumns(header, 'actors'));
  if (actor.has('id') || actor.has('label')) return 'actors';
  return undefined;
}
