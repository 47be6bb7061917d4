/**
 * The network in plain language: short paragraphs generated from the analysis figures, each
 * word next to the number it stands for, in the language on screen (overview.* in the
 * catalogs). Pure functions of the figures and a wording, so the wording is tested without a
 * browser. Paragraphs whose figures are missing are left out, not guessed.
 */
import type { Wording } from '../../../i18n/i18n.ts';
import { ACTOR_KINDS, isActorKind, RELATION_KINDS } from '../../../model/kinds.ts';
import { formatCount, formatNumber, formatPercent, formatTimes } from '../../charts/format.ts';
import { relationKindLabel } from '../../words.ts';
import {
  describeBrokerage,
  describeCommunities,
  describeFrontier,
  describeLocality,
} from './describe-groups.ts';
import { figure, type GraphFigures, type NetworkFigures, type SummaryParagraph } from './network-figures.ts';
import {
  CLOSURE_ABOVE_CHANCE,
  CORE_SHARE,
  closureWord,
  DENSITY_AS_ONE_IN,
  PATHS_LONG_RATIO,
  PATHS_SHORT_RATIO,
  tendency,
} from './thresholds.ts';

export function describeNetwork(figures: NetworkFigures, wording: Wording): SummaryParagraph[] {
  return [
    describeSize(figures, wording),
    describeDensity(figures, wording),
    describeComponents(figures, wording),
    describeDistances(figures, wording),
    describeClosure(figures, wording),
    describeAssortativity(figures, wording),
    describeCommunities(figures, wording),
    describeLocality(figures, wording),
    describeBrokerage(figures, wording),
    describeFrontier(figures, wording),
  ].filter((paragraph): paragraph is SummaryParagraph => paragraph !== null);
}

/** Counts in the canonical order of kinds, then any kind the model does not know, largest first. */
function orderedKinds(counts: Readonly<Record<string, number>>, known: readonly string[]): string[] {
  const unknown = Object.keys(counts)
    .filter((kind) => !known.includes(kind))
    .sort((a, b) => counts[b] - counts[a]);
  return [...known, ...unknown].filter((kind) => (counts[kind] ?? 0) > 0);
}

const total = (counts: Readonly<Record<string, number>>) =>
  Object.values(counts).reduce((sum, n) => sum + n, 0);

export function describeSize(
  { actorsByKind, relationsByKind, graph }: NetworkFigures,
  { t, language }: Wording,
): SummaryParagraph | null {
  const actors = total(actorsByKind);
  if (actors === 0) return null;
  const actorParts = orderedKinds(actorsByKind, ACTOR_KINDS).map((kind) =>
    isActorKind(kind)
      ? t(`kind.actorCount.${kind}`, { count: actorsByKind[kind] })
      : t('overview.size.unknownKind', { count: actorsByKind[kind], kind }),
  );
  const relations = total(relationsByKind);
  const relationParts = orderedKinds(relationsByKind, RELATION_KINDS).map((kind) =>
    t('overview.size.relationPart', {
      count: relationsByKind[kind],
      kind: relationKindLabel(t, kind).toLocaleLowerCase(language),
    }),
  );
  const sentences = [t('overview.size.actors', { count: actors, parts: actorParts.join(', ') })];
  sentences.push(
    relationParts.length
      ? t('overview.size.relationsByKind', { count: relations, parts: relationParts.join(', ') })
      : t('overview.size.relations', { count: relations }),
  );
  const ties = figure(graph, 'tie_count');
  if (ties !== null && ties !== relations) sentences.push(t('overview.size.pairs', { count: ties }));
  return { topic: 'size', heading: t('overview.size.heading'), text: sentences.join(' ') };
}

export function describeDensity(
  { graph, medianDegree }: NetworkFigures,
  { t, language }: Wording,
): SummaryParagraph | null {
  const density = figure(graph, 'density');
  const nodes = figure(graph, 'node_count');
  const ties = figure(graph, 'tie_count');
  if (density === null || nodes === null || ties === null || nodes < 2) return null;
  const heading = t('overview.density.heading');
  const pairs = (nodes * (nodes - 1)) / 2;
  const meanPartners = (2 * ties) / nodes;
  if (ties === 0) return { topic: 'density', heading, text: t('overview.density.none') };
  const share =
    density < DENSITY_AS_ONE_IN
      ? t('overview.density.oneIn', { count: formatCount(1 / density, language) })
      : formatPercent(density, language);
  const mean = formatNumber(meanPartners, language);
  const text = [
    t('overview.density.pairs', {
      density: formatNumber(density, language),
      pairs: formatCount(pairs, language),
      ties: formatCount(ties, language),
      share,
    }),
    medianDegree === null
      ? t('overview.density.partners', { mean })
      : t('overview.density.partnersWithMedian', { mean, median: formatNumber(medianDegree, language) }),
    t('overview.density.compare'),
  ].join(' ');
  return { topic: 'density', heading, text };
}

