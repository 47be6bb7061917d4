/**
 * Plain-language sentences for test results, for the Statistics view and the CLI summary:
 * "Ties stay inside groups of region far more often than chance (groups drawn at random) would
 * give: E-I −0.42, p < 0.001 over 5,000 permutations."
 *
 * A sentence is a message id with named parameters; the words live in the catalogs
 * (i18n/locales/en/statistics.json and nl/statistics.json under `sentence`, valid ICU messages with simple
 * {name} arguments), so the explorer renders a sentence in its language through i18next
 * (`RenderOptions.translate`) and the command line fills the English templates here.
 * Parameters are data (group and field names, never translated), numbers with a format, or
 * other messages (a phrase such as "far more often", translated with the sentence).
 */
import enStatistics from '../../i18n/locales/en/statistics.json' with { type: 'json' };
import { parseDyadTerm } from './dyads.ts';
import type { StatisticResult, TestResult } from './types.ts';

/** The message ids a sentence may use; their words are in the catalogs under `statistics.sentence`. */
export const STATISTICS_MESSAGE_IDS = [
  'p.below',
  'p.equal',
  'degree.far-more',
  'degree.more',
  'degree.less',
  'degree.far-less',
  'null.label-permutation',
  'null.uniform-graph',
  'ei.network.inside',
  'ei.network.across',
  'ei.network.chance',
  'ei.group.inside',
  'ei.group.across',
  'ei.group.chance',
  'qap.together',
  'qap.chance',
  'mrqap.positive',
  'mrqap.negative',
  'mrqap.chance',
  'brokerage.differs',
  'brokerage.chance',
  'assortativity.similar',
  'assortativity.chance',
  'role.coordinator',
  'role.itinerant',
  'role.representative',
  'role.gatekeeper',
  'role.liaison',
  'term.relation',
  'term.ties',
  'term.flow',
  'term.same',
  'term.difference',
  'term.distance',
  'term.intercept',
] as const;

export type StatisticsMessageId = (typeof STATISTICS_MESSAGE_IDS)[number];
export type StatisticsCatalog = Readonly<Record<StatisticsMessageId, string>>;

/** A catalog's `statistics.sentence` subtree (nested by the dots of the ids) as templates by id. */
export function sentenceCatalog(subtree: unknown): StatisticsCatalog {
  const catalog: Record<string, string> = {};
  for (const id of STATISTICS_MESSAGE_IDS) {
    let node: unknown = subtree;
    for (const part of id.split('.'))
      node =
        node !== null && typeof node === 'object' && Object.hasOwn(node, part)
          ? (node as Record<string, unknown>)[part]
          : undefined;
    if (typeof node !== 'string') throw new Error(`the statistics catalog has no sentence "${id}"`);
    catalog[id] = node;
  }
  return catalog as StatisticsCatalog;
}

/** The English templates, from the explorer's English catalog (the command line writes English). */
export const STATISTICS_MESSAGES_EN: StatisticsCatalog = sentenceCatalog(enStatistics.sentence);

/**
 * How a number parameter is written: a statistic (signed, 2 decimals), an estimate (signed, 3
 * significant digits: regression coefficients can be small), a p-value, a count.
 */
export type NumberFormat = 'statistic' | 'estimate' | 'p' | 'count';

export type MessageParam =
  | string
  | { readonly number: number; readonly format: NumberFormat }
  | { readonly message: StatisticsMessageId; readonly params?: Readonly<Record<string, MessageParam>> };

export interface Sentence {
  readonly message: StatisticsMessageId;
  readonly params: Readonly<Record<string, MessageParam>>;
}

/** Two-sided p at which a difference is called clear, and far. */
export const SIGNIFICANT = 0.05;
export const HIGHLY_SIGNIFICANT = 0.001;

const message = (id: StatisticsMessageId, params?: Record<string, MessageParam>): MessageParam =>
  params ? { message: id, params } : { message: id };
const statistic = (value: number): MessageParam => ({ number: value, format: 'statistic' });
const count = (value: number): MessageParam => ({ number: value, format: 'count' });

/** "p < 0.001" below the resolution (at least 1/R), else "p = 0.023". */
export function pPhrase(p: number, permutations: number): MessageParam {
  const bound = Math.max(HIGHLY_SIGNIFICANT, 1 / permutations);
  return p < bound
    ? message('p.below', { bound: { number: bound, format: 'p' } })
    : message('p.equal', { p: { number: p, format: 'p' } });
}

function degree(p: number, more: boolean): MessageParam {
  if (more) return message(p < HIGHLY_SIGNIFICANT ? 'degree.far-more' : 'degree.more');
  return message(p < HIGHLY_SIGNIFICANT ? 'degree.far-less' : 'degree.less');
}

/** A dyadic term in words. */
export function termPhrase(text: string): MessageParam {
  if (text === '(intercept)') return message('term.intercept');
  const term = parseDyadTerm(text);
  switch (term.kind) {
    case 'relation':
      return message('term.relation', { relation: term.relation });
    case 'ties':
      return message('term.ties');
    case 'flow':
      return message('term.flow');
    case 'same':
      return message('term.same', { field: term.field });
    case 'difference':
      return message('term.difference', { field: term.field });
    case 'distance':
      return message('term.distance');
  }
}

