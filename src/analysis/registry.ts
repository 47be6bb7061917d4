/**
 * The measure registry. Rankings, appearance pickers, the options form, the methods page and
 * the CLI's columns and `--option` flags are all generated from this list: adding a measure is
 * one file plus one line here (and its reference fixture).
 *
 * Order matters: the CLI writes the outputs in registry order, and the public columns
 * (degree … external_ties, design guide §5) must come first and in that order; the other
 * outputs (z-scores, shares, roles) follow.
 */
import { linkSuggestions } from './link-suggester.ts';
import { brokerage, brokerageZ } from './measures/brokerage.ts';
import { clustering } from './measures/clustering.ts';
import { communities } from './measures/communities.ts';
import { core } from './measures/core.ts';
import { corePeriphery } from './measures/core-periphery.ts';
import { coreness } from './measures/coreness.ts';
import { degree } from './measures/degree.ts';
import { distanceDecay } from './measures/distance-decay.ts';
import { egoDensity } from './measures/ego-density.ts';
import { eigenvector } from './measures/eigenvector.ts';
import { embeddedness } from './measures/embeddedness.ts';
import { giulianiBell } from './measures/giuliani-bell.ts';
import { homophily } from './measures/homophily.ts';
import { localAttachment } from './measures/local-attachment.ts';
import { locality } from './measures/locality.ts';
import { network } from './measures/network.ts';
import { pagerank } from './measures/pagerank.ts';
import { paths } from './measures/paths.ts';
import { regionFlows } from './measures/region-flows.ts';
import { structuralHolesMeasure } from './measures/structural-holes.ts';
import { tieLength } from './measures/tie-length.ts';
import type { AnyMeasure, OutputSpec } from './types.ts';

const REGISTERED = [
  degree,
  paths,
  eigenvector,
  pagerank,
  clustering,
  core,
  structuralHolesMeasure,
  communities,
  brokerage,
  locality,
  // Public columns end with locality's external_ties; the rest follow.
  brokerageZ,
  giulianiBell,
  egoDensity,
  embeddedness,
  tieLength,
  distanceDecay,
  localAttachment,
  regionFlows,
  network,
  corePeriphery,
  coreness,
  homophily,
] as const;

/**
 * What the analysis answers beyond one column per actor, declared the same way (id, method,
 * options): missing-link suggestions, for one actor or the network. The explorer asks the
 * pipeline worker for them; `clusterscope suggest` runs them on the command line.
 */
export const SUGGESTIONS = [linkSuggestions] as const;

/** The id of a registry measure. */
export type MeasureId = (typeof REGISTERED)[number]['id'];

/** The name of an output column of some registry measure: the only ids the app may ask for. */
export type OutputId = (typeof REGISTERED)[number]['outputs'][number]['id'];

/** A registry entry with its output ids known to be registry outputs. */
export type RegisteredMeasure = Omit<AnyMeasure, 'outputs'> & {
  readonly outputs: readonly OutputSpec<OutputId>[];
};

export const MEASURES: readonly RegisteredMeasure[] = REGISTERED;

const OUTPUT_IDS: ReadonlySet<string> = new Set(
  MEASURES.flatMap((measure) => measure.outputs.map((o) => o.id)),
);

/** Narrows a name read from a file, a URL or a saved project to a known output column. */
export function isOutputId(name: unknown): name is OutputId {
  return typeof name === 'string' && OUTPUT_IDS.has(name);
}

export function measureById(id: string): RegisteredMeasure | undefined {
  return MEASURES.find((measure) => measure.id === id);
}

/** The measure that produces an output column. */
export function measureOfOutput(output: OutputId): RegisteredMeasure {
  return MEASURES.find((measure) => measure.outputs.some((o) => o.id === output)) as RegisteredMeasure;
}
