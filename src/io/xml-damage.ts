/** The issue for an XML graph file that was cut off or broken: where, and what was kept. */
import type { ImportIssue } from '../model/issues.ts';
import type { GraphReading } from './graph-records.ts';
import { issue } from './issue.ts';
import type { XmlDamage } from './xml.ts';

export function xmlDamageIssue(
  damage: XmlDamage,
  format: string,
  file: string,
  reading: GraphReading,
): ImportIssue {
  const kept = { actors: reading.actors.length, relations: reading.relations.length };
  if (damage.kind === 'truncated')
    return issue(
      'error',
      'truncated-file',
      { line: damage.line, element: damage.detail, ...kept },
      { file, row: damage.line },
    );
  return issue(
    'error',
    'invalid-file',
    {
      format,
      reason: `${damage.detail.replace(/\.$/, '')} (line ${damage.line}). What came before that line is kept: ${kept.actors} actors, ${kept.relations} relations.`,
      reasonCode: 'damaged',
      detail: damage.detail.replace(/\.$/, ''),
      line: damage.line,
      ...kept,
    },
    { file, row: damage.line },
  );
}
