/**
 * The sentences io/ reports, one template per issue code, in one place: an issue carries its
 * code and parameters, and its English message is filled in here (model/messages.ts's
 * formatMessage) for logs and machine output. The explorer and the command line say it from the
 * catalogs (locales/en/issue.json and nl/issue.json; a test keeps them complete) by the same code and parameters;
 * parameters with a fixed set of values (a reason, an expected type) are codes there, and a
 * `…Words` parameter carries their English for the template here. Add a code here before
 * raising it.
 */
import { formatMessage, type MessageParams } from '../model/messages.ts';

export type { MessageParams };

export const MESSAGES = {
  // Reading text
  'invalid-bytes':
    'Not valid {encoding} ({count} bytes): shown as "\ufffd". The rest of the file is read as {encoding}.',
  'stray-quote':
    'A quote in this row never closes (or swallows the rows after it); it is read as a literal character and the row is read from its own line.',
  'text-after-quote': 'Text follows a closing quote in this row; the cell is kept as written.',
  'extra-cells':
    'This row has {extra} more cells than the named columns, kept as {columns}. A delimiter inside an unquoted name?',
  // Formats
  'unknown-format': 'Cannot tell what this file is (it starts with {seen}). Clusterscope reads {understood}.',
  'unsupported-format': 'This is {format}, which Clusterscope does not read. {advice}',
  'invalid-file': 'Cannot read the file as {format}: {reason}',
  'truncated-file':
    'The file ends early, at line {line}, inside <{element}>: it was cut off. What came before is kept ({actors} actors, {relations} relations).',
  'not-a-graph': 'This {format} file holds no network: {reason}. Clusterscope reads {understood}.',
  // Tables
  'unknown-table':
    'Cannot tell what this table holds: its header ({header}) names no id or name, no source and target, no respondent and partner. Left out.',
  'headerless-edge-list': 'This table has no header; its {columns} columns are read as {fields}.',
  // Graph files
  'unreadable-line': 'Cannot read this line of the {format} file ({reason}); left out.',
  'unknown-vertex': '"{vertex}" is not a vertex of this network; the relation is left out.',
  'missing-endpoint-element': '{element} #{index} has no {missing}; left out.',
  'missing-actor-element': '{element} #{index} has no id; left out.',
  'flattened-group':
    'Actors inside groups or nested graphs ({count}) are read like the others; their group is kept as the field "{field}".',
  hyperedge:
    'A hyperedge joins {ends} actors; hyperedges are not relations between two actors and are left out.',
  'ignored-code':
    'The file holds filter or appearance functions ({count}); code in a data file is never run, so they are left out.',
  'partition-without-network':
    'This Pajek {kind} has {count} values but no network with {count} vertices was opened with it; open it together with its .net file.',
  'partition-size': 'This Pajek {kind} has {count} values for a network of {vertices} vertices; left out.',
  'matrix-shape':
    'The matrix row has {found} values where {expected} were expected; the missing ones are read as 0.',
  'unknown-edge-type': 'Edge type "{type}" is not directed or undirected; read as undirected.',
  // Workbooks and archives
  'archive-too-large':
    'This archive unpacks to {sizeWords} MB, more than the limit of {limit} MB: a damaged file or a zip bomb. If you trust it, raise the limit ({option}).',
  'archive-lies':
    'The archive entry "{entry}" unpacks to more than the {declared} bytes it declares: the file is damaged or hostile, and is not read.',
  'sheet-too-sparse':
    'Sheet "{sheet}" reaches cell {cell}, which would make {cells} cells to read; delete the stray cells far from the data and save again.',
  'hidden-sheet':
    'Sheet "{sheet}" is hidden in the workbook; it is left out. Unhide it in Excel to import it.',
  'unreadable-workbook': 'Cannot read the workbook: {reason}',
  // Tables and surveys
  'missing-column': 'No {columnWords} column found; the table is left out.',
  'missing-respondent': 'Answer without a respondent; row left out.',
  'unreadable-cell': 'Cannot read "{value}" in column "{column}" as {expectedWords}; left empty.',
  'duplicate-report': '{reporter} reported this relation twice; the stronger report is kept.',
  unreciprocated:
    '{reporter} named {partner}, who answered the survey but did not name {reporter}; left out (reciprocated ties only).',
  'endpoint-by-label':
    '{count} relation ends named an actor by its label rather than its id; read as that actor.',
  'unreadable-time': 'Cannot read "{time}" as a time (timeformat {format}); left open.',
  // Places
  'place-ambiguous': '"{place}" matches {count} places ({names}); "{actor}" left unplaced.',
  'place-unmatched': '"{place}" is not in the gazetteer{elsewhere}; "{actor}" left unplaced.',
  'shared-coordinates':
    '{count} actors have exactly the coordinates {point}: probably a town, region or country centre rather than their own addresses.',
  'invalid-project': 'Project file: {problem}.',
  // Outcome
  'import-failed': 'Nothing usable was read: {cause}',
  'import-empty': 'Nothing usable was read: the files hold no actors and no relations.',
  'relations-unreadable': '{leftOut} of {rows} relation rows could not be read. Most often: {cause}',
} as const;

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

/** Why a line of a Pajek or UCINET DL file is left out: a code the catalogs say, with its English here. */
export const LINE_REASONS = {
  outsideSection: 'outside any *Vertices, *Arcs or *Edges section',
  twoVertices: 'a relation needs two vertex numbers',
  listNumbers: 'a list line holds vertex numbers only',
  vertexNumber: 'a vertex line starts with its number',
  vertexTwice: 'vertex {number} is listed twice',
  vertexBeyond: 'vertex {number} is beyond the {declared} declared',
  moreRows: 'more rows than {matrices} matrices of {rows}',
  edgeListLine: 'an edge list line is: row, column, optional value',
  nodeListRow: 'a node list line starts with a known row',
  unknownColumn: '"{cell}" is not a known column',
} as const;

/** The parameters of an unreadable line's reason: its code, its values and its English. */
export function lineReason(code: keyof typeof LINE_REASONS, values: MessageParams = {}): MessageParams {
  return { ...values, reasonCode: code, reason: formatMessage(LINE_REASONS[code], values) };
}

export function messageFor(code: MessageCode, params: MessageParams = {}): string {
  return formatMessage(MESSAGES[code], params);
}
