/**
 * `clusterscope suggest`: missing links for one actor or across the network, each with its
 * reason in words, as the explorer's Links view gives them (the same suggester, the same
 * communities, the same locality rule), written as CSV.
 */
import { parseArgs } from 'node:util';
import { buildAnalysisInput } from '../analysis/input.ts';
import {
  LINK_SUGGESTION_OPTIONS,
  type LinkQuery,
  LinkSuggester,
  linkSuggestions,
  placeLinks,
} from '../analysis/link-suggester.ts';
import { localityRule } from '../analysis/locality.ts';
import { resolveOptions } from '../analysis/options.ts';
import { measureById } from '../analysis/registry.ts';
import { runAnalysis } from '../analysis/runner.ts';
import { measureOptions } from '../analysis/settings.ts';
import { say } from '../i18n/i18n.ts';
import { importFiles, writeLinksCsv } from '../io/index.ts';
import { actorKey } from '../model/ecosystem.ts';
import { isRelationKind, RELATION_KINDS, type RelationKind } from '../model/kinds.ts';
import {
  ANALYSIS_FLAGS,
  analysisSettingsFrom,
  analysisUsage,
  numberFlag,
  timeWindowFrom,
} from './analysis-flags.ts';
import { type Command, EXIT_NOTHING_USABLE, EXIT_OK, UsageError } from './command.ts';
import { readSourceFiles } from './files.ts';
import { formatReport } from './format-report.ts';
import { networkInWindow } from './full-import.ts';
import { IMPORT_FLAGS, importOptionsFrom, importUsage } from './import-options.ts';
import { orList } from './language.ts';
import { checkOutputPath, writeOutput } from './output-paths.ts';

export const command: Command = {
  name: 'suggest',
  usage: ({ t, language }) =>
    t('cli.usage.suggest', {
      top: LINK_SUGGESTION_OPTIONS.limit.default,
      scorers: orList(language, LINK_SUGGESTION_OPTIONS.scorer.choices),
      scorer: LINK_SUGGESTION_OPTIONS.scorer.default,
      analysisOptions: analysisUsage(t),
      importOptions: importUsage(t),
    }),
  async run(args, output, wording) {
    const { t, language } = wording;
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        actor: { type: 'string' },
        top: { type: 'string' },
        'rank-by': { type: 'string' },
        through: { type: 'string' },
        out: { type: 'string' },
        quiet: { type: 'boolean' },
        ...ANALYSIS_FLAGS,
        ...IMPORT_FLAGS,
      },
    });
    if (positionals.length === 0) throw new UsageError('cli.error.noFiles');
    const settings = analysisSettingsFrom(values);
    const options = resolveOptions(linkSuggestions, {
      ...settings.options?.[linkSuggestions.id],
      ...(values.top !== undefined ? { limit: numberFlag('--top', values.top, 1) as number } : {}),
      ...(values['rank-by'] !== undefined ? { scorer: values['rank-by'] } : {}),
    });
    if (values['rank-by'] !== undefined && options.scorer !== values['rank-by'])
      throw new UsageError('cli.error.rankBy', {
        scorers: orList(language, LINK_SUGGESTION_OPTIONS.scorer.choices),
      });
    if (values.top !== undefined && options.limit !== Number(values.top))
      throw new UsageError('cli.error.top');
    const relationKinds = relationKindsFrom(values.through);
    const log = values.quiet ? () => {} : output.stderr;

    const window = timeWindowFrom(values); // a wrong --at or --window is a usage error before any file is read
    if (values.out !== undefined) await checkOutputPath('--out', values.out);
    const files = await readSourceFiles(positionals);
    const imported = await importFiles(files, importOptionsFrom(values));
    const { report } = imported;
    log(formatReport(report, wording));
    if (report.outcome.status === 'failed') return EXIT_NOTHING_USABLE;
    const ecosystem = networkInWindow(imported.ecosystem, window, log, wording);
    if (ecosystem.order === 0) return EXIT_NOTHING_USABLE;
    const actor = values.actor === undefined ? null : actorKey(values.actor);
    if (actor !== null && !ecosystem.hasNode(actor))
      throw new UsageError('cli.error.noActor', { id: values.actor ?? '' });

    // Bridges need the communities, computed exactly as `analyze` computes them.
    const communities = measureById('communities');
    const analysis = runAnalysis(buildAnalysisInput(ecosystem), {
      measures: communities ? [communities] : [],
      options: measureOptions(settings),
    });
    const suggester = new LinkSuggester(ecosystem, analysis.columns.community ?? null);
    const query: LinkQuery = {
      scorer: options.scorer as LinkQuery['scorer'],
      limit: options.limit,
      relationKinds,
    };
    const links = actor === null ? suggester.forNetwork(query) : suggester.forActor(actor, query);
    const csv = writeLinksCsv(placeLinks(ecosystem, links, localityRule(settings)), (link) =>
      say(t, link.reason),
    );
    if (values.out !== undefined) await writeOutput('--out', values.out, csv);
    else output.stdout(csv);
    log(
      `${t('cli.log.suggestions', { count: links.length, actor: values.actor ?? '', forActor: actor === null ? 'no' : 'yes' })}\n`,
    );
    return EXIT_OK;
  },
};

function relationKindsFrom(text: string | undefined): RelationKind[] | null {
  if (text === undefined) return null;
  const kinds = text
    .split(',')
    .map((kind) => kind.trim())
    .filter(Boolean);
  const unknown = kinds.filter((kind) => !isRelationKind(kind));
  if (unknown.length > 0 || kinds.length === 0)
    throw new UsageError('cli.error.through', {
      given: unknown.length > 0 ? 'yes' : 'no',
      unknown: unknown.join(', '),
      kinds: RELATION_KINDS.join(', '),
    });
  return kinds as RelationKind[];
}
