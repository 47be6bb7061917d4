/** The overview's paragraphs in Dutch: the same figures, the users' own words and Dutch numbers. */
import { describe, expect, it } from 'vitest';
import {
  describeComponents,
  describeDensity,
  describeNetwork,
  describeSize,
} from '../../../src/app/views/overview/describe.ts';
import { describeBrokerage, describeLocality } from '../../../src/app/views/overview/describe-groups.ts';
import type { NetworkFigures } from '../../../src/app/views/overview/network-figures.ts';
import { wordingFor } from '../../../src/i18n/i18n.ts';

const NL = wordingFor('nl');

/** Figures of the border-ecosystem sample as the analysis gives them (rounded). */
const BORDER: NetworkFigures = {
  actorsByKind: { firm: 834, knowledge: 50, government: 22, intermediary: 20 },
  relationsByKind: { supply: 1200, cooperation: 600, knowledge: 370 },
  graph: {
    node_count: 926,
    tie_count: 2165,
    density: 0.005055,
    components: 5,
    largest_component_size: 900,
    betweenness_pivots: 926,
    average_path_length: 4.17,
    diameter: 8,
    transitivity: 0.03016,
    average_clustering: 0.01989,
    degree_assortativity: -0.0562,
    kind_assortativity: -0.1377,
    locality_assortativity: 0.3177,
    community_count: 18,
    modularity: 0.522,
    modularity_locality: 0.281,
    local_ties: 857,
    external_ties: 1308,
    unclassified_ties: 0,
    ei_index: 0.2083,
    brokerage_graph_gatekeeper_raw: 4838,
    brokerage_graph_gatekeeper_expected: 572.46,
    brokerage_graph_gatekeeper_z: 84.51,
    brokerage_graph_liaison_raw: 6481,
    brokerage_graph_liaison_expected: 9416.8,
    giuliani_bell_gatekeepers: 243,
    giuliani_bell_mean_local_ties: 1.851,
    giuliani_bell_mean_external_ties: 2.825,
    frontier_actors: 10,
    firms_with_frontier_partner_share: 0.1595,
  },
  tables: {},
  medianDegree: 3,
  isolates: 4,
  localBy: 'region',
  groupBy: 'region',
};

describe('the network in plain Dutch', () => {
  const text = (paragraph: { text: string } | null) => paragraph?.text ?? '';

  it('says it all in Dutch, with Dutch numbers and the users’ own words', () => {
    expect(text(describeSize(BORDER, NL))).toBe(
      '926 actoren: 834 bedrijven, 50 kennisinstellingen, 22 overheidsorganisaties, 20 intermediairs. ' +
        '2.170 relaties (1.200 levering, 370 kennis, 600 samenwerking). ' +
        'Ze verbinden 2.165 paren actoren; een paar kan meerdere relaties hebben.',
    );
    expect(text(describeDensity(BORDER, NL))).toContain(
      'Dichtheid 0,0051: van alle 428.275 mogelijke paren actoren werken er 2.165 samen — ongeveer 1 op de 198.',
    );
    expect(text(describeComponents(BORDER, NL))).toBe(
      'Eén verbonden kern van 900 actoren omvat 97% van het netwerk; de overige 26 actoren zitten in 4 groepen die ervan zijn afgesneden (allemaal losse actoren zonder enige band).',
    );
    expect(text(describeLocality(BORDER, NL))).toMatch(
      /^60% van de banden gaan over regiogrenzen \(1\.308 van 2\.165; E-I-index 0,21\): het netwerk is overwegend naar buiten gericht\./,
    );
    const brokerage = text(describeBrokerage(BORDER, NL));
    expect(brokerage).toContain('Poortwachters geven wat van buiten hun regio komt door aan hun eigen regio');
    expect(brokerage).toContain('verbindingspersoon 6.481 (verwacht 9.417)');
    expect(brokerage).toContain('243 actoren zijn Giuliani–Bell-poortwachters');
    expect(describeNetwork(BORDER, NL).map((paragraph) => paragraph.heading)).toEqual([
      'Omvang',
      'Dichtheid',
      'Samenhang',
      'Afstanden',
      'Geslotenheid',
      'Wie werkt met wie',
      "Community's",
      'Lokale en externe banden',
      'Makelaars en poortwachters',
      'Bereik van de koplopers',
    ]);
  });
});
