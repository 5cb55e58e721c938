import { useEffect, useState, type FormEvent } from 'react';
import { accountApi } from '../../api/accountClient';
import type { ApiKeyView, CreatedApiKey } from '../../api/accountViews';
import { ApiError } from '../../api/client';
import { FieldError } from '../../components/FieldError/FieldError';
import { MessageArea, type Message } from '../../components/MessageArea/MessageArea';
import { messageOf } from '../../components/ProblemList/problems';
import { RelativeTime } from '../../components/RelativeTime/RelativeTime';
import { checkNewApiKey } from '../../model/accountForms';
import { ROLES, roleLabel } from '../../model/permissions';
import { fieldErrorsOf, unplacedErrors } from '../../model/problemFields';
import { CreatedKeyDialog } from './CreatedKeyDialog';

const today = () => new Date().toISOString().slice(0, 10);

function keyStatus(k: ApiKeyView): { text: string; css: string } {
  if (k.revokedAt) return { text: 'revoked', css: 'status-archived' };
  if (!k.active) return { text: 'expired', css: 'status-error' };
  return { text: 'active', css: 'status-active' };
}

/** The company's API keys for programs: prefix, role, last use, expiry; create one (shown once) or revoke one. */
export function ApiKeysPage() {
  const [keys, setKeys] = useState<ApiKeyView[] | null>(null);
  const [form, setForm] = useState({ name: '', role: 'viewer', expiresAt: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [created, setCreated] = useState<CreatedApiKey | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [busy, setBusy] = useState(false);

  const load = () => accountApi.apiKeys().then(setKeys, (e) => setMessage({ kind: 'error', text: `Could not load the API keys: ${messageOf(e)}` }));
  useEffect(() => { void load(); }, []);

  const set = (patch: Partial<typeof form>) => { setForm((f) => ({ ...f, ...patch })); setErrors({}); };
  const create = async (e: FormEvent) => {
    e.preventDefault();
    const found = checkNewApiKey(form, today());
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      const key = await accountApi.createApiKey({
        name: form.name.trim(), role: form.role, ...(form.expiresAt ? { expiresAt: new Date(`${form.expiresAt}T23:59:59`).toISOString() } : {}),
      });
      setCreated(key);
      setForm({ name: '', role: 'viewer', expiresAt: '' });
      void load();
    } catch (error) {
      if (error instanceof ApiError && error.problem.errors) {
        const found = fieldErrorsOf(error.problem.errors);
        setErrors(found);
        const rest = unplacedErrors(found, ['name', 'role', 'expiresAt']);
        if (rest.length) setMessage({ kind: 'error', text: rest.join(' ') });
      } else setMessage({ kind: 'error', text: `Could not create the key: ${messageOf(error)}` });
    } finally {
      setBusy(false);
    }
  };
  const revoke = async (k: ApiKeyView) => {
    if (!confirm(`Revoke “${k.name}” (${k.prefix}…)? Programs that use it are refused from now on.`)) return;
    try {
      await accountApi.revokeApiKey(k.id);
      setMessage({ kind: 'info', text: `Revoked “${k.name}”.` });
      void load();
    } catch (error) {
      setMessage({ kind: 'error', text: `Could not revoke “${k.name}”: ${messageOf(error)}` });
    }
  };

  return (
    <div className="page" data-testid="api-keys-page">
      <h1>API keys</h1>
      <p className="muted">Programs call the FlowBuilder API with a key instead of a password. A key acts with its role in this company.</p>
      <MessageArea message={message} onDismiss={() => setMessage(null)} />
      {keys === null ? <p className="muted">Loading…</p> : keys.length === 0 ? <p className="muted">No API keys yet.</p> : (
        <table data-testid="api-keys-table">
          <thead><tr><th>Name</th><th>Key</th><th>Role</th><th>Last used</th><th>Expires</th><th>Status</th><th /></tr></thead>
          <tbody>
            {keys.map((k) => {
              const status = keyStatus(k);
              return (
                <tr key={k.id} data-testid={`api-key-${k.name}`}>
                  <td>{k.name}</td>
                  <td><code>{k.prefix}…</code></td>
                  <td>{roleLabel(k.role)}</td>
                  <td>{k.lastUsedAt ? <RelativeTime iso={k.lastUsedAt} /> : <span className="muted">never</span>}</td>
                  <td>{k.expiresAt ? new Date(k.expiresAt).toLocaleDateString() : <span className="muted">never</span>}</td>
                  <td><span className={`status ${status.css}`}>{status.text}</span></td>
                  <td>{!k.revokedAt && <button type="button" aria-label={`Revoke ${k.name}`} onClick={() => void revoke(k)}>Revoke</button>}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <form className="campaign-form" onSubmit={create} noValidate>
        <fieldset className="group">
          <legend>New API key</legend>
          <div className="form-fields">
            <label htmlFor="key-name">Name</label>
            <input id="key-name" value={form.name} placeholder="what uses it: CRM sync" onChange={(e) => set({ name: e.target.value })} />
            <FieldError errors={errors} name="name" />
            <label htmlFor="key-role">Role</label>
            <select id="key-role" value={form.role} onChange={(e) => set({ role: e.target.value })}>
              {ROLES.map((r) => <option key={r} value={r}>{roleLabel(r)}</option>)}
            </select>
            <FieldError errors={errors} name="role" />
            <label htmlFor="key-expires">Expires</label>
            <input id="key-expires" type="date" min={today()} value={form.expiresAt} onChange={(e) => set({ expiresAt: e.target.value })} />
            <FieldError errors={errors} name="expiresAt" />
          </div>
          <div className="actions"><button type="submit" className="primary" disabled={busy}>Create key</button></div>
        </fieldset>
      </form>
      {created && <CreatedKeyDialog created={created} onClose={() => setCreated(null)} />}
    </div>
  );
}
