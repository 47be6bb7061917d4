/**
 * The catalogs, one file per area of the product and language (en/overview.json,
 * nl/overview.json, …); a file's name is the first part of its keys ("overview.size.heading").
 * Merged here at load, bundled, so nothing is fetched. The English words of the bundled samples
 * come from their manifest (samples.ts), the Dutch from nl/samples.json; the English of the formats
 * Clusterscope recognises but does not read, from io (REFUSALS), the Dutch from nl/issue.json.
 */
import { REFUSALS } from '../../io/messages.ts';
import enBrokers from './en/brokers.json';
import enCanvas from './en/canvas.json';
import enChanges from './en/changes.json';
import enCharts from './en/charts.json';
import enCli from './en/cli.json';
import enClusters from './en/clusters.json';
import enCommon from './en/common.json';
import enCompare from './en/compare.json';
import enExplorer from './en/explorer.json';
import enExport from './en/export.json';
import enField from './en/field.json';
import enFigure from './en/figure.json';
import enFilters from './en/filters.json';
import enFilterWords from './en/filterWords.json';
import enGlossary from './en/glossary.json';
import enImport from './en/import.json';
import enIssue from './en/issue.json';
import enKind from './en/kind.json';
import enLanguage from './en/language.json';
import enLegend from './en/legend.json';
import enLens from './en/lens.json';
import enLinks from './en/links.json';
import enLocality from './en/locality.json';
import enMethods from './en/methods.json';
import enOptions from './en/options.json';
import enOverview from './en/overview.json';
import enPin from './en/pin.json';
import enProfile from './en/profile.json';
import enRankings from './en/rankings.json';
import enReport from './en/report.json';
import enSession from './en/session.json';
import enTies from './en/ties.json';
import enTimeline from './en/timeline.json';
import enWorkspace from './en/workspace.json';
import nlBrokers from './nl/brokers.json';
import nlCanvas from './nl/canvas.json';
import nlChanges from './nl/changes.json';
import nlCharts from './nl/charts.json';
import nlCli from './nl/cli.json';
import nlClusters from './nl/clusters.json';
import nlCommon from './nl/common.json';
import nlCompare from './nl/compare.json';
import nlExplorer from './nl/explorer.json';
import nlExport from './nl/export.json';
import nlField from './nl/field.json';
import nlFigure from './nl/figure.json';
import nlFilters from './nl/filters.json';
import nlFilterWords from './nl/filterWords.json';
import nlGlossary from './nl/glossary.json';
import nlImport from './nl/import.json';
import nlIssue from './nl/issue.json';
import nlKind from './nl/kind.json';
import nlLanguage from './nl/language.json';
import nlLegend from './nl/legend.json';
import nlLens from './nl/lens.json';
import nlLinks from './nl/links.json';
import nlLocality from './nl/locality.json';
import nlMethods from './nl/methods.json';
import nlOptions from './nl/options.json';
import nlOverview from './nl/overview.json';
import nlPin from './nl/pin.json';
import nlProfile from './nl/profile.json';
import nlRankings from './nl/rankings.json';
import nlReport from './nl/report.json';
import nlSamples from './nl/samples.json';
import nlSession from './nl/session.json';
import nlTies from './nl/ties.json';
import nlTimeline from './nl/timeline.json';
import nlWorkspace from './nl/workspace.json';
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
    glossary: enGlossary,
    import: enImport,
    issue: { ...enIssue, refusal: REFUSALS },
    kind: enKind,
    language: enLanguage,
    legend: enLegend,
    lens: enLens,
    links: enLinks,
    locality: enLocality,
    methods: enMethods,
    options: enOptions,
    overview: enOverview,
    pin: enPin,
    profile: enProfile,
    rankings: enRankings,
    report: enReport,
    samples: samplesInEnglish(),
    session: enSession,
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
    glossary: nlGlossary,
    import: nlImport,
    issue: nlIssue,
    kind: nlKind,
    language: nlLanguage,
    legend: nlLegend,
    lens: nlLens,
    links: nlLinks,
    locality: nlLocality,
    methods: nlMethods,
    options: nlOptions,
    overview: nlOverview,
    pin: nlPin,
    profile: nlProfile,
    rankings: nlRankings,
    report: nlReport,
    samples: nlSamples,
    session: nlSession,
    ties: nlTies,
    timeline: nlTimeline,
    workspace: nlWorkspace,
  },
};
