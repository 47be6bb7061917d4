/**
 * The network for other analysis tools, written in the browser: Pajek (a zip of the .net with
 * partitions for communities and kinds and vectors for the main measures, as Pajek users load
 * them), UCINET DL and GML, with the positions on screen where the format holds them.
 */
import { strToU8, zipSync } from 'fflate';
import { writeDl, writeGml, writePajek } from '../../io/index.ts';
import { actorId } from '../../model/ecosystem.ts';
import { download } from '../download.ts';
import { fileSafeName } from '../file-names.ts';
import { useExplorer } from '../store.ts';
import { measureColumns } from './exports.ts';

/** Measures written as Pajek vectors when they were computed. */
const VECTORS = ['degree', 'weighted_degree', 'betweenness', 'closeness', 'pagerank', 'constraint'];

function baseName(): string {
  return fileSafeName(useExplorer.getState().networkName);
}

function positions(): Map<string, { x: number; y: number }> {
  const placed = new Map<string, { x: number; y: number }>();
  useExplorer.getState().display?.graph.forEachNode((key, node) => {
    placed.set(actorId(key), { x: node.x, y: node.y });
  });
  return placed;
}

export function exportPajek(): void {
  const { ecosystem } = useExplorer.getState();
  if (!ecosystem) return;
  const ids = ecosystem.nodes().map(actorId);
  const columns = new Map(measureColumns().map((column) => [column.name, column.values]));
  const byActor = (values: ArrayLike<number>) => new Map(ids.map((id, i) => [id, values[i]]));
  const community = columns.get('community');
  const written = writePajek(ecosystem, {
    positions: positions(),
    partitions: [
      ...(community ? [{ name: 'community', values: byActor(community) }] : []),
      {
        name: 'kind',
        values: new Map(ecosystem.mapNodes((key, attributes) => [actorId(key), attributes.kind])),
      },
    ],
    vectors: VECTORS.flatMap((name) => {
      const values = columns.get(name);
      return values ? [{ name, values: byActor(values) }] : [];
    }),
  });
  const base = baseName();
  const files: Record<string, Uint8Array> = { [`${base}.net`]: strToU8(written.net) };
  for (const { name, text } of written.partitions) files[`${base}-${name}.clu`] = strToU8(text);
  for (const { name, text } of written.vectors) files[`${base}-${name}.vec`] = strToU8(text);
  const zip = zipSync(files);
  download(`${base}-pajek.zip`, new Blob([zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' }));
}

export function exportDl(): void {
  const { ecosystem } = useExplorer.getState();
  if (ecosystem) download(`${baseName()}.dl`, writeDl(ecosystem));
}

export function exportGml(): void {
  const { ecosystem } = useExplorer.getState();
  if (ecosystem) download(`${baseName()}.gml`, writeGml(ecosystem, { positions: positions() }));
}
