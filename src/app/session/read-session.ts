/**
 * The one validator for a saved session, whichever way it arrives: a project file's `session`,
 * a workspace read from IndexedDB, or the older shapes of both (version 1), which are read into
 * today's session. Every value is checked by type and copied; a setting that no longer fits
 * (a measure that was renamed, a kind that is gone) falls back to its default instead of
 * breaking the view. A session from a newer version is refused with a clear message.
 */
import { isOutputId } from '../../analysis/registry.ts';
import type { AnalysisSettings } from '../../analysis/settings.ts';
import { TESTS, testById } from '../../analysis/statistics/registry.ts';
import { DEFAULT_RANK_BY } from '../../analysis/time/compare.ts';
import { isLanguage } from '../../i18n/i18n.ts';
import { PhrasedError, phrase } from '../../i18n/phrase.ts';
import { DELIMITERS, TEXT_ENCODINGS } from '../../io/index.ts';
import type { ClusterscopeProject } from '../../io/project.ts';
import { ACTOR_KINDS, type ActorKind, RELATION_KINDS, type RelationKind } from '../../model/kinds.ts';
import { type Appearance, type ColourBy, DEFAULT_APPEARANCE } from '../appearance/appearance.ts';
import { isLens } from '../appearance/lenses.ts';
import { TIE_CHOICES, type TieDrawing } from '../appearance/tie-drawing.ts';
import { type ComparisonChoice, isRankable } from '../changes/choice.ts';
import { type Filters, NO_FILTERS } from '../filters/filters.ts';
import { readLayoutMode, readMapSettings } from '../map/map-settings.ts';
import type { TimeWindow } from '../pipeline/declaration.ts';
import type { WorkerImportOptions } from '../pipeline/pipeline.worker.ts';
import { INITIAL_SESSION, SIDE_VIEWS, type SideView } from '../store.ts';
import { DEFAULT_STATISTICS_CHOICE, type Draft, type StatisticsChoice } from '../views/statistics/form.ts';
import {
  finite,
  flag,
  type Json,
  list,
  object,
  oneOf,
  optionalText,
  plainObject,
  ShapeError,
  text,
} from './checks.ts';
import { type CameraState, type SavedPositions, SESSION_VERSION, type Session } from './session.ts';

/** Thrown for a session written by a newer Clusterscope. */
export class NewerSessionError extends PhrasedError {
  override name = 'NewerSessionError';
  constructor(readonly found: number) {
    super(phrase('session.newer', { found, supported: SESSION_VERSION }));
  }
}

export function readSession(value: unknown, version: number = SESSION_VERSION): Session {
  if (version > SESSION_VERSION) throw new NewerSessionError(version);
  if (version < 2) return readVersion1(value);
  const entry = object(value, 'session');
  return {
    networkName: optionalText(entry.networkName, 'networkName'),
    sampleId: optionalText(entry.sampleId, 'sampleId'),
    attribution: optionalText(entry.attribution, 'attribution'),
    importOptions: readImportOptions(entry.importOptions ?? {}),
    timeWindow: readTimeWindow(entry.timeWindow),
    comparison: readComparison(entry.comparison),
    filters: readFilters(entry.filters),
    analysisSettings: readAnalysisSettings(entry.analysisSettings ?? {}),
    appearance: readAppearance(entry.appearance),
    positions:
      entry.positions === null || entry.positions === undefined ? null : readPositions(entry.positions),
    selection: list(entry.selection ?? [], 'selection').map((key, i) => text(key, `selection[${i}]`)),
    pinned: list(entry.pinned ?? [], 'pinned').map((key, i) => text(key, `pinned[${i}]`)),
    camera: readCamera(entry.camera),
    view: readView(entry.view),
    labelDensity: readLabelDensity(entry.labelDensity),
    language: isLanguage(entry.language) ? entry.language : INITIAL_SESSION.language,
    // Added within version 2: absent in older sessions, which open as they were, in the force layout.
    layoutMode: readLayoutMode(entry.layoutMode),
    mapSettings: readMapSettings(entry.mapSettings),
    statistics: readStatisticsChoice(entry.statistics),
  };
}

