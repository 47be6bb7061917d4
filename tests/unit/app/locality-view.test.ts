import { describe, expect, it } from 'vitest';
import { buildAnalysisInput } from '../../../src/analysis/input.ts';
import { runAnalysis } from '../../../src/analysis/runner.ts';
import { measureOptions } from '../../../src/analysis/settings.ts';
import {
  type ActorLocality,
  actorLocalityRows,
  mostlyExternalFirms,
  searchActors,
  sortActors,
} from '../../../src/app/views/locality/actor-locality.ts';
import { describeNetworkLocality } from '../../../src/app/views/locality/describe-locality.ts';
import { localityGroupRows, sortGroups } from '../../../src/app/views/locality/group-rows.ts';
import {
  choiceSettings,
  currentChoice,
  hasCoordinates,
  localityFieldChoices,
  ruleWords,
  sameChoice,
} from '../../../src/app/views/locality/rule.ts';
import { wordingFor } from '../../../src/i18n/i18n.ts';
import { buildEcosystem } from '../../../src/model/ecosystem.ts';

const EN = wordingFor('en');
const NL = wordingFor('nl');

/** A firm F tied to three firms elsewhere and one at home; the others have fewer ties. */
const { ecosystem } = buildEcosystem({
  actors: [
    { id: 'F', label: 'Far Reach BV', kind: 'firm', fields: { region: 'North', lat: 52, lon: 5 } },
    { id: 'H', label: 'Home Firm', kind: 'firm', fields: { region: 'North', lat: 52.1, lon: 5.1 } },
    { id: 'S1', label: 'South One', kind: 'firm', fields: { region: 'South', lat: 50, lon: 4 } },
    { id: 'S2', label: 'South Two', kind: 'firm', fields: { region: 'South' } },
    { id: 'U', label: 'South University', kind: 'knowledge', fields: { region: 'South' } },
    { id: 'X', label: 'Nowhere Ltd', kind: 'firm' },
  ],
  relations: [
    { source: 'F', target: 'H', kind: 'supply' },
    { source: 'F', target: 'S1', kind: 'supply' },
    { source: 'F', target: 'S2', kind: 'supply' },
    { source: 'F', target: 'U', kind: 'knowledge' },
    { source: 'S1', target: 'S2', kind: 'cooperation' },
    { source: 'U', target: 'S1', kind: 'knowledge' },
    { source: 'U', target: 'S2', kind: 'knowledge' },
    { source: 'U', target: 'X', kind: 'knowledge' },
    { source: 'H', target: 'S1', kind: 'supply' },
  ],
});
const analysis = runAnalysis(buildAnalysisInput(ecosystem));
const rows = actorLocalityRows(ecosystem, analysis.columns);
const byKey = (key: string) => rows.find((row) => row.key === key) as ActorLocality;

describe('the locality rule', () => {
  it('reads the settings as a field or a distance', () => {
    expect(currentChoice({})).toEqual({ mode: 'field', field: 'region' });
    expect(currentChoice({ localBy: 'country' })).toEqual({ mode: 'field', field: 'country' });
    expect(currentChoice({ localBy: 'country', localKm: 30 })).toEqual({ mode: 'distance', km: 30 });
  });

  it('clears the distance when a field is chosen, so the field takes effect', () => {
    expect(choiceSettings({ mode: 'field', field: 'sector' })).toEqual({ localBy: 'sector', localKm: 0 });
    expect(choiceSettings({ mode: 'distance', km: 25 })).toEqual({ localKm: 25 });
  });

  it('tells equal rules apart from new ones', () => {
    expect(sameChoice({ mode: 'field', field: 'region' }, { mode: 'field', field: 'region' })).toBe(true);
    expect(sameChoice({ mode: 'field', field: 'region' }, { mode: 'distance', km: 1 })).toBe(false);
    expect(sameChoice({ mode: 'distance', km: 2 }, { mode: 'distance', km: 1 })).toBe(false);
  });

  it('offers categorical fields, the current one always, and distance only with coordinates', () => {
    expect(localityFieldChoices(ecosystem, 'region')).toEqual(['region']);
    expect(localityFieldChoices(ecosystem, 'country')).toEqual(['country', 'region']);
    expect(hasCoordinates(ecosystem)).toBe(true);
    const { ecosystem: flat } = buildEcosystem({
      actors: [{ id: 'A', label: 'A', kind: 'firm', fields: { lat: 1, lon: 2 } }],
      relations: [],
    });
    expect(hasCoordinates(flat)).toBe(false);
  });

  it('says the rule in words', () => {
    expect(ruleWords({ mode: 'field', field: 'region' }, EN)).toBe(
      'A tie is local when its two actors share the same region.',
    );
    expect(ruleWords({ mode: 'distance', km: 50 }, EN)).toBe(
      'A tie is local when its two actors lie within 50 km of each other.',
    );
    expect(ruleWords({ mode: 'field', field: 'country' }, NL)).toBe(
      'Een band is lokaal als de twee actoren hetzelfde land hebben.',
    );
    expect(ruleWords({ mode: 'distance', km: 2.5 }, NL)).toBe(
      'Een band is lokaal als de twee actoren binnen 2,5 km van elkaar liggen.',
    );
  });
});

