/**
 * The measure registry. Rankings, appearance pickers, the methods page and the CLI's columns
 * are all generated from this list: adding a measure is one file plus one line here.
 *
 * Order matters: the CLI writes the outputs in registry order, and the public columns
 * (degree … external_ties, design guide §5) must come first and in that order; the other
 * outputs (z-scores, shares, roles) follow.
 */
import { brokerage, brokerageZ } from './measures/brokerage.ts';
import { clustering } from './measures/clustering.ts';
import { communities } from './measures/communities.ts';
import { core } from './measures/core.ts';
import { degree } from './measures/degree.ts';
import { egoDensity } from './measures/ego-density.ts';
import { eigenvector } from './measures/eigenvector.ts';
import { embeddedness } from './measures/embeddedness.ts';
import { giulianiBell } from './measures/giuliani-bell.ts';
import { locality } from './measures/locality.ts';
import { network } from './measures/network.ts';
import { pagerank } from './measures/pagerank.ts';
import { paths } from './measures/paths.ts';
import { structuralHolesMeasure } from './measures/structural-holes.ts';
import type { MeasureDescriptor } from './types.ts';

export const MEASURES: readonly MeasureDescriptor[] = [
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
  network,
];

export function measureById(id: string): MeasureDescriptor | undefined {
  return MEASURES.find((measure) => measure.id === id);
}
