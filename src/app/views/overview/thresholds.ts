/**
 * Where a figure turns into a word. The cut-offs follow the usual readings in the literature
 * and are kept here, in one place, so that the text never claims more than the number: every
 * word is printed beside its figure. These functions name the reading; the catalogs
 * (overview.modularityWords, overview.eiWords, overview.chanceWords) say it in words.
 */

/**
 * Correlation-like figures (assortativity): below 0.1 in size there is no tendency worth a
 * word; 0.3 and more is the conventional "moderate" correlation.
 */
export const ASSORTATIVITY_NOTABLE = 0.1;
export const ASSORTATIVITY_STRONG = 0.3;

export type Tendency = 'none' | 'weak' | 'strong';

export function tendency(coefficient: number): Tendency {
  const size = Math.abs(coefficient);
  if (size < ASSORTATIVITY_NOTABLE) return 'none';
  return size < ASSORTATIVITY_STRONG ? 'weak' : 'strong';
}

/**
 * Modularity: Newman and Girvan (2004) read 0.3 and more as clear community structure;
 * 0.7 and more is rare and means groups with few ties between them.
 */
export const MODULARITY_CLEAR = 0.3;
export const MODULARITY_VERY_CLEAR = 0.7;

export function modularityLevel(modularity: number): 'veryClear' | 'clear' | 'weak' {
  if (modularity >= MODULARITY_VERY_CLEAR) return 'veryClear';
  return modularity >= MODULARITY_CLEAR ? 'clear' : 'weak';
}

/** Modularity of the locality groups from which they explain at least part of the grouping. */
export const LOCALITY_EXPLAINS = 0.1;

/**
 * Transitivity, the share of partner pairs that are tied: 0.3 and more is common in
 * collaboration networks, under 0.1 is rare closure.
 */
export const CLOSURE_OFTEN = 0.3;
export const CLOSURE_SOMETIMES = 0.1;
/** Closure at least this many times the density is more than random ties would give. */
export const CLOSURE_ABOVE_CHANCE = 2;

export function closureWord(transitivity: number): 'often' | 'sometimes' | 'rarely' {
  if (transitivity >= CLOSURE_OFTEN) return 'often';
  return transitivity >= CLOSURE_SOMETIMES ? 'sometimes' : 'rarely';
}

/**
 * E-I index: ±0.2 is 60% of ties on one side. Within that band the ties are about as often
 * local as external.
 */
export const EI_LEANING = 0.2;

export function eiLean(ei: number): 'outward' | 'local' | 'even' {
  if (ei >= EI_LEANING) return 'outward';
  return ei <= -EI_LEANING ? 'local' : 'even';
}

/** A z-score beyond ±2 is unlikely (about 5%) under random ties with the same density and group sizes. */
export const Z_NOTABLE = 2;

export function chanceLevel(z: number): 'more' | 'less' | 'even' {
  if (z >= Z_NOTABLE) return 'more';
  return z <= -Z_NOTABLE ? 'less' : 'even';
}

/** Density below this reads better as "1 in N pairs" than as a percentage. */
export const DENSITY_AS_ONE_IN = 0.1;

/** The largest component holding at least this share of actors is "the core". */
export const CORE_SHARE = 0.5;

/** Average path lengths up to this many times the random-network figure count as short. */
export const PATHS_SHORT_RATIO = 1.25;
export const PATHS_LONG_RATIO = 1.6;