/**
 * The Statistics view's test and typed options. Only tests the registry has and options they
 * declare are read (so a name like "__proto__" is never copied); a test that is gone falls back
 * to the first; a typed value is kept as typed, the form checks it as it checks typing.
 */
function readStatisticsChoice(value: unknown): StatisticsChoice {
  if (value === undefined || value === null) return DEFAULT_STATISTICS_CHOICE;
  const entry = object(value, 'statistics');
  const testId =
    typeof entry.testId === 'string' && testById(entry.testId)
      ? entry.testId
      : DEFAULT_STATISTICS_CHOICE.testId;
  const saved = entry.drafts === undefined ? {} : object(entry.drafts, 'statistics.drafts');
  const drafts: Record<string, Draft> = {};
  for (const test of TESTS) {
    if (!Object.hasOwn(saved, test.id)) continue;
    const typed = object(saved[test.id], `statistics.drafts.${test.id}`);
    const draft: Record<string, string | boolean> = {};
    for (const name of Object.keys(test.options)) {
      const option = Object.hasOwn(typed, name) ? typed[name] : undefined;
      if (typeof option === 'string' || typeof option === 'boolean') draft[name] = option;
    }
    drafts[test.id] = draft;
  }
  return { testId, drafts };
}

/** A workspace state of version 1: the same settings, without time window, camera or view. */
function readVersion1(value: unknown): Session {
  const entry = object(value, 'state entry');
  const filters =
    entry.filters === null || entry.filters === undefined ? null : object(entry.filters, 'filters');
  return {
    ...INITIAL_SESSION,
    networkName: optionalText(entry.networkName, 'networkName'),
    sampleId: optionalText(entry.sampleId, 'sampleId'),
    attribution: optionalText(entry.attribution, 'attribution'),
    importOptions: readImportOptions(entry.importOptions ?? {}),
    // Years were a filter in version 1; they are the time window now.
    timeWindow: filters ? yearsOfVersion1(filters) : null,
    filters: readFilters(filters),
    analysisSettings: readAnalysisSettings(entry.analysisSettings ?? {}),
    appearance: readAppearance(entry.appearance),
    positions:
      entry.positions === null || entry.positions === undefined ? null : readPositions(entry.positions),
    selection: list(entry.selection ?? [], 'selection').map((key, i) => text(key, `selection[${i}]`)),
    camera: null,
    view: 'map',
    labelDensity: INITIAL_SESSION.labelDensity,
  };
}

function yearsOfVersion1(filters: Json): TimeWindow | null {
  const from = typeof filters.fromYear === 'number' ? filters.fromYear : null;
  const to = typeof filters.toYear === 'number' ? filters.toYear : null;
  if (from === null && to === null) return null;
  return { from: from ?? Number.MIN_SAFE_INTEGER, to: to ?? Number.MAX_SAFE_INTEGER };
}

export function readPositions(value: unknown): SavedPositions {
  const positions = object(value, 'positions');
  const keys = list(positions.keys, 'positions.keys').map((key, i) => text(key, `positions.keys[${i}]`));
  const raw = positions.xy;
  const xy =
    raw instanceof Float32Array
      ? raw
      : Array.isArray(raw) && raw.every((n) => typeof n === 'number' && Number.isFinite(n))
        ? Float32Array.from(raw)
        : null;
  if (xy === null || xy.length !== 2 * keys.length)
    throw new ShapeError('positions.xy', 'coordinates', { count: 2 * keys.length });
  return {
    keys,
    xy,
    layout: oneOf(
      positions.layout ?? 'paused',
      ['running', 'paused', 'settled'] as const,
      'positions.layout',
    ),
  };
}

/**
 * Known options are checked by type; keys added by later versions of the importer pass through
 * when they are plain JSON, so a session saved by this version re-imports the same way.
 */
