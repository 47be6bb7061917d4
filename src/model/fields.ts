/**
 * Field schema: the actor and relation fields the product knows by name, with their types.
 * Any other column a file brings is kept as a field of its own inferred type.
 */

export type FieldValue = string | number | boolean | null;
export type FieldType = 'number' | 'category' | 'boolean' | 'date' | 'text';

/**
 * A bag of named values. Created without a prototype so that names read from files
 * (`__proto__`, `constructor`, `prototype`) are plain keys and can never reach Object.prototype.
 */
export type Fields = Record<string, FieldValue>;

export function createFields(entries?: Iterable<[string, FieldValue]>): Fields {
  // Not Object.create(null): V8 makes that a hash-table object of about 184 bytes, where a literal
  // whose prototype is then set to null keeps fast properties in 56 bytes and shares its hidden
  // classes. Every relation has a bag, so on Horizon 2020's 561,000 relations that was 70 MB
  // that each young-generation collection copied.
  const fields = Object.setPrototypeOf({}, null) as Fields;
  if (entries) for (const [name, value] of entries) fields[name] = value;
  return fields;
}

export interface FieldSpec {
  name: string;
  type: FieldType;
  description: string;
}

export const ACTOR_FIELDS: readonly FieldSpec[] = [
  { name: 'sector', type: 'category', description: 'Economic sector (NACE section or division)' },
  { name: 'size', type: 'category', description: 'Size class: micro < 10, small < 50, medium < 250, large' },
  { name: 'region', type: 'category', description: 'Region (for example a NUTS-2 or NUTS-3 area)' },
  { name: 'country', type: 'category', description: 'Country, ISO 3166-1 alpha-2' },
  { name: 'lat', type: 'number', description: 'Latitude in decimal degrees' },
  { name: 'lon', type: 'number', description: 'Longitude in decimal degrees' },
  { name: 'frontier', type: 'boolean', description: 'Frontier actor, such as a top R&D spender' },
  {
    name: 'respondent',
    type: 'boolean',
    description: 'Answered the survey (its missing ties are real absences)',
  },
  { name: 'start', type: 'number', description: 'First year the actor is present (founding, entry)' },
  { name: 'end', type: 'number', description: 'Last year the actor is present (closure, exit)' },
];

export const RELATION_FIELDS: readonly FieldSpec[] = [
  { name: 'year', type: 'number', description: 'Year the relation was observed or started' },
  { name: 'start', type: 'number', description: 'First year of the relation' },
  { name: 'end', type: 'number', description: 'Last year of the relation' },
  { name: 'wave', type: 'number', description: 'Survey wave, as its year' },
  { name: 'reported_by', type: 'category', description: 'Respondent who reported the relation' },
  { name: 'formal', type: 'boolean', description: 'Formal (contracted) relation' },
];

export function actorFieldSpec(name: string): FieldSpec | undefined {
  return ACTOR_FIELDS.find((spec) => spec.name === name);
}
