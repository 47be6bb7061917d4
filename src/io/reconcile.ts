/**
 * Partner-name reconciliation. Survey answers and name-keyed tables spell one organisation
 * several ways ("Van den Berg B.V.", "van den Berg BV"); those are one actor. Names equal after
 * normalisation (case, accents, punctuation, legal forms) are merged; names that are merely
 * similar (shared words, a few letters apart) are proposed as merge candidates with a score and
 * a reason, for a person to accept or reject. Every merge is returned so the report can list it.
 */
import { createFields } from '../model/fields.ts';
import type { ActorRecord, EcosystemRecords } from '../model/records.ts';
import { type MergeBecause, mergeReasonInEnglish, type SimilarPair } from './merge-reasons.ts';

export interface NameMerge {
  /** The spelling kept. */
  into: string;
  /** The other spellings folded into it. */
  names: string[];
  /** Why, in English (for logs and machine output). */
  reason: string;
  because: MergeBecause;
  score: number;
}

export interface MergeCandidate {
  names: [string, string];
  /** 0–1; 1 is certain. */
  score: number;
  reason: string;
  because: MergeBecause;
}

const LEGAL_FORMS = new Set(
  'bv nv vof cv bvba cvba sprl srl sa sas sarl spa gmbh mbh ag kg kgaa ohg ug ev co ltd limited plc llc inc corp se oy ab aps'.split(
    ' ',
  ),
);
/** Words that carry no identity: particles of Dutch and German names, and conjunctions. */
const PARTICLES = new Set('van von den der de het the of la le du des di & ten ter te zu'.split(' '));
const CONJUNCTIONS = new Set(['and', 'en', 'und', 'et']);

/** `Van den Berg B.V.` → `van den berg`; `Société Générale S.A.` → `societe generale`. */
export function normaliseName(name: string): string {
  return nameTokens(name).join(' ');
}