export function readImportOptions(value: unknown): WorkerImportOptions {
  const options = plainObject(value, 'importOptions');
  const path = (key: string) => `importOptions.${key}`;
  if (options.delimiter !== undefined) oneOf(options.delimiter, DELIMITERS, path('delimiter'));
  if (options.decimalMark !== undefined) oneOf(options.decimalMark, ['.', ','] as const, path('decimalMark'));
  if (options.encoding !== undefined) oneOf(options.encoding, TEXT_ENCODINGS, path('encoding'));
  if (options.symmetrise !== undefined)
    oneOf(options.symmetrise, ['union', 'reciprocated'] as const, path('symmetrise'));
  if (options.mergeSimilar !== undefined) flag(options.mergeSimilar, path('mergeSimilar'));
  if (options.acceptedMerges !== undefined) {
    list(options.acceptedMerges, path('acceptedMerges')).forEach((item, i) => {
      const merge = object(item, `${path('acceptedMerges')}[${i}]`);
      text(merge.into, `${path('acceptedMerges')}[${i}].into`);
      list(merge.names, `${path('acceptedMerges')}[${i}].names`).forEach((name) => {
        text(name, `${path('acceptedMerges')}[${i}].names`);
      });
    });
  }
  return options as WorkerImportOptions;
}

export function readAnalysisSettings(value: unknown): AnalysisSettings {
  const settings = plainObject(value, 'analysisSettings');
  for (const key of ['localBy', 'groupBy'] as const)
    if (settings[key] !== undefined) text(settings[key], `analysisSettings.${key}`);
  for (const key of ['localKm', 'seed', 'sample'] as const)
    if (settings[key] !== undefined) finite(settings[key], `analysisSettings.${key}`);
  if (settings.options !== undefined) {
    // Values are checked against each measure's declaration when the analysis resolves them.
    for (const [measure, options] of Object.entries(object(settings.options, 'analysisSettings.options'))) {
      for (const [name, option] of Object.entries(object(options, `analysisSettings.options.${measure}`))) {
        if (!['number', 'boolean', 'string'].includes(typeof option))
          throw new ShapeError(`analysisSettings.options.${measure}.${name}`, 'optionValue');
      }
    }
  }
  return settings as AnalysisSettings;
}

function readTimeWindow(value: unknown): TimeWindow | null {
  if (value === null || value === undefined) return null;
  const window = object(value, 'timeWindow');
  const from = finite(window.from, 'timeWindow.from');
  const to = finite(window.to, 'timeWindow.to');
  if (from > to) throw new ShapeError('timeWindow', 'order');
  return { from, to };
}

/** The windows the Changes view compares: dropped (not refused) when they no longer fit. */
function readComparison(value: unknown): ComparisonChoice | null {
  if (!isObject(value)) return null;
  try {
    const from = readTimeWindow(value.from);
    const to = readTimeWindow(value.to);
    if (from === null || to === null) return null;
    return { from, to, rankBy: isRankable(value.rankBy) ? value.rankBy : DEFAULT_RANK_BY[0] };
  } catch (error) {
    if (error instanceof ShapeError) return null;
    throw error;
  }
}

function readCamera(value: unknown): CameraState | null {
  if (value === null || value === undefined) return null;
  const camera = object(value, 'camera');
  const state = {
    x: finite(camera.x, 'camera.x'),
    y: finite(camera.y, 'camera.y'),
    ratio: finite(camera.ratio, 'camera.ratio'),
    angle: finite(camera.angle ?? 0, 'camera.angle'),
  };
  if (state.ratio <= 0) throw new ShapeError('camera.ratio', 'positive');
  return state;
}

function readView(value: unknown): SideView {
  return (SIDE_VIEWS as readonly unknown[]).includes(value) ? (value as SideView) : 'map';
}

function readLabelDensity(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0
    ? value
    : INITIAL_SESSION.labelDensity;
}

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const texts = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

/** Filters setting by setting: what does not fit (an unknown kind, a measure that is gone) is dropped. */
export function readFilters(value: unknown): Filters {
  if (!isObject(value)) return NO_FILTERS;
  const measure = isObject(value.measure) && isOutputId(value.measure.id) ? value.measure : null;
  const bound = (bound: unknown) => (typeof bound === 'number' && Number.isFinite(bound) ? bound : null);
  const ego =
    isObject(value.ego) &&
    typeof value.ego.actor === 'string' &&
    (value.ego.depth === 1 || value.ego.depth === 2)
      ? { actor: value.ego.actor, depth: value.ego.depth as 1 | 2 }
      : null;
  return {
    actorKinds: texts(value.actorKinds).filter((kind): kind is ActorKind =>
      (ACTOR_KINDS as readonly string[]).includes(kind),
    ),
    relationKinds: texts(value.relationKinds).filter((kind): kind is RelationKind =>
      (RELATION_KINDS as readonly string[]).includes(kind),
    ),
    localities: texts(value.localities),
    minStrength: bound(value.minStrength) ?? 0,
    measure:
      measure && isOutputId(measure.id)
        ? { id: measure.id, min: bound(measure.min), max: bound(measure.max) }
        : null,
    ego,
    largestComponentOnly: value.largestComponentOnly === true,
  };
}

