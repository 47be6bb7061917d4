import { describe, expect, it } from 'vitest';
import { LinkSuggester, relationsOfKinds, type SuggestedLink } from '../../../src/analysis/link-suggester.ts';
import { localityRule } from '../../../src/analysis/locality.ts';
import { tieLines } from '../../../src/app/canvas/proposed-ties.ts';
import { LINKS_CSV_HEADER, linksCsv, linksFileName } from '../../../src/app/views/links/csv.ts';
import {
  filterLinks,
  hasCoordinates,
  type LinkFilters,
  localityChoiceLabels,
  type PlacedLink,
  placeLinks,
  topOfEachKind,
} from '../../../src/app/views/links/filter.ts';
import {
  formatKm,
  formatScore,
  formatSteps,
  placeText,
  proposedTieLabel,
  SUGGESTION_KINDS,
} from '../../../src/app/views/links/format.ts';
import { poolSize } from '../../../src/app/views/links/settings.ts';
import { say, wordingFor } from '../../../src/i18n/i18n.ts';
import { phrase } from '../../../src/i18n/phrase.ts';
import { actorKey, buildEcosystem } from '../../../src/model/ecosystem.ts';

const EN = wordingFor('en');
const NL = wordingFor('nl');
/** A suggestion's reason, as the explorer says it in English. */
const reasonOf = (suggestion: { reason: Parameters<typeof say>[1] } | undefined) =>
  suggestion ? say(EN.t, suggestion.reason) : undefined;

/**
 * Acme and Dyna share Bolt and Cogs; the university works with Bolt and Cogs too, so it is
 * two steps from Acme, which has no knowledge partner. Twente and Achterhoek are the regions.
 */
const { ecosystem } = buildEcosystem({
  actors: [
    { id: 'a', label: 'Acme', kind: 'firm', fields: { region: 'Twente', lat: 52.22, lon: 6.89 } },
    { id: 'b', label: 'Bolt', kind: 'firm', fields: { region: 'Twente' } },
    { id: 'c', label: 'Cogs', kind: 'firm', fields: { region: 'Achterhoek' } },
    { id: 'd', label: 'Dyna', kind: 'firm', fields: { region: 'Achterhoek', lat: 51.97, lon: 6.29 } },
    { id: 'k', label: 'Uni Twente', kind: 'knowledge', fields: { region: 'Twente', lat: 52.24, lon: 6.85 } },
    { id: 'constructor', label: '=Evil()', kind: 'firm' },
  ],
  relations: [
    { source: 'a', target: 'b', kind: 'cooperation' },
    { source: 'c', target: 'a', kind: 'supply' },
    { source: 'd', target: 'b', kind: 'cooperation' },
    { source: 'c', target: 'd', kind: 'supply' },
    { source: 'k', target: 'b', kind: 'knowledge' },
    { source: 'k', target: 'c', kind: 'knowledge' },
    { source: 'constructor', target: 'd', kind: 'cooperation' },
  ],
});
const EVIL = actorKey('constructor');
const EVERY_RELATION = { scorer: 'adamic_adar', limit: 10, relationKinds: null } as const;

describe('LinkSuggester (the links worker)', () => {
  it('names actors by key and label and gives both scorers for a pair with shared partners', () => {
    const links = new LinkSuggester(ecosystem).forActor('a', EVERY_RELATION);
    const dyna = links.find((link) => link.target === 'd');
    expect(dyna).toMatchObject({
      kind: 'shared-partners',
      source: 'a',
      sourceLabel: 'Acme',
      targetLabel: 'Dyna',
      commonPartners: 2,
      steps: null,
      via: ['b', 'c'],
    });
    expect(reasonOf(dyna)).toBe('2 shared partners: Bolt, Cogs');
    expect(dyna && say(NL.t, dyna.reason)).toBe('2 gedeelde partners: Bolt, Cogs');
    // Bolt and Cogs have three partners each: networkx gives 2/ln 3 and 2/3.
    expect(dyna?.adamicAdar).toBeCloseTo(2 / Math.log(3), 12);
    expect(dyna?.resourceAllocation).toBeCloseTo(2 / 3, 12);
  });

  it('says which of the firm’s partners a knowledge institution already works with', () => {
    const knowledge = new LinkSuggester(ecosystem)
      .forActor('a', EVERY_RELATION)
      .find((link) => link.kind === 'knowledge-partner');
    expect(knowledge).toMatchObject({
      target: 'k',
      steps: 2,
      via: ['b', 'c'],
    });
    expect(reasonOf(knowledge)).toBe(
      "no knowledge-institution partner; Uni Twente works with 2 of Acme's partners: Bolt, Cogs",
    );
  });

  it('numbers communities from 1 in bridge reasons, as the rest of the explorer does', () => {
    const links = new LinkSuggester(ecosystem, [0, 0, 1, 1, 0, 1]).forActor('a', EVERY_RELATION);
    expect(links[0]).toMatchObject({ kind: 'community-bridge', target: 'd' });
    expect(reasonOf(links[0])).toContain('would link community 1 and community 2');
  });

  it('counts partners only through the chosen relation kinds', () => {
    const links = new LinkSuggester(ecosystem).forActor('a', {
      ...EVERY_RELATION,
      relationKinds: ['cooperation'],
    });
    const dyna = links.find((link) => link.target === 'd');
    expect(reasonOf(dyna)).toBe('1 shared partner: Bolt');
    expect(dyna?.resourceAllocation).toBeCloseTo(1 / 2, 12);
  });

  it('returns nothing for an actor that is not in the network', () => {
    expect(new LinkSuggester(ecosystem).forActor('nobody', EVERY_RELATION)).toEqual([]);
  });

  it('lists the network’s suggestions of every kind, best first within each', () => {
    const links = new LinkSuggester(ecosystem).forNetwork({ ...EVERY_RELATION, limit: 2 });
    expect(links.map((link) => [link.kind, link.source, link.target])).toEqual([
      ['shared-partners', 'b', 'c'],
      ['shared-partners', 'a', 'd'],
      ['knowledge-partner', 'a', 'k'],
      ['knowledge-partner', 'd', 'k'],
    ]);
  });

  it('keeps every actor, in order, when relations are restricted to some kinds', () => {
    const supplyOnly = relationsOfKinds(ecosystem, new Set(['supply']));
    expect(supplyOnly.nodes()).toEqual(ecosystem.nodes());
    expect(supplyOnly.size).toBe(2);
  });
});

