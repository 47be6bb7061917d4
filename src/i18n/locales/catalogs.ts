/**
 * The catalogs, one file per area of the product and language (en/overview.json,
 * nl/overview.json, …); a file's name is the first part of its keys ("overview.size.heading").
 * Merged here at load, bundled, so nothing is fetched. The English words of the bundled samples
 * come from their manifest (samples.ts), the Dutch from nl/samples.json; the English of the formats
 * Clusterscope recognises but does not read, from io (REFUSALS), the Dutch from nl/issue.json.
 */
import { REFUSALS } from '../../io/messages.ts';
import enBrokers from './en/brokers.json' with { type: 'json' };
import enCanvas from './en/canvas.json' with { type: 'json' };
import enChanges from './en/changes.json' with { type: 'json' };
import enCharts from './en/charts.json' with { type: 'json' };
import enCli from './en/cli.json' with { type: 'json' };
import enClusters from './en/clusters.json' with { type: 'json' };
import enCommon from './en/common.json' with { type: 'json' };
import enCompare from './en/compare.json' with { type: 'json' };
import enExplorer from './en/explorer.json' with { type: 'json' };
import enExport from './en/export.json' with { type: 'json' };
import enField from './en/field.json' with { type: 'json' };
import enFigure from './en/figure.json' with { type: 'json' };
import enFilters from './en/filters.json' with { type: 'json' };
import enFilterWords from './en/filterWords.json' with { type: 'json' };
import enGeography from './en/geography.json' with { type: 'json' };
import enGlossary from './en/glossary.json' with { type: 'json' };
import enImport from './en/import.json' with { type: 'json' };
import enIssue from './en/issue.json' with { type: 'json' };
import enKind from './en/kind.json' with { type: 'json' };
import enLanguage from './en/language.json' with { type: 'json' };
import enLegend from './en/legend.json' with { type: 'json' };
import enLens from './en/lens.json' with { type: 'json' };
import enLinks from './en/links.json' with { type: 'json' };
import enLocality from './en/locality.json' with { type: 'json' };
import enMap from './en/map.json' with { type: 'json' };
import enMethods from './en/methods.json' with { type: 'json' };
import enOptions from './en/options.json' with { type: 'json' };
import enOverview from './en/overview.json' with { type: 'json' };
import enPin from './en/pin.json' with { type: 'json' };
import enPlacement from './en/placement.json' with { type: 'json' };
import enProfile from './en/profile.json' with { type: 'json' };
import enRankings from './en/rankings.json' with { type: 'json' };
import enReport from './en/report.json' with { type: 'json' };
import enSession from './en/session.json' with { type: 'json' };
import enStatistics from './en/statistics.json' with { type: 'json' };
import enTies from './en/ties.json' with { type: 'json' };
import enTimeline from './en/timeline.json' with { type: 'json' };
import enWorkspace from './en/workspace.json' with { type: 'json' };
import nlBrokers from './nl/brokers.json' with { type: 'json' };
import nlCanvas from './nl/canvas.json' with { type: 'json' };
import nlChanges from './nl/changes.json' with { type: 'json' };
import nlCharts from './nl/charts.json' with { type: 'json' };
import nlCli from './nl/cli.json' with { type: 'json' };
import nlClusters from './nl/clusters.json' with { type: 'json' };
import nlCommon from './nl/common.json' with { type: 'json' };
import nlCompare from './nl/compare.json' with { type: 'json' };
import nlExplorer from './nl/explorer.json' with { type: 'json' };
import nlExport from './nl/export.json' with { type: 'json' };
import nlField from './nl/field.json' with { type: 'json' };
import nlFigure from './nl/figure.json' with { type: 'json' };
import nlFilters from './nl/filters.json' with { type: 'json' };
import nlFilterWords from './nl/filterWords.json' with { type: 'json' };
import nlGeography from './nl/geography.json' with { type: 'json' };
import nlGlossary from './nl/glossary.json' with { type: 'json' };
import nlImport from './nl/import.json' with { type: 'json' };
import nlIssue from './nl/issue.json' with { type: 'json' };
import nlKind from './nl/kind.json' with { type: 'json' };
import nlLanguage from './nl/language.json' with { type: 'json' };
import nlLegend from './nl/legend.json' with { type: 'json' };
import nlLens from './nl/lens.json' with { type: 'json' };
import nlLinks from './nl/links.json' with { type: 'json' };
import nlLocality from './nl/locality.json' with { type: 'json' };
import nlMap from './nl/map.json' with { type: 'json' };
import nlMethods from './nl/methods.json' with { type: 'json' };
import nlOptions from './nl/options.json' with { type: 'json' };
import nlOverview from './nl/overview.json' with { type: 'json' };
import nlPin from './nl/pin.json' with { type: 'json' };
import nlPlacement from './nl/placement.json' with { type: 'json' };
import nlProfile from './nl/profile.json' with { type: 'json' };
import nlRankings from './nl/rankings.json' with { type: 'json' };
import nlReport from './nl/report.json' with { type: 'json' };
import nlSamples from './nl/samples.json' with { type: 'json' };
import nlSession from './nl/session.json' with { type: 'json' };
import nlStatistics from './nl/statistics.json' with { type: 'json' };
import nlTies from './nl/ties.json' with { type: 'json' };
import nlTimeline from './nl/timeline.json' with { type: 'json' };
import nlWorkspace from './nl/workspace.json' with { type: 'json' };
import { samplesInEnglish } from './samples.ts';

