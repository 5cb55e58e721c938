import { useState } from 'react';
import { campaignsApi, uploadImport } from '../../api/campaignClient';
import type { ContactImport, ImportMode, ImportPreview, SubscriberGroup } from '../../api/campaignViews';
import { Dialog } from '../../components/Dialog/Dialog';
import { usePolling } from '../../components/Polling/usePolling';
import { messageOf } from '../../components/ProblemList/problems';
import { importProgress } from '../../model/campaignDisplay';
import { checkMapping, suggestMapping } from '../../model/columnMapping';
import { ImportMappingStep } from './ImportMappingStep';
import { ImportProgressStep } from './ImportProgressStep';

type Step =
  | { kind: 'choose' }
  | { kind: 'map'; file: File; preview: ImportPreview }
  | { kind: 'upload'; file: File; sent: number; total: number }
  | { kind: 'process'; view: ContactImport; total: number }
  | { kind: 'done'; view: ContactImport };

/** Choose a file → preview and map its columns → upload with progress → summary with the rejected rows. */
export function ImportWizard({ group, onClose }: { group: SubscriberGroup; onClose: () => void }) {
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const [mode, setMode] = useState<ImportMode>('validOnly');
  const [dryRun, setDryRun] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const preview = await campaignsApi.previewImport(group.id, file);
      setMapping(suggestMapping(preview.headers, group.fields, preview.suggestedMapping));
      setStep({ kind: 'map', file, preview });
    } catch (e) {
      setError(`Could not read ${file.name}: ${messageOf(e)}`);
    } finally {
      setBusy(false);
    }
  };

  const upload = async (file: File, preview: ImportPreview) => {
    setError(null);
    setStep({ kind: 'upload', file, sent: 0, total: file.size });
    try {
      const view = await uploadImport(group.id, file, { mode, dryRun, delimiter: preview.delimiter, mapping },
        (sent, total) => setStep({ kind: 'upload', file, sent, total }));
      setStep(view.status === 'running' ? { kind: 'process', view, total: file.size } : { kind: 'done', view });
    } catch (e) {
      setError(`The upload failed: ${messageOf(e)}`);
      setStep({ kind: 'map', file, preview });
    }
  };

  usePolling(() => {
    if (step.kind !== 'process') return;
    campaignsApi.importStatus(step.view.id).then(
      (view) => setStep((current) => (current.kind !== 'process' ? current : view.status === 'running' ? { ...current, view } : { kind: 'done', view })),
      (e) => setError(`Could not follow the import: ${messageOf(e)}`),
    );
  }, 1000, step.kind === 'process');

  const problems = step.kind === 'map' ? checkMapping(mapping, step.preview.headers, group.fields) : [];
  const progress = step.kind === 'upload' ? importProgress('uploading', step.sent, step.total)
    : step.kind === 'process' ? importProgress('processing', step.total, step.total, step.view.bytesRead, step.view.totalBytes)
    : step.kind === 'done' ? 1 : 0;

  return (
    <Dialog title={`Import contacts into ${group.name}`} onClose={onClose} testId="import-wizard" wide>
      {step.kind === 'choose' && (
        <div>
          <p>Choose a CSV file (comma, semicolon or tab separated, with a header row). You can check how its columns are read before anything is imported.</p>
          <label className="button primary file-button">
            {busy ? 'Reading…' : 'Choose file…'}
            <input type="file" accept=".csv,.txt,text/csv" data-testid="import-file" disabled={busy} onChange={(e) => void choose(e.target.files?.[0])} />
          </label>
        </div>
      )}
      {step.kind === 'map' && (
        <ImportMappingStep preview={step.preview} fileName={step.file.name} fields={group.fields} mapping={mapping} onMapping={setMapping}
          mode={mode} onMode={setMode} dryRun={dryRun} onDryRun={setDryRun} problems={problems} />
      )}
      {(step.kind === 'upload' || step.kind === 'process' || step.kind === 'done') && (
        <ImportProgressStep phase={step.kind} progress={progress} view={step.kind === 'upload' ? null : step.view}
          sent={step.kind === 'upload' ? step.sent : 0} total={step.kind === 'upload' ? step.total : 0} />
      )}
      {error && <div className="message message-error" role="alert">{error}</div>}
      <div className="actions">
        {step.kind === 'map' && <button type="button" onClick={() => setStep({ kind: 'choose' })}>Choose another file</button>}
        {step.kind === 'done' && <button type="button" onClick={() => setStep({ kind: 'choose' })}>Import another file</button>}
        <button type="button" onClick={onClose}>{step.kind === 'done' ? 'Close' : 'Cancel'}</button>
        {step.kind === 'map' && (
          <button type="button" className="primary" disabled={problems.length > 0} onClick={() => void upload(step.file, step.preview)}>
            {dryRun ? 'Check file' : 'Import'}
          </button>
        )}
      </div>
    </Dialog>
  );
}
