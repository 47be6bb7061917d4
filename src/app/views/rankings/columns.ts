/**
 * The rankings' columns: the actor's label and kind, then every registry output in registry
 * order (the CLI's column order), limited to the outputs the analysis has produced.
 */
import type { OutputId, RegisteredMeasure } from '../../../analysis/registry.ts';
import type { MeasureFamily, OutputSpec } from '../../../analysis/types.ts';
import type { Translate } from '../../../i18n/i18n.ts';
import { outputLabel } from '../../../i18n/registry-texts.ts';

export type RankingColumn =
  | { readonly type: 'label'; readonly id: 'label' }
  | { readonly type: 'kind'; readonly id: 'kind' }
  | {
      readonly type: 'measure';
      readonly id: OutputId;
      readonly family: MeasureFamily;
      readonly output: OutputSpec<OutputId>;
    };

export const LABEL_COLUMN: RankingColumn = { type: 'label', id: 'label' };
export const KIND_COLUMN: RankingColumn = { type: 'kind', id: 'kind' };

/** A column's header in words; its id (the CSV and CLI column name) stays English. */
export function columnLabel(t: Translate, column: RankingColumn): string {
  if (column.type === 'label') return t('rankings.column.actor');
  if (column.type === 'kind') return t('rankings.column.kind');
  return outputLabel(t, column.id);
}

/**
 * Shown until the user chooses otherwise: the measures that answer "who is central, who
 * brokers, who opens the region to outside knowledge, which group is it in".
 */
export const DEFAULT_COLUMN_IDS: readonly string[] = [
  'label',
  'kind',
  'degree',
  'betweenness',
  'closeness',
  'eigenvector',
  'pagerank',
  'constraint',
  'effective_size',
  'brokerage_total',
  'gatekeeper',
  'ei_index',
  'community',
];

export function rankingColumns(
  measures: readonly RegisteredMeasure[],
  hasOutput: (id: OutputId) => boolean,
): RankingColumn[] {
  const measureColumns = measures.flatMap((measure) =>
    measure.outputs
      .filter((output) => hasOutput(output.id))
      .map((output): RankingColumn => ({ type: 'measure', id: output.id, family: measure.family, output })),
  );
  return [LABEL_COLUMN, KIND_COLUMN, ...measureColumns];
}

/** The chosen columns in table order; the label always stays, so every row names its actor. */
export function visibleColumns(
  columns: readonly RankingColumn[],
  chosen: ReadonlySet<string>,
): RankingColumn[] {
  return columns.filter((column) => column.type === 'label' || chosen.has(column.id));
}

export interface ColumnGroup {
  readonly family: MeasureFamily;
  readonly columns: readonly RankingColumn[];
}

/** Measure columns by family, families in the order the registry first names them. */
export function columnsByFamily(columns: readonly RankingColumn[]): ColumnGroup[] {
  const groups = new Map<MeasureFamily, RankingColumn[]>();
  for (const column of columns) {
    if (column.type !== 'measure') continue;
    const group = groups.get(column.family) ?? [];
    group.push(column);
    groups.set(column.family, group);
  }
  return [...groups].map(([family, grouped]) => ({ family, columns: grouped }));
}
