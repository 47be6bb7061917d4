/**
 * Time in the ecosystem (design guide §4, Time). Relations and actors may carry a `year`, a
 * `start` and/or `end`, or a survey `wave`; all are whole years. A relation is *active* in year Y
 * when its year (or wave) equals Y, or start ≤ Y ≤ end; an open end runs to the last year in the
 * data and an open start from the first. The *snapshot* for a window from..to keeps the relations
 * active in any year of the window, the actors they touch, and actors whose own dates cover the
 * window. Undated relations and actors are timeless: present in every snapshot unless the caller
 * asks for dated ones only.
 *
 * The snapshot runs on every move of the explorer's time slider, so the work is split in two: an
 * index built once per network (periods as typed arrays, in node and edge order) and a pass over
 * typed arrays per window. Materialising a graphology graph is the one costly step, so a window
 * that covers everything returns the network itself, and `activeIn` answers without building one.
 */
import { createEcosystem, type Ecosystem, type RelationAttributes } from './ecosystem.ts';
import type { Fields } from './fields.ts';
import { type PeriodReading, readPeriod, type TimeField, type TimeWindow, yearIn } from './period.ts';

export * from './period.ts';

// ---------------------------------------------------------------------------------------------
// The index
// ---------------------------------------------------------------------------------------------

/**
 * Periods of every actor and relation, in the ecosystem's node and edge order, with open bounds
 * resolved to the data's first and last year. NaN marks undated (and inverted) items.
 */
export interface TimeIndex {
  /** First and last year named anywhere in the data; null when nothing is dated. */
  readonly first: number | null;
  readonly last: number | null;
  /** The years in which at least one relation or actor is active, ascending (the slider's stops). */
  readonly years: readonly number[];
  readonly actorKeys: readonly string[];
  readonly actorStart: Float64Array;
  readonly actorEnd: Float64Array;
  readonly relationKeys: readonly string[];
  readonly relationSource: Int32Array;
  readonly relationTarget: Int32Array;
  readonly relationStart: Float64Array;
  readonly relationEnd: Float64Array;
  readonly relationAttributes: readonly RelationAttributes[];
  /** Actors with no relation at all: undated ones among them are kept by every snapshot. */
  readonly actorDegree: Int32Array;
  readonly counts: TimeCounts;
}

export interface TimeCounts {
  readonly datedRelations: number;
  readonly undatedRelations: number;
  /** Relations whose start lies after their end, read as undated. */
  readonly invertedRelations: number;
  /** Dated relations with an open start or end. */
  readonly openRelations: number;
  readonly datedActors: number;
  /** Dated relations by the field that dated them (start/end together count as `start`/`end`). */
  readonly relationsByField: Readonly<Record<TimeField, number>>;
}

const cache = new WeakMap<Ecosystem, TimeIndex>();

/** The ecosystem's time index, built once and kept while the ecosystem keeps its size. */
export function timeIndexOf(ecosystem: Ecosystem): TimeIndex {
  const cached = cache.get(ecosystem);
  if (cached && cached.actorKeys.length === ecosystem.order && cached.relationKeys.length === ecosystem.size)
    return cached;
  const index = buildTimeIndex(ecosystem);
  cache.set(ecosystem, index);
  return index;
}

function buildTimeIndex(ecosystem: Ecosystem): TimeIndex {
  const n = ecosystem.order;
  const m = ecosystem.size;
  const actorKeys: string[] = [];
  const nodeIndex = new Map<string, number>();
  const actorPeriods: PeriodReading[] = [];
  ecosystem.forEachNode((key, actor) => {
    nodeIndex.set(key, actorKeys.length);
    actorKeys.push(key);
    actorPeriods.push(readPeriod(actor.fields));
  });
  const relationKeys: string[] = [];
  const relationAttributes: RelationAttributes[] = [];
  const relationSource = new Int32Array(m);
  const relationTarget = new Int32Array(m);
  const relationPeriods: PeriodReading[] = [];
  const actorDegree = new Int32Array(n);
  const relationsByField: Record<TimeField, number> = { year: 0, start: 0, end: 0, wave: 0 };
  ecosystem.forEachEdge((edge, relation, source, target) => {
    const e = relationKeys.length;
    relationKeys.push(edge);
    relationAttributes.push(relation);
    relationSource[e] = nodeIndex.get(source) as number;
    relationTarget[e] = nodeIndex.get(target) as number;
    actorDegree[relationSource[e]]++;
    actorDegree[relationTarget[e]]++;
    const reading = readPeriod(relation.fields);
    relationPeriods.push(reading);
    if (reading.status === 'dated') relationsByField[datingField(relation.fields)]++;
  });

  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const readings of [actorPeriods, relationPeriods]) {
    for (const reading of readings) {
      if (reading.status !== 'dated') continue;
      const { start, end } = reading.period;
      if (start !== null) {
        first = Math.min(first, start);
        last = Math.max(last, start);
      }
      if (end !== null) {
        first = Math.min(first, end);
        last = Math.max(last, end);
      }
    }
  }
  const dated = Number.isFinite(first);
  const resolve = (readings: PeriodReading[], start: Float64Array, end: Float64Array) => {
    readings.forEach((reading, i) => {
      if (reading.status !== 'dated') {
        start[i] = Number.NaN;
        end[i] = Number.NaN;
        return;
      }
      start[i] = reading.period.start ?? first;
      end[i] = reading.period.end ?? last;
    });
  };
  const actorStart = new Float64Array(n);
  const actorEnd = new Float64Array(n);
  const relationStart = new Float64Array(m);
  const relationEnd = new Float64Array(m);
  resolve(actorPeriods, actorStart, actorEnd);
  resolve(relationPeriods, relationStart, relationEnd);

  const count = (readings: PeriodReading[], status: PeriodReading['status']) =>
    readings.filter((reading) => reading.status === status).length;
  return {
    first: dated ? first : null,
    last: dated ? last : null,
    years: dated ? activeYears(first, last, [actorStart, relationStart], [actorEnd, relationEnd]) : [],
    actorKeys,
    actorStart,
    actorEnd,
    relationKeys,
    relationSource,
    relationTarget,
    relationStart,
    relationEnd,
    relationAttributes,
    actorDegree,
    counts: {
      datedRelations: count(relationPeriods, 'dated'),
      undatedRelations: count(relationPeriods, 'undated'),
      invertedRelations: count(relationPeriods, 'inverted'),
      openRelations: relationPeriods.filter(
        (reading) =>
          reading.status === 'dated' && (reading.period.start === null || reading.period.end === null),
      ).length,
      datedActors: count(actorPeriods, 'dated'),
      relationsByField,
    },
  };
}

