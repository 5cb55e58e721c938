import { RETRY_KEYS, RETRY_KINDS, RETRY_LABELS, type CampaignForm, type RetryKind, type RetryRow } from '../../model/campaignForm';
import { FieldError } from '../../components/FieldError/FieldError';

/** Attempts and pause for busy, no answer, failed and abandoned calls. */
export function RetryTable({ form, errors, onChange }: { form: CampaignForm; errors: Record<string, string>; onChange: (p: Partial<CampaignForm>) => void }) {
  const update = (kind: RetryKind, patch: Partial<RetryRow>) => onChange({ retry: { ...form.retry, [kind]: { ...form.retry[kind], ...patch } } });
  return (
    <div className="retry-table">
      <h3>Retries</h3>
      <p className="muted small">How often a contact is dialled in all when the call ends this way, and how long to wait before the next try. An answered call finishes the contact.</p>
      <table>
        <thead><tr><th>When the call was</th><th>Attempts in all</th><th>Pause (minutes)</th></tr></thead>
        <tbody>
          {RETRY_KINDS.map((kind) => (
            <tr key={kind}>
              <td>{RETRY_LABELS[kind]}</td>
              <td><input aria-label={`${RETRY_LABELS[kind]} attempts`} type="number" min={1} value={form.retry[kind].attempts}
                onChange={(e) => update(kind, { attempts: e.target.value })} /></td>
              <td><input aria-label={`${RETRY_LABELS[kind]} pause minutes`} type="number" min={0} step="any" value={form.retry[kind].pauseMinutes}
                onChange={(e) => update(kind, { pauseMinutes: e.target.value })} /></td>
            </tr>
          ))}
        </tbody>
      </table>
      {RETRY_KEYS.map((key) => <FieldError key={key} errors={errors} name={key} />)}
    </div>
  );
}