function nameTokens(name: string): string[] {
  const text = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/['’`´]/g, '')
    .replace(/(?<=\p{L})\.(?=\p{L})/gu, '') // B.V. → bv.
    .replace(/&/g, ' & ')
    .replace(/[^\p{L}\p{N}&]+/gu, ' ');
  const tokens = text
    .split(' ')
    .filter((token) => token !== '')
    .map((token) => (CONJUNCTIONS.has(token) ? '&' : token));
  const withoutForms = tokens.filter((token) => !LEGAL_FORMS.has(token));
  // A name that is nothing but a legal form ("AG") stays itself.
  return withoutForms.some((token) => token !== '&') ? trimAmpersands(withoutForms) : tokens;
}

/** "Janssens & Co" without its legal form leaves a dangling "&". */
function trimAmpersands(tokens: string[]): string[] {
  let start = 0;
  let end = tokens.length;
  while (start < end && tokens[start] === '&') start++;
  while (end > start && tokens[end - 1] === '&') end--;
  return tokens.slice(start, end);
}

/**
 * Groups spellings equal after normalisation. The spelling kept is the preferred one (an actor's
 * own name: a respondent or an actors-table row), then the most frequent, then the first seen.
 */
export function mergeEqualNames(
  names: readonly string[],
  options: { preferred?: ReadonlySet<string> } = {},
): NameMerge[] {
  const groups = new Map<string, string[]>();
  const counts = new Map<string, number>();
  for (const name of names) {
    counts.set(name, (counts.get(name) ?? 0) + 1);
    if ((counts.get(name) ?? 0) > 1) continue;
    const key = normaliseName(name);
    if (key === '') continue;
    const group = groups.get(key);
    if (group) group.push(name);
    else groups.set(key, [name]);
  }
  const merges: NameMerge[] = [];
  for (const [key, group] of groups) {
    if (group.length < 2) continue;
    const into = pickSpelling(group, counts, options.preferred);
    const names = group.filter((name) => name !== into);
    merges.push({ into, names, ...explained({ code: 'normalised', key }), score: 1 });
  }
  return merges;
}

function pickSpelling(group: string[], counts: Map<string, number>, preferred?: ReadonlySet<string>): string {
  let best = group[0];
  const rank = (name: string) => (preferred?.has(name) ? 1e9 : 0) + (counts.get(name) ?? 0);
  for (const name of group) if (rank(name) > rank(best)) best = name;
  return best;
}

/** Word overlap at or above which two names are proposed; and likewise for letters. */
const MIN_SCORE = 0.8;
/**
 * Names compared letter by letter are at most this long (after normalisation): organisation
 * names are, and the distance costs length × allowed edits, so a 20,000-character "name" (a
 * pasted paragraph) must not cost minutes. Longer names are still compared word by word.
 */
const MAX_SPELLED_LENGTH = 120;
/** Words or prefixes shared by more names than this say nothing (think "Holding" or "Gemeente"). */
const MAX_BLOCK = 50;
/** How many sorted neighbours each name is compared with, letter by letter. */
const NEIGHBOURS = 8;

/**
 * Probable duplicates among distinct names: all identifying words of one name occur in the other,
 * or the names are a few letters apart. Compared within blocks (a shared identifying word) and
 * between neighbours once the letters of all names are sorted, forwards and backwards (names a
 * few letters apart sort close together, whatever end they differ at), so the work grows with
 * the number of names, not its square: ten thousand names cost milliseconds, not a hundred
 * million comparisons. Words shared by very many names (think "Holding") form no block.
 */
export function proposeMerges(names: readonly string[]): MergeCandidate[] {
  const distinct = [...new Set(names)];
  const tokens = distinct.map(nameTokens);
  const words = tokens.map((list) => new Set(list.filter((token) => !PARTICLES.has(token))));
  const compact = tokens.map((list) => list.join('').replace(/&/g, ''));
  const digits = compact.map((name) => name.replace(/\D+/g, ' '));
  const pairs = new Set<number>();
  const blocks = new Map<string, number[]>();
  const addToBlock = (key: string, i: number) => {
    const block = blocks.get(key);
    if (block) block.push(i);
    else blocks.set(key, [i]);
  };
  distinct.forEach((_name, i) => {
    for (const word of words[i]) addToBlock(`w:${word}`, i);
  });
  const candidates: MergeCandidate[] = [];
  const consider = (first: number, second: number) => {
    const [i, j] = first < second ? [first, second] : [second, first];
    const pairKey = i * distinct.length + j;
    if (i === j || pairs.has(pairKey)) return;
    pairs.add(pairKey);
    if (compact[i] === compact[j]) return; // equal names are merged, not proposed
    const candidate = compare(
      distinct[i],
      distinct[j],
      words[i],
      words[j],
      compact[i],
      compact[j],
      digits[i] === digits[j],
    );
    if (candidate) candidates.push(candidate);
  };
  for (const block of blocks.values()) {
    if (block.length < 2 || block.length > MAX_BLOCK) continue;
    for (let x = 0; x < block.length; x++)
      for (let y = x + 1; y < block.length; y++) consider(block[x], block[y]);
  }
  const spelled = distinct.map((_name, i) => i).filter((i) => compact[i].length >= 5);
  const reversed = compact.map((name) => [...name].reverse().join(''));
  for (const key of [compact, reversed]) {
    const order = [...spelled].sort((a, b) => (key[a] < key[b] ? -1 : key[a] > key[b] ? 1 : 0));
    for (let x = 0; x < order.length; x++)
      for (let y = x + 1; y <= x + NEIGHBOURS && y < order.length; y++) consider(order[x], order[y]);
  }
  return candidates.sort((a, b) => b.score - a.score || a.names[0].localeCompare(b.names[0]));
}

function compare(
  a: string,
  b: string,
  wordsA: Set<string>,
  wordsB: Set<string>,
  compactA: string,
  compactB: string,
  sameNumbers: boolean,
): MergeCandidate | undefined {
  let shared = 0;
  for (const word of wordsA) if (wordsB.has(word)) shared++;
  const union = wordsA.size + wordsB.size - shared;
  const smaller = Math.min(wordsA.size, wordsB.size);
  if (smaller > 0 && shared === smaller) {
    const [short, long] = wordsA.size <= wordsB.size ? [a, b] : [b, a];
    return {
      names: [a, b],
      score: 0.8 + 0.2 * (shared / union),
      ...explained({ code: 'words', short, long }),
    };
  }
  const longest = Math.max(compactA.length, compactB.length);
  if (Math.min(compactA.length, compactB.length) < 5 || longest > MAX_SPELLED_LENGTH) return undefined;
  // Numbers identify ("Unit 1", "Unit 2"; "Bedrijf 12", "Bedrijf 13"): no spelling makes them equal.
  if (!sameNumbers) return undefined;
  const allowed = Math.floor(longest * (1 - MIN_SCORE));
  const distance = boundedLevenshtein(compactA, compactB, allowed);
  if (distance > allowed) return undefined;
  return { names: [a, b], score: 1 - distance / longest, ...explained({ code: 'spelled', distance }) };
}

let rows: [Int32Array, Int32Array] = [new Int32Array(256), new Int32Array(256)];

/**
 * Levenshtein distance, or `limit + 1` as soon as it must exceed `limit`. Banded (Ukkonen): only
 * cells within `limit` of the diagonal can stay within the limit, so the cost is length × limit,
 * not length × length.
 */
export function boundedLevenshtein(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const beyond = limit + 1;
  const width = b.length + 1;
  // Two rows reused from call to call: most comparisons are short, and they are many.
  if (rows[0].length < width) rows = [new Int32Array(width * 2), new Int32Array(width * 2)];
  let [previous, current] = rows;
  previous.fill(beyond, 0, width);
  current.fill(beyond, 0, width);
  for (let j = 0; j <= Math.min(b.length, limit); j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - limit);
    const to = Math.min(b.length, i + limit);
    current.fill(beyond, Math.max(0, from - 1), Math.min(width, to + 2));
    current[0] = i <= limit ? i : beyond;
    let rowMinimum = current[0];
    for (let j = from; j <= to; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost, beyond);
      current[j] = value;
      if (value < rowMinimum) rowMinimum = value;
    }
    if (rowMinimum > limit) return beyond;
    [previous, current] = [current, previous];
  }
  return Math.min(previous[b.length], beyond);
}