/** The sentence for one statistic of a test; null when it has no p-value (undefined statistic). */
export function describeStatistic(result: TestResult, stat: StatisticResult): Sentence | null {
  if (stat.observed === null || stat.p === null || stat.direction === null) return null;
  const p = stat.p.twoSided;
  const clear = p < SIGNIFICANT && stat.direction !== 'equal';
  const above = stat.direction === 'above';
  const common = {
    observed: statistic(stat.observed),
    p: pPhrase(p, stat.draws),
    permutations: count(result.permutations),
  };
  switch (result.test) {
    case 'ei-permutation':
    case 'ei-uniform-graph': {
      const scope = stat.subject.kind === 'group' ? 'group' : 'network';
      const params: Record<string, MessageParam> = {
        ...common,
        field: String(result.options.field),
        null: message(result.nullModel === 'uniform-graph' ? 'null.uniform-graph' : 'null.label-permutation'),
      };
      if (stat.subject.kind === 'group') params.group = stat.subject.group;
      // A lower E-I than the null means ties stay inside.
      if (!clear) return { message: `ei.${scope}.chance`, params };
      return {
        message: above ? `ei.${scope}.across` : `ei.${scope}.inside`,
        params: { ...params, degree: degree(p, true) },
      };
    }
    case 'qap-correlation': {
      const [x, y] = String(result.options.relations).split(',');
      // Correlations between sparse relations are often small: three significant digits, so
      // a clear 0.0046 is not written as 0.00.
      const observed = { number: stat.observed, format: 'estimate' } as const;
      const params = { ...common, observed, x: termPhrase(x), y: termPhrase(y) };
      if (!clear) return { message: 'qap.chance', params };
      return { message: 'qap.together', params: { ...params, degree: degree(p, above) } };
    }
    case 'mrqap': {
      // The intercept's t says nothing a reader asks about.
      if (stat.subject.kind !== 'term' || stat.subject.term === '(intercept)') return null;
      const params = {
        ...common,
        term: termPhrase(stat.subject.term),
        dependent: termPhrase(String(result.options.dependent)),
        coefficient: {
          number: Number(result.figures[`coefficient:${stat.subject.term}`]),
          format: 'estimate',
        } as const,
      };
      if (!clear) return { message: 'mrqap.chance', params };
      return { message: above ? 'mrqap.positive' : 'mrqap.negative', params };
    }
    case 'brokerage-permutation': {
      if (stat.subject.kind !== 'role' || stat.nullMean === null) return null;
      const params = {
        ...common,
        observed: count(stat.observed),
        expected: count(Math.round(stat.nullMean * 10) / 10),
        role: message(`role.${stat.subject.role}` as StatisticsMessageId),
      };
      if (!clear) return { message: 'brokerage.chance', params };
      return { message: 'brokerage.differs', params: { ...params, degree: degree(p, above) } };
    }
    case 'assortativity-permutation': {
      const params = { ...common, field: String(result.options.field) };
      if (!clear) return { message: 'assortativity.chance', params };
      return { message: 'assortativity.similar', params: { ...params, degree: degree(p, above) } };
    }
    default:
      return null;
  }
}

export interface RenderOptions {
  readonly messages?: StatisticsCatalog;
  /** BCP 47 locale for numbers ("en", "nl"). */
  readonly locale?: string;
  /**
   * Fills a message from another catalog, e.g. i18next's `(id, params) => t(\`statistics.${id}\`, params)`:
   * it receives the message id and its parameters already written as text. Without it the
   * templates of `messages` (English by default) are filled here.
   */
  readonly translate?: (message: StatisticsMessageId, params: Readonly<Record<string, string>>) => string;
}

/** Writes a number as its format asks, in the locale; statistics with a true minus sign. */
export function formatNumber(value: number, format: NumberFormat, locale = 'en'): string {
  if (format === 'count') return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
  if (format === 'p')
    return new Intl.NumberFormat(locale, { maximumSignificantDigits: 2, maximumFractionDigits: 4 }).format(
      value,
    );
  const digits: Intl.NumberFormatOptions =
    format === 'estimate'
      ? { maximumSignificantDigits: 3 }
      : { minimumFractionDigits: 2, maximumFractionDigits: 2 };
  const text = new Intl.NumberFormat(locale, digits).format(Math.abs(value));
  // A true minus sign, and none on a value that rounds to zero.
  return value < 0 && /[1-9]/.test(text) ? `\u2212${text}` : text;
}

function fill(sentence: Sentence, options: RenderOptions): string {
  const params: Record<string, string> = {};
  for (const [name, param] of Object.entries(sentence.params)) params[name] = renderParam(param, options);
  if (options.translate) return options.translate(sentence.message, params);
  const template = (options.messages ?? STATISTICS_MESSAGES_EN)[sentence.message];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? params[name] : whole,
  );
}

function renderParam(param: MessageParam, options: RenderOptions): string {
  if (typeof param === 'string') return param;
  if ('number' in param) return formatNumber(param.number, param.format, options.locale);
  return fill({ message: param.message, params: param.params ?? {} }, options);
}

/** The sentence in words: placeholders filled, nested messages in the same catalog, a capital first. */
export function renderSentence(sentence: Sentence, options: RenderOptions = {}): string {
  const text = fill(sentence, options);
  return text.charAt(0).toLocaleUpperCase(options.locale ?? 'en') + text.slice(1);
}