export function readAppearance(value: unknown): Appearance {
  if (!isObject(value)) return DEFAULT_APPEARANCE;
  const colourBy = readColourBy(value.colourBy);
  return {
    lens: isLens(value.lens) ? value.lens : DEFAULT_APPEARANCE.lens,
    colourBy: colourBy ?? DEFAULT_APPEARANCE.colourBy,
    sizeBy: isOutputId(value.sizeBy) ? value.sizeBy : DEFAULT_APPEARANCE.sizeBy,
    edgeColourBy:
      value.edgeColourBy === 'relation' || value.edgeColourBy === 'locality'
        ? value.edgeColourBy
        : DEFAULT_APPEARANCE.edgeColourBy,
    ties: readTieDrawing(value.ties),
  };
}

function readTieDrawing(value: unknown): TieDrawing {
  const defaults = DEFAULT_APPEARANCE.ties;
  if (!isObject(value)) return defaults;
  const backbone = isObject(value.backbone) ? value.backbone : {};
  const method = TIE_CHOICES.find((known) => known === backbone.method) ?? defaults.backbone.method;
  const alpha =
    typeof backbone.alpha === 'number' && backbone.alpha > 0 && backbone.alpha <= 1 ? backbone.alpha : null;
  const shared =
    Number.isInteger(backbone.sharedPartners) && (backbone.sharedPartners as number) >= 1
      ? (backbone.sharedPartners as number)
      : null;
  return {
    backbone: {
      method,
      alpha: alpha ?? defaults.backbone.alpha,
      sharedPartners: shared ?? defaults.backbone.sharedPartners,
    },
    opacityByStrength:
      typeof value.opacityByStrength === 'boolean' ? value.opacityByStrength : defaults.opacityByStrength,
  };
}

function readColourBy(value: unknown): ColourBy | null {
  if (!isObject(value)) return null;
  if (value.type === 'kind') return { type: 'kind' };
  if (value.type === 'field' && typeof value.field === 'string') return { type: 'field', field: value.field };
  if (value.type === 'measure' && isOutputId(value.id)) return { type: 'measure', id: value.id };
  return null;
}

/**
 * The session a project file carries: its `session` (version 2), or what version 1 kept in
 * `settings` and `view`. Positions of version 1 come with the file's layout, not from here.
 */
export function projectSession(project: Omit<ClusterscopeProject, 'data'>): Session {
  if (project.session !== undefined) return readSession(project.session, project.version);
  const settings = project.settings ?? {};
  const analysisSettings: AnalysisSettings = {};
  if (settings.groupBy !== undefined) analysisSettings.groupBy = settings.groupBy;
  if (settings.localBy !== undefined) analysisSettings.localBy = settings.localBy;
  if (settings.localKm !== undefined) analysisSettings.localKm = settings.localKm;
  if (settings.seed !== undefined) analysisSettings.seed = settings.seed;
  const importOptions: WorkerImportOptions = {};
  if (settings.symmetrise !== undefined) importOptions.symmetrise = settings.symmetrise;
  if (settings.mergeSimilar !== undefined) importOptions.mergeSimilar = settings.mergeSimilar;
  if (settings.acceptedMerges !== undefined) importOptions.acceptedMerges = settings.acceptedMerges;
  const filters = isObject(project.view?.filters) ? project.view.filters : null;
  return {
    ...INITIAL_SESSION,
    networkName: project.name ?? null,
    importOptions,
    timeWindow: filters ? yearsOfVersion1(filters) : null,
    filters: readFilters(filters),
    analysisSettings,
    appearance: readAppearance(project.view?.appearance),
    positions: null,
    selection: project.view?.selection ?? [],
    camera: null,
  };
}
