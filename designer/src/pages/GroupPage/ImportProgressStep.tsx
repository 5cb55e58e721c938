import { campaignsApi } from '../../api/campaignClient';
import type { ContactImport } from '../../api/campaignViews';
import { ProgressBar } from '../../components/Charts/ProgressBar';

const kb = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

/** The bar while uploading and reading, then what was imported and every rejected row's reasons. */
export function ImportProgressStep({ phase, progress, view, sent, total }: {
  phase: 'upload' | 'process' | 'done'; progress: number; view: ContactImport | null; sent: number; total: number;
}) {
  const status = phase === 'upload' ? `Uploading… ${kb(sent)} of ${kb(total)}`
    : phase === 'process' && view ? `Reading rows… ${kb(view.bytesRead)} of ${kb(view.totalBytes)}, ${view.rowsRead} rows`
    : view?.status === 'failed' ? 'The import failed.' : view?.status === 'rejected' ? 'Nothing was imported: some rows were rejected.'
    : view?.dryRun ? 'Check finished: nothing was imported.' : 'Import finished.';
  return (
    <div data-testid="import-progress">
      <ProgressBar fraction={progress} label="Import progress" testId="import-progress-bar" />
      <p data-testid="import-status">{status}</p>
      {phase === 'done' && view && (
        <>
          {view.error && <div className="message message-error" role="alert">{view.error}</div>}
          <dl className="facts" data-testid="import-summary">
            <dt>Rows read</dt><dd>{view.rowsRead}</dd>
            <dt>{view.dryRun ? 'Would be imported' : 'Imported'}</dt><dd data-testid="import-imported">{view.imported}</dd>
            <dt>Rejected</dt><dd data-testid="import-rejected">{view.rejectedRows}</dd>
            <dt>Duplicates</dt><dd data-testid="import-duplicates">{view.duplicates}</dd>
          </dl>
          {view.rejectedRows > 0 && (
            <>
              <p>
                <a href={campaignsApi.rejectedCsv(view.id)} download data-testid="download-rejected">Download rejected rows</a>
                {view.rejected.length < view.rejectedRows && <span className="muted"> (the first {view.rejected.length} are shown below)</span>}
              </p>
              <div className="table-scroll">
                <table data-testid="rejected-table">
                  <thead><tr><th className="num">Line</th><th>Why</th><th>Values</th></tr></thead>
                  <tbody>
                    {view.rejected.map((r) => (
                      <tr key={r.line}><td className="num">{r.line}</td><td className="error-text">{r.reasons.join('; ')}</td><td className="muted">{r.values.join(' | ')}</td></tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
        </>
      )}
    </div>
  );
}
