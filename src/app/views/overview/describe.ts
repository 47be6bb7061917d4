/**
 * The network in plain language: short paragraphs generated from the analysis figures, each
 * word next to the number it stands for. Pure functions of the figures, so the wording is
 * tested without a browser. Paragraphs whose figures are missing are left out, not guessed.
 */
import { ACTOR_KINDS, RELATION_KINDS } from '../../../model/kinds.ts';
import { countOf, formatCount, formatNumber, formatPercent, formatTimes } from '../../charts/format.ts';
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

export function describeNetwork(figures: NetworkFigures): SummaryParagraph[] {
  return [
    describeSize(figures),
    describeDensity(figures),
    describeComponents(figures),
    describeDistances(figures),
    describeClosure(figures),
    describeAssortativity(figures),
    describeCommunities(figures),
    describeLocality(figures),
    describeBrokerage(figures),
    describeFrontier(figures),
  ].filter((paragraph): paragraph is SummaryParagraph => paragraph !== null);
}

const ACTOR_KIND_NOUNS: Record<string, [string, string]> = {
  firm: ['firm', 'firms'],
  knowledge: ['knowledge institution', 'knowledge institutions'],
  government: ['government body', 'government bodies'],
  intermediary: ['intermediary', 'intermediaries'],
  other: ['other actor', 'other actors'],
};

/** Counts in the canonical order of kinds, then any kind the model does not know, largest first. */
function orderedKinds(counts: Readonly<Record<string, number>>, known: readonly string[]): string[] {
  const unknown = Object.keys(counts)
    .filter((kind) => !known.includes(kind))
    .sort((a, b) => counts[b] - counts[a]);
  return [...known, ...unknown].filter((kind) => (counts[kind] ?? 0) > 0);
}

const total = (counts: Readonly<Record<string, number>>) =>
  Object.values(counts).reduce((sum, n) => sum + n, 0);

export function describeSize({
  actorsByKind,
  relationsByKind,
  graph,
}: NetworkFigures): SummaryParagraph | null {
  const actors = total(actorsByKind);
  if (actors === 0) return null;
  const actorParts = orderedKinds(actorsByKind, ACTOR_KINDS).map((kind) => {
    const [singular, plural] = ACTOR_KIND_NOUNS[kind] ?? [kind, kind];
    return countOf(actorsByKind[kind], singular, plural);
  });
  const relations = total(relationsByKind);
  const relationParts = orderedKinds(relationsByKind, RELATION_KINDS).map(
    (kind) => `${formatCount(relationsByKind[kind])} ${kind}`,
  );
  let text = `${countOf(actors, 'actor', 'actors')}: ${actorParts.join(', ')}.`;
  text += ` ${countOf(relations, 'relation', 'relations')}`;
  text += relationParts.length ? ` (${relationParts.join(', ')}).` : '.';
  const ties = figure(graph, 'tie_count');
  if (ties !== null && ties !== relations) {
    text += ` They join ${countOf(ties, 'pair', 'pairs')} of actors; a pair can have several relations.`;
  }
  return { topic: 'size', heading: 'Size', text };
}

export function describeDensity({ graph, medianDegree }: NetworkFigures): SummaryParagraph | null {
  const density = figure(graph, 'density');
  const nodes = figure(graph, 'node_count');
  const ties = figure(graph, 'tie_count');
  if (density === null || nodes === null || ties === null || nodes < 2) return null;
  const pairs = (nodes * (nodes - 1)) / 2;
  const meanPartners = (2 * ties) / nodes;
  if (ties === 0) {
    return { topic: 'density', heading: 'Density', text: 'No two actors are tied (density 0).' };
  }
  const share =
    density < DENSITY_AS_ONE_IN ? `about 1 in ${formatCount(1 / density)}` : `${formatPercent(density)}`;
  const median = medianDegree === null ? '' : ` (median ${formatNumber(medianDegree)})`;
  const text =
    `Density ${formatNumber(density)}: of all ${formatCount(pairs)} possible pairs of actors, ` +
    `${formatCount(ties)} work together — ${share}. The average actor has ${formatNumber(meanPartners)} partners${median}. ` +
    'Density falls as networks grow (no actor keeps up with hundreds of partners), so partners per actor compare better between networks.';
  return { topic: 'density', heading: 'Density', text };
}

export function describeComponents({ graph, isolates }: NetworkFigures): SummaryParagraph | null {
  const components = figure(graph, 'components');
  const largest = figure(graph, 'largest_component_size');
  const nodes = figure(graph, 'node_count');
  if (components === null || largest === null || nodes === null || nodes === 0) return null;
  const heading = 'Connectedness';
  if (components === 1) {
    return {
      topic: 'components',
      heading,
      text: `All ${formatCount(nodes)} actors are connected: each can reach every other through a chain of partners.`,
    };
  }
  const share = largest / nodes;
  const outside = nodes - largest;
  const others = components - 1;
  const text =
    share >= CORE_SHARE
      ? `One connected core of ${formatCount(largest)} actors holds ${formatPercent(share)} of the network; ` +
        `the other ${countOf(outside, 'actor', 'actors')} ${outside === 1 ? 'is' : 'are'} in ${countOf(others, 'group', 'groups')} cut off from it${isolatedAmong(isolates, others)}.`
      : `The network falls apart into ${formatCount(components)} separate parts; the largest holds only ` +
        `${formatCount(largest)} actors (${formatPercent(share)}).` +
        (isolates ? ` ${countOf(isolates, 'actor has', 'actors have')} no tie at all.` : '');
  return { topic: 'components', heading, text };
}

