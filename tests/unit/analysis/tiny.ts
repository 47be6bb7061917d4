/** Small hand-made networks for unit tests: actors as [id, kind, fields?], ties as [source, target, strength?]. */
import { buildAnalysisInput } from '../../../src/analysis/input.ts';
import type { AnalysisInput } from '../../../src/analysis/types.ts';
import { buildEcosystem } from '../../../src/model/ecosystem.ts';
import type { FieldValue } from '../../../src/model/fields.ts';

type ActorRow = readonly [string, string, Record<string, FieldValue>?];
type TieRow = readonly [string, string, number?, boolean?];

export function inputOf(actors: readonly ActorRow[], ties: readonly TieRow[]): AnalysisInput {
  const { ecosystem } = buildEcosystem({
    actors: actors.map(([id, kind, fields]) => ({ id, kind, fields })),
    relations: ties.map(([source, target, strength, directed]) => ({
      source,
      target,
      strength: strength ?? 1,
      directed: directed ?? false,
      kind: directed ? 'supply' : 'cooperation',
    })),
  });
  return buildAnalysisInput(ecosystem);
}