/**
 * Turns accepted candidates into merges: candidates chain (A~B, B~C fold into one actor), and
 * each chain keeps its preferred or most frequent spelling.
 */
export function mergesFromCandidates(
  candidates: readonly MergeCandidate[],
  names: readonly string[],
  options: { preferred?: ReadonlySet<string> } = {},
): NameMerge[] {
  // Union-find with path halving: near-linear in the number of candidates.
  const parent = new Map<string, string>();
  const find = (name: string): string => {
    let root = name;
    for (let next = parent.get(root); next !== undefined && next !== root; next = parent.get(root)) {
      const grand = parent.get(next);
      if (grand !== undefined) parent.set(root, grand);
      root = next;
    }
    return root;
  };
  for (const { names: pair } of candidates) {
    const [a, b] = [find(pair[0]), find(pair[1])];
    if (a !== b) parent.set(b, a);
  }
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  const groups = new Map<
    string,
    { names: Set<string>; reasons: SimilarPair[]; pairs: number; score: number }
  >();
  for (const candidate of candidates) {
    const root = find(candidate.names[0]);
    let group = groups.get(root);
    if (!group) {
      group = { names: new Set(), reasons: [], pairs: 0, score: 1 };
      groups.set(root, group);
    }
    group.names.add(candidate.names[0]);
    group.names.add(candidate.names[1]);
    group.pairs++;
    if (group.reasons.length < MAX_REASONS)
      group.reasons.push({ names: candidate.names, because: candidate.because });
    group.score = Math.min(group.score, candidate.score);
  }
  return [...groups.values()].map((group) => {
    const spellings = [...group.names];
    const into = pickSpelling(spellings, counts, options.preferred);
    const more = group.pairs - group.reasons.length;
    const names = spellings.filter((name) => name !== into);
    return { into, names, ...explained({ code: 'similar', pairs: group.reasons, more }), score: group.score };
  });
}

function explained(because: MergeBecause): { reason: string; because: MergeBecause } {
  return { reason: mergeReasonInEnglish(because), because };
}

/** A merge of thousands of spellings names the first few pairs and counts the rest. */
const MAX_REASONS = 20;

/** Every name that occurs in the records, once per occurrence (counts decide spellings). */
export function namesIn(records: EcosystemRecords): string[] {
  const names: string[] = [];
  for (const actor of records.actors) names.push(actor.id.trim());
  for (const relation of records.relations) names.push(relation.source.trim(), relation.target.trim());
  return names.filter((name) => name !== '');
}

/**
 * Applies merges: every relation endpoint is renamed, and actor rows that now share a name are
 * folded into one (the first row's values win, except that having answered the survey wins).
 */
export function applyNameMerges(records: EcosystemRecords, merges: readonly NameMerge[]): EcosystemRecords {
  const rename = renameMap(merges);
  if (rename.size === 0) return records;
  const renamed = (id: string) => rename.get(id.trim()) ?? id;
  const relations = records.relations.map((relation) => ({
    ...relation,
    source: renamed(relation.source),
    target: renamed(relation.target),
  }));
  const actors: ActorRecord[] = [];
  const byId = new Map<string, ActorRecord>();
  const merged = new Set<ActorRecord>();
  for (const actor of records.actors) {
    const original = actor.id.trim();
    const id = rename.get(original) ?? original;
    const existing = byId.get(id);
    const wasRenamed = rename.has(original);
    // Fold spellings of one actor; two rows with the very same id are a duplicate the model reports.
    if (existing && (wasRenamed || merged.has(existing))) {
      foldActor(existing, actor);
      merged.add(existing);
      continue;
    }
    const label = actor.label?.trim() === original ? id : actor.label;
    const copy: ActorRecord = {
      ...actor,
      id,
      label,
      fields: createFields(Object.entries(actor.fields ?? {})),
    };
    if (wasRenamed) merged.add(copy);
    if (!existing) byId.set(id, copy);
    actors.push(copy);
  }
  return { actors, relations };
}

/** Spelling → the spelling kept, for every merged spelling. */
export function renameMap(merges: readonly NameMerge[]): Map<string, string> {
  const rename = new Map<string, string>();
  for (const merge of merges) for (const name of merge.names) rename.set(name, merge.into);
  return rename;
}

/** Folds a second description of an actor into the first: empty fields filled, having answered wins. */
export function foldActor(into: ActorRecord, from: ActorRecord): void {
  const fields = into.fields ?? createFields();
  for (const [name, value] of Object.entries(from.fields ?? {})) {
    if (value === null || value === '') continue;
    if (fields[name] === undefined || (name === 'respondent' && value === true)) fields[name] = value;
  }
  into.fields = fields;
  if (!into.kind && from.kind) into.kind = from.kind;
}
