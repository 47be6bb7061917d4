/**
 * The column-mapping step: for each chosen file, the detected format, encoding, delimiter and
 * decimal mark (all changeable), what each table holds, and a preview of its first rows with
 * the field each column will feed. Nothing is imported until the person says so.
 */
import { say } from '../../i18n/i18n.ts';
import {
  DELIMITERS,
  type FilePreview,
  knownFields,
  type TablePreview,
  TEXT_ENCODINGS,
} from '../../io/index.ts';
import { Modal } from '../dialog/Modal.tsx';
import { currentWording } from '../i18n.ts';
import { loadFiles } from '../load.ts';
import { closeDraft, overrideFile, useImportDraft } from './import-draft.ts';
import { blockingFiles, verdictOf } from './verdict.ts';

export const DELIMITER_NAMES: Record<string, string> = {
  ',': 'comma',
  ';': 'semicolon',
  '\t': 'tab',
  '|': 'pipe',
};
const ROLES = ['actors', 'relations', 'survey'] as const;

export function ImportDialog() {
  const draft = useImportDraft((state) => state.draft);
  if (!draft) return null;
  const blocking = draft.busy ? [] : blockingFiles(draft.previews);
  const importNow = () => {
    const name = draft.files.map((file) => file.name).join(' + ');
    closeDraft();
    void loadFiles(name, draft.files);
  };
  return (
    <Modal className="import-dialog" labelledBy="import-title" onClose={closeDraft}>
      <header className="panel-header">
        <h2 id="import-title">Import files</h2>
        <button type="button" className="icon-button" onClick={closeDraft} aria-label="Close import">
          ×
        </button>
      </header>
      <p className="muted small">
        Check what was detected and how columns map to fields. Unknown columns are kept as fields of their
        own.
      </p>
      {draft.error && (
        <p className="error" role="alert">
          {say(currentWording().t, draft.error)}
        </p>
      )}
      {draft.previews.map((preview, index) => (
        <FileSection key={preview.name} preview={preview} previews={draft.previews} index={index} />
      ))}
      {draft.busy && <p className="muted">Reading…</p>}
      {blocking.length > 0 && (
        <p className="error" role="alert" data-testid="import-blocked">
          Nothing usable in {blocking.map((file) => file.name).join(', ')}: the network on screen stays as it
          is. Choose other files, or change the settings above.
        </p>
      )}
      <footer className="dialog-actions">
        <button type="button" onClick={closeDraft}>
          Cancel
        </button>
        <button
          type="button"
          className="primary"
          onClick={importNow}
          disabled={draft.busy || draft.previews.length === 0 || blocking.length > 0}
        >
          Import
        </button>
      </footer>
    </Modal>
  );
}

function FileSection({
  preview,
  previews,
  index,
}: {
  preview: FilePreview;
  previews: readonly FilePreview[];
  index: number;
}) {
  const verdict = verdictOf(preview, previews);
  return (
    <section className="import-file" aria-label={`File ${preview.name}`}>
      <h3>
        {preview.name} <span className="muted">({preview.format})</span>
      </h3>
      <div className="import-settings">
        {preview.encoding && (
          <label>
            Encoding
            <select
              value={preview.encoding}
              onChange={(event) => void overrideFile(index, { encoding: event.target.value as never })}
            >
              {TEXT_ENCODINGS.map((encoding) => (
                <option key={encoding}>{encoding}</option>
              ))}
            </select>
            {preview.byteOrderMark && <span className="muted"> with byte-order mark</span>}
          </label>
        )}
        {preview.actorCount !== undefined && (
          <span>
            {preview.actorCount} actors, {preview.relationCount} relations
          </span>
        )}
      </div>
      <p
        className={verdict.tone === 'failed' ? 'error' : 'small'}
        data-testid="import-verdict"
        data-tone={verdict.tone}
      >
        {verdict.text}
      </p>
      {preview.tables.map((table) => (
        <TableSection key={table.sheet ?? 'table'} table={table} index={index} />
      ))}
      {preview.issues.length > 0 && (
        <ul className="issue-list">
          {preview.issues.slice(0, 5).map((issue) => (
            <li key={`${issue.code}-${issue.row}-${issue.column}`} className={issue.severity}>
              {issue.row !== undefined && `Row ${issue.row}: `}
              {issue.message}
            </li>
          ))}
          {preview.issues.length > 5 && <li className="muted">and {preview.issues.length - 5} more</li>}
        </ul>
      )}
    </section>
  );
}

function TableSection({ table, index }: { table: TablePreview; index: number }) {
  const role = table.role ?? 'actors';
  const fields = knownFields(role);
  const mapColumn = (header: string, field: string) => {
    const columns = Object.fromEntries(table.columns.map((column) => [column.header, column.field]));
    columns[header] = field;
    void overrideFile(index, { columns });
  };
  return (
    <div className="import-table">
      <div className="import-settings">
        {table.sheet && <strong>Sheet “{table.sheet}”</strong>}
        <label>
          Holds
          <select
            value={role}
            onChange={(event) =>
              void overrideFile(index, { role: event.target.value as never, columns: undefined })
            }
          >
            {ROLES.map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
        </label>
        {table.delimiter && (
          <label>
            Delimiter
            <select
              value={table.delimiter}
              onChange={(event) =>
                void overrideFile(index, { delimiter: event.target.value as never, columns: undefined })
              }
            >
              {DELIMITERS.map((delimiter) => (
                <option key={delimiter} value={delimiter}>
                  {DELIMITER_NAMES[delimiter]}
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          Decimal mark
          <select
            value={table.decimalMark}
            onChange={(event) => void overrideFile(index, { decimalMark: event.target.value as never })}
          >
            <option value=".">point (1.5)</option>
            <option value=",">comma (1,5)</option>
          </select>
        </label>
        <span className="muted">{table.rowCount} rows</span>
      </div>
      <div className="preview-scroll">
        <table className="preview">
          <thead>
            <tr>
              {table.columns.map((column) => (
                <th key={column.header} scope="col">
                  <div>{column.header}</div>
                  <select
                    aria-label={`Field for column ${column.header}`}
                    value={column.field}
                    onChange={(event) => mapColumn(column.header, event.target.value)}
                  >
                    {fields.map((field) => (
                      <option key={field} value={field}>
                        {field}
                      </option>
                    ))}
                    {!fields.includes(column.header) && (
                      <option value={column.header}>keep as “{column.header}”</option>
                    )}
                    <option value="">leave out</option>
                  </select>
                  <div className="muted small">{column.type}</div>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, r) => (
              <tr key={table.rowNumbers[r]}>
                {table.columns.map((column, c) => (
                  <td key={column.header}>{row[c]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
