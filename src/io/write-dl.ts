/**
 * UCINET DL export: `format = edgelist1` with the actors' labels listed (quoted) and one line
 * `row column value` per tie, values being strengths. A mutual relation is written both ways,
 * as a DL matrix holds it; each relation kind is its own matrix (`nm=`, named by `matrix
 * labels:`, matrices separated by `!`). Labels two actors share get the actor's id added, since
 * DL names actors by label only.
 */
import { actorId, type Ecosystem, TYPE_FIELD } from '../model/ecosystem.ts';

export function writeDl(ecosystem: Ecosystem): string {
  const keys = ecosystem.nodes();
  const number = new Map(keys.map((key, i) => [key, i + 1]));
  const labels = uniqueLabels(ecosystem);
  const matrices = new Map<string, string[]>();
  ecosystem.forEachEdge((_edge, attributes, source, target) => {
    const type = attributes.kind === 'other' ? attributes.fields[TYPE_FIELD] : undefined;
    const name = typeof type === 'string' && type !== '' ? type : attributes.kind;
    const lines = matrices.get(name) ?? [];
    matrices.set(name, lines);
    const strength = Number.isFinite(attributes.strength) ? String(attributes.strength) : '1';
    lines.push(`${number.get(source)} ${number.get(target)} ${strength}`);
    if (!attributes.directed) lines.push(`${number.get(target)} ${number.get(source)} ${strength}`);
  });
  const names = [...matrices.keys()];
  const several = names.length > 1 || names.some((name) => name !== 'other');
  const out = [
    `dl n=${keys.length}${names.length > 1 ? ` nm=${names.length}` : ''}`,
    'format = edgelist1',
    'labels:',
  ];
  for (let i = 0; i < labels.length; i += 8)
    out.push(
      labels
        .slice(i, i + 8)
        .map((label) => `"${label}"`)
        .join(','),
    );
  if (several) out.push('matrix labels:', names.map((name) => `"${dlLabel(name)}"`).join(','));
  out.push('data:');
  names.forEach((name, k) => {
    if (k > 0) out.push('!');
    for (const line of matrices.get(name) ?? []) out.push(line);
  });
  return `${out.join('\r\n')}\r\n`;
}

/** Labels as DL can hold them, unique: a repeated label gets its actor's id in brackets. */
function uniqueLabels(ecosystem: Ecosystem): string[] {
  const counts = new Map<string, number>();
  ecosystem.forEachNode((_key, attributes) => {
    const label = dlLabel(attributes.label);
    counts.set(label, (counts.get(label) ?? 0) + 1);
  });
  return ecosystem.mapNodes((key, attributes) => {
    const label = dlLabel(attributes.label);
    return (counts.get(label) ?? 0) > 1 ? `${label} [${dlLabel(actorId(key))}]` : label;
  });
}

function dlLabel(text: string): string {
  return text.replace(/"/g, "'").replace(/[\r\n\t]+/g, ' ');
}
