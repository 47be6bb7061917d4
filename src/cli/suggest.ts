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
import { say, wordingFor } from '../i18n/i18n.ts';
import { importFiles, writeLinksCsv } from '../io/index.ts';
import { actorKey } from '../model/ecosystem.ts';
import { isRelationKind, type RelationKind } from '../model/kinds.ts';
import {
  ANALYSIS_FLAGS,
  ANALYSIS_USAGE,
  analysisSettingsFrom,
  networkInWindow,
  numberFlag,
  timeWindowFrom,
} from './analysis-flags.ts';
import { type Command, EXIT_NOTHING_USABLE, EXIT_OK, UsageError } from './command.ts';
import { readSourceFiles } from './files.ts';
import { formatReport } from './format-report.ts';
import { IMPORT_FLAGS, IMPORT_USAGE, importOptionsFrom } from './import-options.ts';
import { checkOutputPath, writeOutput } from './output-paths.ts';

const usage = `Usage: clusterscope suggest <file> [<file>…] [options]

Imports the files like \`inspect\` and suggests ties that do not exist yet — pairs with shared
partners (ranked by Adamic–Adar or resource allocation), bridges between communities, a
knowledge institution for a firm without one, a step toward the frontier — each with its
reason in words. Writes one row per suggestion:
source_id,source_label,target_id,target_label,kind,adamic_adar,resource_allocation,
common_partners,steps,local,distance_km,reason,via_ids

Options:
  --actor ID             suggestions for this actor only (default: across the network)
  --top K                at most K suggestions of each kind (default: ${LINK_SUGGESTION_OPTIONS.limit.default})
  --rank-by SCORER       ${LINK_SUGGESTION_OPTIONS.scorer.choices.join(' or ')} (default: ${LINK_SUGGESTION_OPTIONS.scorer.default})
  --through KINDS        count shared partners only through these relation kinds, comma-separated
  --out FILE             write the suggestions to FILE (default: standard output)
  --quiet                no import report on standard error
${ANALYSIS_USAGE}
${IMPORT_USAGE}
  -h, --help             show this help
`;

export const command: Command = {
  name: 'suggest',
  summary: 'suggest missing links, each with its reason',
  usage,
  async run(args, output) {
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
    if (positionals.length === 0) throw new UsageError('name at least one file');
    const settings = analysisSettingsFrom(values);
    const options = resolveOptions(linkSuggestions, {
      ...settings.options?.[linkSuggestions.id],
      ...(values.top !== undefined ? { limit: numberFlag('--top', values.top, 1) as number } : {}),
      ...(values['rank-by'] !== undefined ? { scorer: values['rank-by'] } : {}),
    });
    if (values['rank-by'] !== undefined && options.scorer !== values['rank-by'])
      throw new UsageError(`--rank-by must be ${LINK_SUGGESTION_OPTIONS.scorer.choices.join(' or ')}`);
    if (values.top !== undefined && options.limit !== Number(values.top))
      throw new UsageError('--top must be a whole number ≥ 1');
    const relationKinds = relationKindsFrom(values.through);
    const log = values.quiet ? () => {} : output.stderr;

    timeWindowFrom(values); // a wrong --at or --window is a usage error before any file is read
    if (values.out !== undefined) await checkOutputPath('--out', values.out);
    const files = await readSourceFiles(positionals);
    const imported = await importFiles(files, importOptionsFrom(values));
    const { report } = imported;
    log(formatReport(report));
    if (report.outcome.status === 'failed') return EXIT_NOTHING_USABLE;
    const ecosystem = networkInWindow(imported.ecosystem, values, log);
    if (ecosystem.order === 0) return EXIT_NOTHING_USABLE;
    const actor = values.actor === undefined ? null : actorKey(values.actor);
    if (actor !== null && !ecosystem.hasNode(actor))
      throw new UsageError(`no actor with id "${values.actor}" in the files`);

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
    const { t } = wordingFor('en');
    const csv = writeLinksCsv(placeLinks(ecosystem, links, localityRule(settings)), (link) =>
      say(t, link.reason),
    );
    if (values.out !== undefined) await writeOutput('--out', values.out, csv);
    else output.stdout(csv);
    log(`${links.length} suggestions${actor === null ? ' across the network' : ` for ${values.actor}`}\n`);
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
    throw new UsageError(
      `--through takes relation kinds separated by commas (unknown: ${unknown.join(', ') || 'none given'})`,
    );
  return kinds as RelationKind[];
}