describe('per-actor locality', () => {
  it('reads local and external ties, E-I and external share from the columns', () => {
    expect(byKey('F')).toMatchObject({
      label: 'Far Reach BV',
      localTies: 1,
      externalTies: 3,
      classifiedTies: 4,
      ei: 0.5,
      externalShare: 0.75,
    });
    expect(Number.isNaN(byKey('X').externalShare)).toBe(true);
    expect(byKey('X').classifiedTies).toBe(0);
  });

  it('is empty before the analysis', () => {
    expect(actorLocalityRows(ecosystem, {})).toEqual([]);
  });

  it('searches labels by every word, ignoring case', () => {
    expect(searchActors(rows, 'south').map((row) => row.key)).toEqual(['S1', 'S2', 'U']);
    expect(searchActors(rows, 'SOUTH uni').map((row) => row.key)).toEqual(['U']);
    expect(searchActors(rows, '  ')).toHaveLength(rows.length);
  });

  it('sorts by external share with actors without ties last', () => {
    const sorted = sortActors(rows, { column: 'externalShare', direction: 'descending' });
    expect(sorted[0].key).toBe('F');
    expect(sorted[sorted.length - 1].key).toBe('X');
    expect(sortActors(rows, { column: 'label', direction: 'ascending' })[0].label).toBe('Far Reach BV');
  });
});

describe('mostly external firms', () => {
  it('lists firms with at least 3 classified ties, three quarters of them external', () => {
    // F: 3 of 4 external. H: 1 of 2 (too few ties). S1: 2 of 4 external. U is no firm.
    expect(mostlyExternalFirms(rows).map((row) => row.key)).toEqual(['F']);
  });

  it('orders the most external first, then the most tied', () => {
    const make = (key: string, external: number, local: number, kind = 'firm'): ActorLocality => ({
      key,
      label: key,
      kind,
      localTies: local,
      externalTies: external,
      classifiedTies: external + local,
      ei: (external - local) / (external + local),
      externalShare: external / (external + local),
    });
    const firms = [
      make('a', 3, 1),
      make('b', 4, 0),
      make('c', 8, 0),
      make('d', 9, 0, 'knowledge'),
      make('e', 2, 0),
    ];
    expect(mostlyExternalFirms(firms).map((row) => row.key)).toEqual(['c', 'b', 'a']);
  });
});

describe('locality groups and words', () => {
  it('reads the group table and sorts it', () => {
    const groups = localityGroupRows(analysis.tables.locality_groups);
    const north = groups.find((group) => group.group === 'North');
    expect(north).toEqual({ group: 'North', size: 2, internalTies: 1, externalTies: 4, ei: 0.6 });
    expect(sortGroups(groups, { column: 'ei', direction: 'ascending' })[0].group).toBe('South');
    expect(localityGroupRows(undefined)).toEqual([]);
  });

  it('says the network counts and E-I in words', () => {
    expect(describeNetworkLocality(analysis.graph, { mode: 'field', field: 'region' }, EN)).toEqual([
      '4 of 8 ties are local and 4 external (50% external).',
      'The network E-I index is 0 (from −1, all ties local, to +1, all external): the network is about as often local as external.',
      '1 tie involves an actor without a region and is not counted.',
    ]);
    expect(describeNetworkLocality(analysis.graph, { mode: 'field', field: 'region' }, NL)).toEqual([
      '4 van de 8 banden zijn lokaal en 4 extern (50% extern).',
      'De E-I-index van het netwerk is 0 (van −1, alle banden lokaal, tot +1, alle extern): het netwerk is ongeveer even vaak lokaal als extern.',
      '1 band betreft een actor zonder regio en telt niet mee.',
    ]);
  });

  it('uses the distance rule when the analysis ran with one', () => {
    const byDistance = runAnalysis(buildAnalysisInput(ecosystem), {
      options: measureOptions({ localKm: 50 }),
    });
    const sentences = describeNetworkLocality(byDistance.graph, { mode: 'distance', km: 50 }, EN);
    expect(sentences[0]).toBe('1 of 3 ties are local and 2 external (67% external).');
    expect(sentences[2]).toBe('6 ties involve an actor without coordinates and are not counted.');
    expect(byDistance.tables.locality_groups).toBeUndefined();
  });
});