export function describeComponents(
  { graph, isolates }: NetworkFigures,
  { t, language }: Wording,
): SummaryParagraph | null {
  const components = figure(graph, 'components');
  const largest = figure(graph, 'largest_component_size');
  const nodes = figure(graph, 'node_count');
  if (components === null || largest === null || nodes === null || nodes === 0) return null;
  const heading = t('overview.components.heading');
  if (components === 1)
    return { topic: 'components', heading, text: t('overview.components.all', { count: nodes }) };
  const share = formatPercent(largest / nodes, language);
  const others = components - 1;
  if (largest / nodes >= CORE_SHARE) {
    // The groups cut off from the core: none, one or all of them single actors, or some.
    const isolated = !isolates ? 'none' : isolates === others ? (others === 1 ? 'one' : 'all') : 'some';
    const text = t('overview.components.core', {
      largest,
      share,
      outside: nodes - largest,
      groups: others,
      isolated,
      isolates: isolates ?? 0,
    });
    return { topic: 'components', heading, text };
  }
  const sentences = [t('overview.components.apart', { count: components, largest, share })];
  if (isolates) sentences.push(t('overview.components.isolates', { count: isolates }));
  return { topic: 'components', heading, text: sentences.join(' ') };
}

export function describeDistances(
  { graph }: NetworkFigures,
  { t, language }: Wording,
): SummaryParagraph | null {
  const averagePath = figure(graph, 'average_path_length');
  const diameter = figure(graph, 'diameter');
  const nodes = figure(graph, 'node_count');
  const pivots = figure(graph, 'betweenness_pivots');
  const heading = t('overview.distances.heading');
  if (averagePath === null || diameter === null) {
    if (pivots !== null && nodes !== null && pivots < nodes)
      return { topic: 'distances', heading, text: t('overview.distances.sampled', { count: pivots }) };
    return null;
  }
  const sentences = [
    t('overview.distances.main', {
      scope: figure(graph, 'components') === 1 ? 'all' : 'core',
      path: formatNumber(averagePath, language),
      diameter,
    }),
  ];
  const random = randomPathLength(graph);
  if (random !== null) {
    const ratio = averagePath / random;
    const verdict = ratio <= PATHS_SHORT_RATIO ? 'short' : ratio >= PATHS_LONG_RATIO ? 'long' : 'longer';
    sentences.push(t('overview.distances.random', { random: formatNumber(random, language), verdict }));
  }
  return { topic: 'distances', heading, text: sentences.join(' ') };
}

/** ln n / ln k̄, the textbook approximation for a random network; only meaningful when k̄ is well above 1. */
export function randomPathLength(graph: GraphFigures): number | null {
  const nodes = figure(graph, 'largest_component_size') ?? figure(graph, 'node_count');
  const allNodes = figure(graph, 'node_count');
  const ties = figure(graph, 'tie_count');
  if (nodes === null || allNodes === null || ties === null || allNodes === 0) return null;
  const meanPartners = (2 * ties) / allNodes;
  if (meanPartners < 2 || nodes < 10) return null;
  return Math.log(nodes) / Math.log(meanPartners);
}

export function describeClosure(
  { graph }: NetworkFigures,
  { t, language }: Wording,
): SummaryParagraph | null {
  const transitivity = figure(graph, 'transitivity');
  const density = figure(graph, 'density');
  const averageClustering = figure(graph, 'average_clustering');
  if (transitivity === null) return null;
  const ratio = density !== null && density > 0 ? transitivity / density : null;
  const sentences = [
    t('overview.closure.main', {
      how: closureWord(transitivity),
      share: formatPercent(transitivity, language),
      transitivity: formatNumber(transitivity, language),
      comparison: ratio === null ? 'none' : ratio >= CLOSURE_ABOVE_CHANCE ? 'above' : 'chance',
      times: ratio === null ? '' : formatTimes(ratio, language),
      density: density === null ? '' : formatPercent(density, language),
    }),
  ];
  if (averageClustering !== null)
    sentences.push(
      t('overview.closure.clustering', {
        share: formatPercent(averageClustering, language),
        clustering: formatNumber(averageClustering, language),
      }),
    );
  return { topic: 'closure', heading: t('overview.closure.heading'), text: sentences.join(' ') };
}

export function describeAssortativity(
  { graph }: NetworkFigures,
  { t, language }: Wording,
): SummaryParagraph | null {
  const byDegree = figure(graph, 'degree_assortativity');
  const byKind = figure(graph, 'kind_assortativity');
  const sentences: string[] = [];
  if (byDegree !== null) {
    const strength = tendency(byDegree);
    const value = formatNumber(byDegree, language);
    if (strength === 'none') sentences.push(t('overview.assortativity.none', { value }));
    else if (byDegree < 0) sentences.push(t('overview.assortativity.hubsApart', { strength, value }));
    else sentences.push(t('overview.assortativity.hubsTogether', { strength, value }));
  }
  if (byKind !== null && tendency(byKind) !== 'none') {
    const value = formatNumber(byKind, language);
    sentences.push(
      byKind < 0
        ? t('overview.assortativity.kindsMix', { value })
        : t('overview.assortativity.kindsStay', { value }),
    );
  }
  if (sentences.length === 0) return null;
  return { topic: 'assortativity', heading: t('overview.assortativity.heading'), text: sentences.join(' ') };
}
