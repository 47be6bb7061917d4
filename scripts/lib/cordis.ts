/**
 * What the Horizon Europe sample builders share: the regions they are built around (by NUTS-3
 * code), the project-size cap, and a reader for the gzipped CORDIS CSV files (with quoted cells:
 * organisation names hold commas). Data files come from data/cordis/, which
 * scripts/copy-cordis-rows.ts fills with the raw rows the samples need.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import Papa from 'papaparse';
import type { ActorKind } from '../../src/model/kinds.ts';

export interface EcosystemRegion {
  /** The sample's folder under sample-networks/. */
  id: string;
  /** The `area` value of the organisations inside the region. */
  area: string;
  /** NUTS-3 codes (or their prefixes) of the organisations inside the region. */
  nuts: readonly string[];
}

/**
 * The NL–BE–DE border region: Dutch Limburg (NL421 Noord-, NL422 Midden-, NL423 Zuid-Limburg),
 * Belgian Limburg (BE22x), the province of Liège (BE33x, the German-speaking Community
 * included) and the Aachen region (DEA2D Städteregion Aachen, DEA26 Düren, DEA28 Euskirchen,
 * DEA29 Heinsberg): the Euregio Meuse-Rhine and the rest of Dutch Limburg.
 */
export const BORDER_REGION: EcosystemRegion = {
  id: 'he-border-region',
  area: 'border region',
  nuts: ['NL421', 'NL422', 'NL423', 'BE22', 'BE33', 'DEA2D', 'DEA26', 'DEA28', 'DEA29'],
};

/** Brainport Eindhoven: NUTS-3 NL414 Zuidoost-Noord-Brabant. */
export const BRAINPORT: EcosystemRegion = {
  id: 'he-brainport',
  area: 'Brainport Eindhoven',
  nuts: ['NL414'],
};

export const ECOSYSTEM_REGIONS = [BORDER_REGION, BRAINPORT] as const;

/** Projects with more organisations than this give no ties (the cap of the H2020 samples too). */
export const PROJECT_SIZE_CAP = 30;

export function inRegion(region: EcosystemRegion, nutsCode: string): boolean {
  return nutsCode !== '' && region.nuts.some((prefix) => nutsCode.startsWith(prefix));
}

export type OrganisationType = 'PRC' | 'HES' | 'REC' | 'PUB' | 'OTH';

export const KIND_BY_TYPE: Record<OrganisationType, ActorKind> = {
  PRC: 'firm',
  HES: 'knowledge',
  REC: 'knowledge',
  PUB: 'government',
  OTH: 'other',
};

/** CORDIS writes the EU's own codes for Greece and the United Kingdom; the product speaks ISO 3166-1. */
export function isoCountry(code: string): string {
  return code === 'EL' ? 'GR' : code === 'UK' ? 'GB' : code;
}

export function readGzippedCsv(path: string): Record<string, string>[] {
  const text = gunzipSync(readFileSync(path)).toString('utf8');
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  if (parsed.errors.length > 0)
    throw new Error(`${path} row ${parsed.errors[0].row}: ${parsed.errors[0].message}`);
  return parsed.data;
}

/** Members of each project, by project id. */
export function projectMembers(participations: readonly Record<string, string>[]): Map<string, Set<string>> {
  const members = new Map<string, Set<string>>();
  for (const row of participations) {
    const set = members.get(row.projectID) ?? new Set<string>();
    set.add(row.organisationID);
    members.set(row.projectID, set);
  }
  return members;
}