/** " (3 of them single actors without any tie)", for the groups cut off from the core. */
function isolatedAmong(isolates: number | null, groups: number): string {
  if (!isolates) return '';
  if (isolates === groups)
    return groups === 1 ? ' (a single actor without any tie)' : ' (all single actors without any tie)';
  return ` (${formatCount(isolates)} of them single actors without any tie)`;
}

export function describeDistances({ graph }: NetworkFigures): SummaryParagraph | null {
  const averagePath = figure(graph, 'average_path_length');
  const diameter = figure(graph, 'diameter');
  const nodes = figure(graph, 'node_count');
  const pivots = figure(graph, 'betweenness_pivots');
  const heading = 'Distances';
  if (averagePath === null || diameter === null) {
    if (pivots !== null && nodes !== null && pivots < nodes) {
      return {
        topic: 'distances',
        heading,
        text: `Average distance and diameter are not given: betweenness was estimated from ${formatCount(pivots)} sampled actors, which gives no exact distances.`,
      };
    }
    return null;
  }
  const where = figure(graph, 'components') === 1 ? '' : ' in the core';
  let text =
    `Any two actors${where} are on average ${formatNumber(averagePath)} steps apart (average path length); ` +
    `the farthest two are ${countOf(diameter, 'step', 'steps')} apart (diameter).`;
  const random = randomPathLength(graph);
  if (random !== null) {
    const ratio = averagePath / random;
    const verdict =
      ratio <= PATHS_SHORT_RATIO
        ? 'as short as random ties would make them'
        : ratio >= PATHS_LONG_RATIO
          ? 'longer than random ties would make them: the network is stretched out, like a chain of groups'
          : 'somewhat longer than random ties would make them';
    text += ` A random network with as many actors and ties would give roughly ${formatNumber(random)}: the paths are ${verdict}.`;
  }
  return { topic: 'distances', heading, text };
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

export function describeClosure({ graph }: NetworkFigures): SummaryParagraph | null {
  const transitivity = figure(graph, 'transitivity');
  const density = figure(graph, 'density');
  const averageClustering = figure(graph, 'average_clustering');
  if (transitivity === null) return null;
  let text =
    `Partners of a partner are ${closureWord(transitivity)} partners themselves: when two actors share a partner, ` +
    `they work together themselves in ${formatPercent(transitivity)} of cases (transitivity ${formatNumber(transitivity)})`;
  if (density !== null && density > 0) {
    const ratio = transitivity / density;
    text +=
      ratio >= CLOSURE_ABOVE_CHANCE
        ? `, ${formatTimes(ratio)} times the ${formatPercent(density)} of two actors picked at random.`
        : `, no more than the ${formatPercent(density)} of two actors picked at random.`;
  } else text += '.';
  if (averageClustering !== null) {
    text +=
      ` Averaged over actors, ${formatPercent(averageClustering)} of an actor's pairs of partners are tied ` +
      `(average clustering ${formatNumber(averageClustering)}; actors with fewer than two partners count as 0).`;
  }
  return { topic: 'closure', heading: 'Closure', text };
}

export function describeAssortativity({ graph }: NetworkFigures): SummaryParagraph | null {
  const byDegree = figure(graph, 'degree_assortativity');
  const byKind = figure(graph, 'kind_assortativity');
  const sentences: string[] = [];
  if (byDegree !== null) {
    const strength = tendency(byDegree);
    const figureText = `(degree assortativity ${formatNumber(byDegree)})`;
    const verb = strength === 'strong' ? 'clearly tend' : 'tend';
    if (strength === 'none') {
      sentences.push(
        `Well-connected actors show no clear preference for well- or less-connected partners ${figureText}.`,
      );
    } else if (byDegree < 0) {
      sentences.push(
        `Well-connected actors ${verb} to work with less connected ones ${figureText}: hubs with their own circle of smaller partners, as around a large firm and its suppliers.`,
      );
    } else {
      sentences.push(
        `Well-connected actors ${verb} to work with each other ${figureText}: a core of hubs, with less connected actors at the edge.`,
      );
    }
  }
  if (byKind !== null && tendency(byKind) !== 'none') {
    sentences.push(
      byKind < 0
        ? `Ties tend to join actors of different kinds (kind assortativity ${formatNumber(byKind)}).`
        : `Ties tend to stay among actors of the same kind (kind assortativity ${formatNumber(byKind)}).`,
    );
  }
  if (sentences.length === 0) return null;
  return { topic: 'assortativity', heading: 'Who works with whom', text: sentences.join(' ') };
}
