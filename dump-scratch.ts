import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { importFiles } from '/work/wt-15/src/io/index.ts';
const files = process.argv.slice(2).map((p) => ({ name: basename(p), bytes: new Uint8Array(readFileSync(p)) }));
const { ecosystem, report, layout } = await importFiles(files);
ecosystem.forEachNode((k, a) => console.log('N', JSON.stringify(k), a.label, a.kind, JSON.stringify(a.fields), JSON.stringify(layout.positions.get(k) ?? null)));
ecosystem.forEachEdge((e, a, s, t) => console.log('E', s, a.directed ? '->' : '--', t, a.kind, a.strength, JSON.stringify(a.fields)));
console.log(report.outcome.status, report.files.map((f) => `${f.name} ${f.format} ${f.rows}/${f.kept}/${f.leftOut}`).join(' | '));
for (const i of report.issues.slice(0, 8)) console.log(' ', i.severity, i.code, i.row ?? '', i.message);