function link(change: Partial<PlacedLink>): PlacedLink {
  return {
    kind: 'shared-partners',
    source: 'a',
    target: 'd',
    sourceLabel: 'Acme',
    targetLabel: 'Dyna',
    commonPartners: 2,
    adamicAdar: 1.82,
    resourceAllocation: 0.67,
    steps: null,
    reason: phrase('links.reason.shared', { count: 2, names: 'Bolt, Cogs', more: 0 }),
    via: ['b', 'c'],
    local: false,
    distanceKm: 49,
    ...change,
  };
}

const ALL: LinkFilters = { kinds: new Set(SUGGESTION_KINDS), locality: 'any', maxKm: null };

describe('placing and filtering suggestions', () => {
  const suggested: SuggestedLink[] = [
    link({}),
    link({ target: 'k', targetLabel: 'Uni Twente', kind: 'knowledge-partner', steps: 2 }),
    link({ target: 'gone' }),
  ];

  it('places each pair by the current locality rule and its distance apart', () => {
    const placed = placeLinks(ecosystem, suggested, localityRule({}));
    expect(placed.map((each) => [each.target, each.local])).toEqual([
      ['d', false],
      ['k', true],
    ]);
    expect(placed[0].distanceKm).toBeGreaterThan(45);
    expect(placed[0].distanceKm).toBeLessThan(55);
    expect(placed[1].distanceKm).toBeLessThan(5);
  });

  it('uses distance in km when the locality rule does', () => {
    const placed = placeLinks(ecosystem, suggested, localityRule({ localKm: 100 }));
    expect(placed.map((each) => each.local)).toEqual([true, true]);
    expect(localityChoiceLabels({ localBy: 'region', localKm: 100 }, EN).local).toBe('Within 100 km');
    expect(localityChoiceLabels(localityRule({ localBy: 'country' }), EN).external).toBe('Different country');
    expect(localityChoiceLabels(localityRule({ localBy: 'country' }), NL).local).toBe('Hetzelfde land');
    expect(localityChoiceLabels(localityRule({}), NL).external).toBe('Andere regio');
  });

  it('filters by kind, by locality and by distance; unknown places never pass a place filter', () => {
    const links = [
      link({ target: 'x', local: true, distanceKm: 5 }),
      link({ target: 'y', local: false, distanceKm: 120 }),
      link({ target: 'z', local: null, distanceKm: null, kind: 'frontier-path' }),
    ];
    const targets = (filters: Partial<LinkFilters>) =>
      filterLinks(links, { ...ALL, ...filters }).map((each) => each.target);
    expect(targets({})).toEqual(['x', 'y', 'z']);
    expect(targets({ kinds: new Set(['frontier-path'] as const) })).toEqual(['z']);
    expect(targets({ locality: 'local' })).toEqual(['x']);
    expect(targets({ locality: 'external' })).toEqual(['y']);
    expect(targets({ maxKm: 100 })).toEqual(['x']);
  });

  it('keeps the first few of each kind', () => {
    const links = [
      link({ target: '1' }),
      link({ target: '2' }),
      link({ target: '3', kind: 'frontier-path' }),
    ];
    expect(topOfEachKind(links, 1).map((each) => each.target)).toEqual(['1', '3']);
  });

  it('asks the worker for a deeper pool when a place filter may drop suggestions', () => {
    expect(poolSize({ topK: 10, locality: 'any', maxKm: null })).toBe(10);
    expect(poolSize({ topK: 10, locality: 'local', maxKm: null })).toBe(50);
    expect(poolSize({ topK: 10, locality: 'any', maxKm: 20 })).toBe(50);
  });

  it('offers a distance filter only when some actor has coordinates', () => {
    expect(hasCoordinates(ecosystem)).toBe(true);
    expect(hasCoordinates(buildEcosystem({ actors: [{ id: 'x' }], relations: [] }).ecosystem)).toBe(false);
  });
});

