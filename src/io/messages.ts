/**
 * The sentences io/ reports, one per issue code, in one place: an issue carries its code and
 * parameters, and its English message is made here, so a catalog (English, Dutch) can say the
 * same from the same code and parameters. Add a code here before raising it.
 */

export type MessageParams = Record<string, string | number>;

const s = (count: number | string, one: string, many: string) => (Number(count) === 1 ? one : many);

export const MESSAGES = {
  // Reading text
  'invalid-bytes': (p: MessageParams) =>
    `${p.count} ${s(p.count, 'byte is', 'bytes are')} not valid ${p.encoding} here; shown as "\ufffd". The rest of the file is read as ${p.encoding}.`,
  'stray-quote': () =>
    'A quote in this row never closes (or swallows the rows after it); it is read as a literal character and the row is read from its own line.',
  'text-after-quote': () => 'Text follows a closing quote in this row; the cell is kept as written.',
  'extra-cells': (p: MessageParams) =>
    `This row has ${p.extra} ${s(p.extra, 'cell', 'cells')} beyond the last named column, kept as ${p.columns}. A delimiter inside an unquoted name?`,
  // Formats
  'unknown-format': (p: MessageParams) =>
    `Cannot tell what this file is${p.seen ? ` (it starts with ${p.seen})` : ''}. Clusterscope reads ${p.understood}.`,
  'unsupported-format': (p: MessageParams) =>
    `This is ${p.format}, which Clusterscope does not read. ${p.advice}`,
  'invalid-file': (p: MessageParams) => `Cannot read the file as ${p.format}: ${p.reason}`,
  'truncated-file': (p: MessageParams) =>
    `The file ends early, at line ${p.line}, inside <${p.element}>: it was cut off. What came before is kept (${p.actors} actors, ${p.relations} relations).`,
  'not-a-graph': (p: MessageParams) =>
    `This ${p.format} file holds no network: ${p.reason}. Clusterscope reads ${p.understood}.`,
  // Tables
  'unknown-table': (p: MessageParams) =>
    `Cannot tell what this table holds: its header (${p.header}) names no id or name, no source and target, no respondent and partner. Left out.`,
  'headerless-edge-list': (p: MessageParams) =>
    `This table has no header; its ${p.columns} columns are read as ${p.fields}.`,
  // Graph files
  'unreadable-line': (p: MessageParams) =>
    `Cannot read this line of the ${p.format} file (${p.reason}); left out.`,
  'unknown-vertex': (p: MessageParams) =>
    `"${p.vertex}" is not a vertex of this network; the relation is left out.`,
  'missing-endpoint-element': (p: MessageParams) => `${p.element} #${p.index} has no ${p.missing}; left out.`,
  'missing-actor-element': (p: MessageParams) => `${p.element} #${p.index} has no id; left out.`,
  'flattened-group': (p: MessageParams) =>
    `${p.count} ${s(p.count, 'actor sits', 'actors sit')} inside groups or nested graphs; the group is kept as the field "${p.field}".`,
  hyperedge: (p: MessageParams) =>
    `A hyperedge joins ${p.ends} actors; hyperedges are not relations between two actors and are left out.`,
  'ignored-code': (p: MessageParams) =>
    `The file holds ${p.what}; code in a data file is never run, so it is left out.`,
  'partition-without-network': (p: MessageParams) =>
    `This Pajek ${p.kind} has ${p.count} values but no network with ${p.count} vertices was opened with it; open it together with its .net file.`,
  'partition-size': (p: MessageParams) =>
    `This Pajek ${p.kind} has ${p.count} values for a network of ${p.vertices} vertices; left out.`,
  'matrix-shape': (p: MessageParams) =>
    `The matrix row has ${p.found} values where ${p.expected} were expected; the missing ones are read as 0.`,
  'unknown-edge-type': (p: MessageParams) =>
    `Edge type "${p.type}" is not directed or undirected; read as undirected.`,
  // Workbooks and archives
  'archive-too-large': (p: MessageParams) =>
    `This archive unpacks to ${p.size} MB${p.declared ? ` (it declares ${p.declared} MB)` : ''}, more than the limit of ${p.limit} MB: a damaged file or a zip bomb. If you trust it, raise the limit (${p.option}).`,
  'archive-lies': (p: MessageParams) =>
    `The archive entry "${p.entry}" unpacks to more than the ${p.declared} bytes it declares: the file is damaged or hostile, and is not read.`,
  'sheet-too-sparse': (p: MessageParams) =>
    `Sheet "${p.sheet}" reaches cell ${p.cell}, which would make ${p.cells} cells to read; delete the stray cells far from the data and save again.`,
  'hidden-sheet': (p: MessageParams) =>
    `Sheet "${p.sheet}" is hidden in the workbook; it is left out. Unhide it in Excel to import it.`,
  'unreadable-workbook': (p: MessageParams) => `Cannot read the workbook: ${p.reason}`,
  // Outcome
  'import-failed': (p: MessageParams) => `Nothing usable was read: ${p.cause}`,
  'relations-unreadable': (p: MessageParams) =>
    `${p.leftOut} of ${p.rows} relation rows could not be read${p.reason ? ` (mostly: ${p.reason})` : ''}.`,
} satisfies Record<string, (params: MessageParams) => string>;

export type MessageCode = keyof typeof MESSAGES;

/** What each format Clusterscope recognises but does not read is, and how to convert it. */
export const REFUSALS: Record<string, { name: string; advice: string }> = {
  xls: {
    name: 'an Excel 97–2003 workbook (.xls)',
    advice: 'Open it in Excel or LibreOffice and save it as .xlsx (Excel Workbook) or as CSV.',
  },
  'encrypted-workbook': {
    name: 'a password-protected (encrypted) workbook',
    advice:
      'Open it in Excel with its password, remove the password (File › Info › Protect Workbook › Encrypt with Password) and save it again.',
  },
  ods: {
    name: 'an OpenDocument spreadsheet (.ods)',
    advice: 'Open it in LibreOffice or Excel and save it as .xlsx or CSV.',
  },
  'gephi-project': {
    name: 'a Gephi project (.gephi)',
    advice: 'Open it in Gephi and export the graph as GEXF (File › Export › Graph file).',
  },
  dot: {
    name: 'a Graphviz DOT file',
    advice:
      'Convert it to GraphML or GEXF, for example with NetworkX (nx.nx_agraph.read_dot, then nx.write_graphml) or by opening it in Gephi.',
  },
  'graph-tool-binary': {
    name: 'a graph-tool binary graph (.gt)',
    advice: 'Save it as GraphML from graph-tool: g.save("network.graphml").',
  },
  'ucinet-binary': {
    name: 'a UCINET binary dataset (.##h/.##d)',
    advice: 'Export it from UCINET as a DL text file (Data › Export › DL).',
  },
  pickle: {
    name: 'a Python pickle',
    advice:
      'Pickles can run code when opened, so they are never read. Save the graph with nx.write_graphml or nx.write_gexf instead.',
  },
  zip: {
    name: 'a ZIP archive that is not a workbook',
    advice: 'Unpack it and open the network files inside.',
  },
  pdf: {
    name: 'a PDF document',
    advice: 'Open the data the PDF was made from (a spreadsheet or network file).',
  },
};

export function messageFor(code: MessageCode, params: MessageParams = {}): string {
  return MESSAGES[code](params);
}