/** Which field dated a relation, for the import report. */
function datingField(fields: Fields): TimeField {
  if (yearIn(fields, 'start') !== null) return 'start';
  if (yearIn(fields, 'end') !== null) return 'end';
  return yearIn(fields, 'year') !== null ? 'year' : 'wave';
}

/** Years covered by at least one period: a difference array over first..last. */
function activeYears(first: number, last: number, starts: Float64Array[], ends: Float64Array[]): number[] {
  const span = last - first + 1;
  const change = new Int32Array(span + 1);
  starts.forEach((start, k) => {
    const end = ends[k];
    for (let i = 0; i < start.length; i++) {
      if (Number.isNaN(start[i])) continue;
      change[Math.ceil(start[i]) - first]++;
      change[Math.floor(end[i]) - first + 1]--;
    }
  });
  const years: number[] = [];
  let running = 0;
  for (let offset = 0; offset < span; offset++) {
    running += change[offset];
    if (running > 0) years.push(first + offset);
  }
  return years;
}

// ---------------------------------------------------------------------------------------------
// Windows and snapshots
// ---------------------------------------------------------------------------------------------

export interface SnapshotOptions {
  /** Undated relations and actors: in every snapshot (`keep`, the default) or in none (`drop`). */
  readonly undated?: 'keep' | 'drop';
}

/** What is active in a window, as masks in the index's node and edge order. */
export interface ActiveSet {
  readonly window: TimeWindow;
  readonly actors: Uint8Array;
  readonly relations: Uint8Array;
  readonly actorCount: number;
  readonly relationCount: number;
}

/** The years in which something in the network is active, ascending: a time slider's stops. */
export function yearsOf(ecosystem: Ecosystem): readonly number[] {
  return timeIndexOf(ecosystem).years;
}

/** The window from the first to the last year of the data; null when nothing is dated. */
export function fullWindow(index: TimeIndex): TimeWindow | null {
  return index.first === null || index.last === null ? null : { from: index.first, to: index.last };
}

/** Relations active in some year of the window, the actors they touch, and actors dated in it. */
export function activeIn(index: TimeIndex, window: TimeWindow, options: SnapshotOptions = {}): ActiveSet {
  const keepUndated = (options.undated ?? 'keep') === 'keep';
  const { from, to } = window;
  const m = index.relationKeys.length;
  const n = index.actorKeys.length;
  const relations = new Uint8Array(m);
  const actors = new Uint8Array(n);
  let relationCount = 0;
  for (let e = 0; e < m; e++) {
    const start = index.relationStart[e];
    const active = Number.isNaN(start) ? keepUndated : start <= to && index.relationEnd[e] >= from;
    if (!active) continue;
    relations[e] = 1;
    actors[index.relationSource[e]] = 1;
    actors[index.relationTarget[e]] = 1;
    relationCount++;
  }
  let actorCount = 0;
  for (let i = 0; i < n; i++) {
    if (!actors[i]) {
      const start = index.actorStart[i];
      const own = Number.isNaN(start)
        ? keepUndated && index.actorDegree[i] === 0
        : start <= to && index.actorEnd[i] >= from;
      if (own) actors[i] = 1;
    }
    actorCount += actors[i];
  }
  return { window, actors, relations, actorCount, relationCount };
}

/**
 * The network in a window: the active relations and actors, with the same actor and relation
 * keys (so positions and selections carry over) and shared attribute objects, in the source's
 * order. A window that keeps everything returns the ecosystem itself; do not mutate the result.
 */
export function snapshot(ecosystem: Ecosystem, window: TimeWindow, options: SnapshotOptions = {}): Ecosystem {
  const index = timeIndexOf(ecosystem);
  const active = activeIn(index, window, options);
  if (active.actorCount === ecosystem.order && active.relationCount === ecosystem.size) return ecosystem;
  return materialise(ecosystem, index, active);
}

/** A new ecosystem holding what an active set keeps. */
export function materialise(ecosystem: Ecosystem, index: TimeIndex, active: ActiveSet): Ecosystem {
  const sub = createEcosystem();
  for (let i = 0; i < index.actorKeys.length; i++) {
    if (active.actors[i]) sub.addNode(index.actorKeys[i], ecosystem.getNodeAttributes(index.actorKeys[i]));
  }
  for (let e = 0; e < index.relationKeys.length; e++) {
    if (!active.relations[e]) continue;
    const relation = index.relationAttributes[e];
    const source = index.actorKeys[index.relationSource[e]];
    const target = index.actorKeys[index.relationTarget[e]];
    if (relation.directed) sub.addDirectedEdgeWithKey(index.relationKeys[e], source, target, relation);
    else sub.addUndirectedEdgeWithKey(index.relationKeys[e], source, target, relation);
  }
  return sub;
}