describe('how suggestions read', () => {
  it('formats scores, steps and distances', () => {
    expect(formatScore(1.820478453253675, EN)).toBe('1.82');
    expect(formatScore(1.820478453253675, NL)).toBe('1,82');
    expect(formatScore(0, EN)).toBe('–');
    expect(formatSteps(null, EN)).toBe('');
    expect(formatSteps(3, EN)).toBe('3 steps away');
    expect(formatSteps(Number.POSITIVE_INFINITY, EN)).toBe('not reachable');
    expect(formatKm(4.26, EN)).toBe('4.3 km apart');
    expect(formatKm(4.26, NL)).toBe('4,3 km uit elkaar');
    expect(formatKm(48.7, EN)).toBe('49 km apart');
  });

  it('says where the pair stands in the locality rule’s words', () => {
    const labels = localityChoiceLabels(localityRule({}), EN);
    expect(placeText(link({ steps: 2 }), labels, EN)).toBe('2 steps away · 49 km apart · different region');
    expect(placeText(link({ local: null, distanceKm: null }), labels, EN)).toBe('');
    const dutch = localityChoiceLabels(localityRule({}), NL);
    expect(placeText(link({ steps: 2 }), dutch, NL)).toBe(
      '2 stappen verder · 49 km uit elkaar · andere regio',
    );
  });

  it('labels a drawn tie with its kind and evidence', () => {
    expect(proposedTieLabel(link({}), EN.t)).toBe('2 shared');
    expect(proposedTieLabel(link({ kind: 'community-bridge' }), EN.t)).toBe('bridge · 2 shared');
    expect(proposedTieLabel(link({ kind: 'knowledge-partner' }), EN.t)).toBe('knowledge partner?');
    expect(proposedTieLabel(link({ kind: 'knowledge-partner' }), NL.t)).toBe('kennispartner?');
  });
});

describe('the exported list', () => {
  it('writes ids, labels, kind, both scores and the reason, formula-safe', () => {
    const csv = linksCsv(
      [link({ source: EVIL, sourceLabel: '=Evil()', via: [EVIL, 'b'], steps: Number.POSITIVE_INFINITY })],
      EN.t,
    );
    const [header, row] = csv
      .replace(/^\ufeff/, '')
      .trimEnd()
      .split('\r\n');
    expect(header).toBe(LINKS_CSV_HEADER.join(','));
    expect(row).toBe(
      'constructor,\'=Evil(),d,Dyna,shared-partners,1.82,0.67,2,,false,49,"2 shared partners: Bolt, Cogs",constructor; b',
    );
    expect(csv.startsWith('\ufeff')).toBe(true);
  });

  it('writes the reason in the language on screen and everything else as machine-readable', () => {
    const csv = linksCsv([link({ adamicAdar: 1.5 })], NL.t);
    expect(csv.trimEnd().split('\r\n')[1]).toBe(
      'a,Acme,d,Dyna,shared-partners,1.5,0.67,2,,false,49,"2 gedeelde partners: Bolt, Cogs",b; c',
    );
  });

  it('names the file after the network and, for one actor, the actor', () => {
    expect(linksFileName('Twente cluster.csv', null)).toBe('twente-cluster-links.csv');
    expect(linksFileName('Twente cluster', 'Acme B.V.')).toBe('twente-cluster-links-acme-b-v.csv');
  });
});

describe('proposed ties on screen', () => {
  it('joins the two actors, labels the middle, and skips ties whose actor is not drawn', () => {
    const positions: Record<string, { x: number; y: number }> = { a: { x: 0, y: 0 }, d: { x: 100, y: 40 } };
    const lines = tieLines(
      [
        { source: 'a', target: 'd', label: '2 shared' },
        { source: 'a', target: 'hidden', label: 'x' },
      ],
      (key) => positions[key] ?? null,
    );
    expect(lines).toEqual([
      {
        key: 'a\nd',
        from: { x: 0, y: 0 },
        to: { x: 100, y: 40 },
        middle: { x: 50, y: 20 },
        label: '2 shared',
      },
    ]);
  });
});
