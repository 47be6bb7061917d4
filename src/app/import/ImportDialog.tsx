/**
 * The column-mapping step: for each chosen file, the detected format, encoding, delimiter and
 * decimal mark (all changeable), what each table holds, and a preview of its first rows with
 * the field each column will feed. Nothing is imported until the person says so.
 */

import { say, type Translate } from '../../i18n/i18n.ts';
import { issueText } from '../../i18n/issues.ts';
import {
  DELIMITERS,
  type FilePreview,
  knownFields,
  type TablePreview,
  TEXT_ENCODINGS,
} from '../../io/index.ts';
import { Modal } from '../dialog/Modal.tsx';
import { DATA, useWording } from '../i18n.ts';
import { loadFiles } from '../load.ts';
import { closeDraft, overrideFile, useImportDraft } from './import-draft.ts';
import { blockingFiles, verdictOf } from './verdict.ts';

/** The catalog's name of each delimiter (import.delimiterName.*). */
export const DELIMITER_NAMES: Record<string, string> = {
  ',': 'comma',
  ';': 'semicolon',
  '\t': 'tab',
  '|': 'pipe',
  ' ': 'space',
};
const ROLES = ['actors', 'relations', 'survey'] as const;

/** A delimiter in words: "semicolon". */
export function delimiterName(t: Translate, delimiter: string): string {
  const name = DELIMITER_NAMES[delimiter];
  return name ? t(`import.delimiterName.${name}`) : delimiter;
}

export function ImportDialog() {
  const draft = useImportDraft((state) => state.draft);
  const { t } = useWording();
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
        <h2 id="import-title">{t('import.dialog.title')}</h2>
        <button
          type="button"
          className="icon-button"
          onClick={closeDraft}
          aria-label={t('import.dialog.close')}
        >
          ×
        </button>
      </header>
      <p className="muted small">{t('import.dialog.intro')}</p>
      {draft.error && (
        <p className="error" role="alert">
          {say(t, draft.error)}
        </p>
      )}
      {draft.previews.map((preview, index) => (
        <FileSection key={preview.name} preview={preview} previews={draft.previews} index={index} t={t} />
      ))}
      {draft.busy && <p className="muted">{t('import.dialog.reading')}</p>}
      {blocking.length > 0 && (
        <p className="error" role="alert" data-testid="import-blocked">
          {t('import.dialog.blocked', { files: blocking.map((file) => file.name).join(', ') })}
        </p>
      )}
      <footer className="dialog-actions">
        <button type="button" onClick={closeDraft}>
          {t('common.cancel')}
        </button>
        <button
          type="button"
          className="primary"
          onClick={importNow}
          disabled={draft.busy || draft.previews.length === 0 || blocking.length > 0}
        >
          {t('import.dialog.import')}
        </button>
      </footer>
    </Modal>
  );
}

function FileSection({
  preview,
  previews,
  index,
  t,
}: {
  preview: FilePreview;
  previews: readonly FilePreview[];
  index: number;
  t: Translate;
}) {
  const verdict = verdictOf(preview, previews, t);
  return (
    <section className="import-file" aria-label={t('import.dialog.file', { name: preview.name })}>
      <h3>
        <span {...DATA}>{preview.name}</span>{' '}
        <span className="muted" {...DATA}>
          ({preview.format})
        </span>
      </h3>
      <div className="import-settings">
        {preview.encoding && (
          <label>
            {t('import.dialog.encoding')}
            <select
              {...DATA}
              value={preview.encoding}
              onChange={(event) => void overrideFile(index, { encoding: event.target.value as never })}
            >
              {TEXT_ENCODINGS.map((encoding) => (
                <option key={encoding}>{encoding}</option>
              ))}
            </select>
            {preview.byteOrderMark && <span className="muted"> {t('import.dialog.byteOrderMark')}</span>}
          </label>
        )}
        {preview.actorCount !== undefined && (
          <span>
            {t('import.dialog.counts', { actors: preview.actorCount, relations: preview.relationCount ?? 0 })}
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
        <TableSection key={table.sheet ?? 'table'} table={table} index={index} t={t} />
      ))}
      {preview.issues.length > 0 && (
        <ul className="issue-list">
          {preview.issues.slice(0, 5).map((issue) => (
            <li key={`${issue.code}-${issue.row}-${issue.column}`} className={issue.severity}>
              {issue.row !== undefined
                ? t('import.dialog.issueAtRow', { row: issue.row, message: issueText(t, issue) })
                : issueText(t, issue)}
            </li>
          ))}
          {preview.issues.length > 5 && (
            <li className="muted">{t('import.dialog.moreIssues', { count: preview.issues.length - 5 })}</li>
          )}
        </ul>
      )}
    </section>
  );
}

function TableSection({ table, index, t }: { table: TablePreview; index: number; t: Translate }) {
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
        {table.sheet && <strong>{t('import.dialog.sheet', { sheet: table.sheet })}</strong>}
        <label>
          {t('import.dialog.holds')}
          <select
            value={role}
            onChange={(event) =>
              void overrideFile(index, { role: event.target.value as never, columns: undefined })
            }
          >
            {ROLES.map((option) => (
              <option key={option} value={option}>
                {t(`import.role.${option}`)}
              </option>
            ))}
          </select>
        </label>
        {table.delimiter && (
          <label>
            {t('import.dialog.delimiter')}
            <select
              value={table.delimiter}
              onChange={(event) =>
                void overrideFile(index, { delimiter: event.target.value as never, columns: undefined })
              }
            >
              {DELIMITERS.map((delimiter) => (
                <option key={delimiter} value={delimiter}>
                  {delimiterName(t, delimiter)}
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          {t('import.dialog.decimalMark')}
          <select
            value={table.decimalMark}
            onChange={(event) => void overrideFile(index, { decimalMark: event.target.value as never })}
          >
            <option value=".">{t('import.dialog.point')}</option>
            <option value=",">{t('import.dialog.comma')}</option>
          </select>
        </label>
        <span className="muted">{t('import.dialog.rows', { count: table.rowCount })}</span>
      </div>
      <div className="preview-scroll">
        <table className="preview">
          <thead>
            <tr>
              {table.columns.map((column) => (
                <th key={column.header} scope="col">
                  <div {...DATA}>{column.header}</div>
                  <select
                    aria-label={t('import.dialog.fieldFor', { header: column.header })}
                    value={column.field}
                    onChange={(event) => mapColumn(column.header, event.target.value)}
                  >
                    {/* Field ids, as exports and the command line name them. */}
                    {fields.map((field) => (
                      <option key={field} value={field} {...DATA}>
                        {field}
                      </option>
                    ))}
                    {!fields.includes(column.header) && (
                      <option value={column.header}>
                        {t('import.dialog.keepAs', { header: column.header })}
                      </option>
                    )}
                    <option value="">{t('import.dialog.leaveOut')}</option>
                  </select>
                  <div className="muted small">{t(`field.type.${column.type}`)}</div>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, r) => (
              <tr key={table.rowNumbers[r]}>
                {table.columns.map((column, c) => (
                  <td key={column.header} {...DATA}>
                    {row[c]}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