type Catalog = { [key: string]: string | Catalog };

export const CATALOGS: Record<'en' | 'nl', Record<string, Catalog>> = {
  en: {
    brokers: enBrokers,
    canvas: enCanvas,
    changes: enChanges,
    charts: enCharts,
    cli: enCli,
    clusters: enClusters,
    common: enCommon,
    compare: enCompare,
    explorer: enExplorer,
    export: enExport,
    field: enField,
    figure: enFigure,
    filterWords: enFilterWords,
    filters: enFilters,
    geography: enGeography,
    glossary: enGlossary,
    import: enImport,
    issue: { ...enIssue, refusal: REFUSALS },
    kind: enKind,
    language: enLanguage,
    legend: enLegend,
    lens: enLens,
    links: enLinks,
    locality: enLocality,
    map: enMap,
    methods: enMethods,
    options: enOptions,
    overview: enOverview,
    placement: enPlacement,
    pin: enPin,
    profile: enProfile,
    rankings: enRankings,
    report: enReport,
    samples: samplesInEnglish(),
    session: enSession,
    statistics: enStatistics,
    ties: enTies,
    timeline: enTimeline,
    workspace: enWorkspace,
  },
  nl: {
    brokers: nlBrokers,
    canvas: nlCanvas,
    changes: nlChanges,
    charts: nlCharts,
    cli: nlCli,
    clusters: nlClusters,
    common: nlCommon,
    compare: nlCompare,
    explorer: nlExplorer,
    export: nlExport,
    field: nlField,
    figure: nlFigure,
    filterWords: nlFilterWords,
    filters: nlFilters,
    geography: nlGeography,
    glossary: nlGlossary,
    import: nlImport,
    issue: nlIssue,
    kind: nlKind,
    language: nlLanguage,
    legend: nlLegend,
    lens: nlLens,
    links: nlLinks,
    locality: nlLocality,
    map: nlMap,
    methods: nlMethods,
    options: nlOptions,
    overview: nlOverview,
    placement: nlPlacement,
    pin: nlPin,
    profile: nlProfile,
    rankings: nlRankings,
    report: nlReport,
    samples: nlSamples,
    session: nlSession,
    statistics: nlStatistics,
    ties: nlTies,
    timeline: nlTimeline,
    workspace: nlWorkspace,
  },
};
