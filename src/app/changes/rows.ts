/**
 * What the Changes view lists, picked from a comparison (analysis/time/): ties of one status, the
 * actors who entered or left, the climbers and fallers on a measure, the detaching and attaching
 * actors, an actor's path over the years, and the command line that gives the same figures.
 * Pure and bounded: each list is sorted and cut to what is shown; the exports have the rest.
 */
import type { AnalysisSettings } from '../../analysis/settings.ts';
import type { Comparison } from '../../analysis/time/compare.ts';
import { topRankChanges } from '../../analysis/time/rank-changes.ts';
import { TIE_STATUSES, type TieStatus } from '../../analysis/time/tie-changes.ts';
import { formatTimeWindow } from '../../model/period.ts';
import type { ComparisonRequest } from '../pipeline/comparison-job.ts';

export interface TieRow {
  readonly source: string;
  readonly target: string;
  /** 1 local, 0 external, −1 unclassified. */
  readonly local: number;
  readonly strengthFrom: number;
  readonly strengthTo: number;
}

/** Ties of one status, the strongest first (in B for ties there, else in A). */
export function tieRows(comparison: Comparison, status: TieStatus, limit: number): TieRow[] {
  const { ties, keys } = comparison;
  const code = TIE_STATUSES.indexOf(status);
  const strength = status === 'left' ? ties.strengthFrom : ties.strengthTo;
  const picked: number[] = [];
  for (let k = 0; k < ties.status.length; k++) if (ties.status[k] === code) picked.push(k);
  picked.sort((a, b) => strength[b] - strength[a] || a - b);
  return picked.slice(0, limit).map((k) => ({
    source: keys[ties.source[k]],
    target: keys[ties.target[k]],
    local: ties.local[k],
    strengthFrom: ties.strengthFrom[k],
    strengthTo: ties.strengthTo[k],
  }));
}

export interface ActorRow {
  readonly key: string;
  /** Partners in the window where the actor is (B for those who entered, A for those who left). */
  readonly partners: number;
}

const ENTERED = 3;
const LEFT = 1;

/** Actors who entered or left, the best connected first. */
export function movedActors(comparison: Comparison, status: 'entered' | 'left', limit: number): ActorRow[] {
  const code = status === 'entered' ? ENTERED : LEFT;
  const degree = comparison.ranks.find((rank) => rank.output === 'degree');
  const partners = degree ? (status === 'entered' ? degree.valueTo : degree.valueFrom) : null;
  const picked: number[] = [];
  comparison.actors.status.forEach((value, v) => {
    if (value === code) picked.push(v);
  });
  const count = (v: number) => (partners && !Number.isNaN(partners[v]) ? partners[v] : 0);
  picked.sort((a, b) => count(b) - count(a) || a - b);
  return picked.slice(0, limit).map((v) => ({ key: comparison.keys[v], partners: count(v) }));
}

export interface RankRow {
  readonly key: string;
  readonly rankFrom: number;
  readonly rankTo: number;
  /** Rank in A − rank in B: positive for a climber. */
  readonly change: number;
  readonly valueFrom: number;
  readonly valueTo: number;
}

/** The largest climbs and falls on one measure; null when the comparison did not rank by it. */
export function rankRows(
  comparison: Comparison,
  output: string,
  limit: number,
): { climbers: RankRow[]; fallers: RankRow[]; ranked: number } | null {
  const rank = comparison.ranks.find((candidate) => candidate.output === output);
  if (!rank) return null;
  const row = (v: number): RankRow => ({
    key: comparison.keys[v],
    rankFrom: rank.rankFrom[v],
    rankTo: rank.rankTo[v],
    change: rank.change[v],
    valueFrom: rank.valueFrom[v],
    valueTo: rank.valueTo[v],
  });
  const { climbers, fallers } = topRankChanges(rank.change, limit);
  const ranked = rank.change.reduce((count, change) => count + (Number.isNaN(change) ? 0 : 1), 0);
  return { climbers: climbers.map(row), fallers: fallers.map(row), ranked };
}

export interface LocalityRow {
  readonly key: string;
  readonly from: number;
  readonly to: number;
  readonly change: number;
}

/** Actors whose share of local ties fell (detaching) or rose (attaching), steepest first. */
export function localityRows(
  comparison: Comparison,
  which: 'detaching' | 'attaching',
  limit: number,
): LocalityRow[] {
  const { locality, keys } = comparison;
  return locality[which].slice(0, limit).map((v) => ({
    key: keys[v],
    from: locality.from.localShare[v],
    to: locality.to.localShare[v],
    change: locality.change[v],
  }));
}

export interface LocalityPathSeries {
  readonly key: string;
  readonly years: readonly number[];
  /** Per year; NaN where the actor had no classified tie (or no knowledge tie) that year. */
  readonly localShare: readonly number[];
  readonly localAttachment: readonly number[];
}

/** An actor's share of local ties and local attachment in each year of the comparison. */
export function pathSeries(comparison: Comparison, key: string): LocalityPathSeries | null {
  const v = comparison.keys.indexOf(key);
  if (v < 0) return null;
  const { paths } = comparison.locality;
  return {
    key,
    years: paths.map((path) => path.year),
    localShare: paths.map((path) => path.localShare[v]),
    localAttachment: paths.map((path) => path.localAttachment[v]),
  };
}

/** The actors drawn as small multiples: the one in the profile, then the steepest detaching. */
export function pathActors(comparison: Comparison, selected: string | null, count: number): string[] {
  const keys = selected !== null && comparison.keys.includes(selected) ? [selected] : [];
  for (const v of comparison.locality.detaching) {
    if (keys.length >= count) break;
    if (comparison.keys[v] !== selected) keys.push(comparison.keys[v]);
  }
  return keys;
}

/** `clusterscope compare` with the files and settings that give the same figures. */
export function equivalentCommand(
  files: readonly string[],
  request: ComparisonRequest,
  sample: number | null,
): string {
  const settings: AnalysisSettings = request.settings;
  const parts = [
    'npx clusterscope compare',
    ...files.map(shellWord),
    `--from ${windowFlag(request.from)}`,
    `--to ${windowFlag(request.to)}`,
    `--rank-by ${request.rankBy.join(',')}`,
  ];
  if (settings.localKm !== undefined && settings.localKm > 0) parts.push(`--local-km ${settings.localKm}`);
  else if (settings.localBy !== undefined) parts.push(`--local-by ${shellWord(settings.localBy)}`);
  if (settings.groupBy !== undefined) parts.push(`--group-by ${shellWord(settings.groupBy)}`);
  if (settings.seed !== undefined) parts.push(`--seed ${settings.seed}`);
  if (sample !== null) parts.push(`--sample ${sample}`);
  for (const [measure, options] of Object.entries(settings.options ?? {}))
    for (const [name, value] of Object.entries(options))
      parts.push(`--option ${shellWord(`${measure}.${name}=${value}`)}`);
  return parts.join(' ');
}

function windowFlag(window: { from: number; to: number }): string {
  return window.from === window.to ? String(window.from) : `${window.from}:${window.to}`;
}

/** A word as a POSIX shell reads it back: quoted when it holds anything but safe characters. */
function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** "2015" or "2015–2019", for headings. */
export const windowText = formatTimeWindow;
