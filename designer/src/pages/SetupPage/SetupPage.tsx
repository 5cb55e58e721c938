import { useEffect, useState, type FormEvent } from 'react';
import { accountApi } from '../../api/accountClient';
import type { SetupStatus } from '../../api/accountViews';
import { ApiError } from '../../api/client';
import { FieldError } from '../../components/FieldError/FieldError';
import { messageOf } from '../../components/ProblemList/problems';
import { checkSetup, type SetupForm } from '../../model/accountForms';
import { fieldErrorsOf } from '../../model/problemFields';
import { navigate } from '../../router';
import { useAuth } from '../../store/authStore';

const FIELDS: { key: keyof SetupForm; label: string; type: string; autoComplete: string }[] = [
  { key: 'companyName', label: 'Company name', type: 'text', autoComplete: 'organization' },
  { key: 'name', label: 'Your name', type: 'text', autoComplete: 'name' },
  { key: 'email', label: 'E-mail', type: 'email', autoComplete: 'username' },
  { key: 'password', label: 'Password (10 characters or more)', type: 'password', autoComplete: 'new-password' },
];

/** The first run: names the company and makes its first user, a system administrator. Once done, it sends people to sign in. */
export function SetupPage() {
  const [status, setStatus] = useState<SetupStatus | null>(null);
  const [form, setForm] = useState<SetupForm>({ companyName: '', name: '', email: '', password: '', token: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    accountApi.setupStatus().then((s) => {
      if (!s.needed) navigate('/sign-in', { replace: true });
      else setStatus(s);
    }, (e) => setErrors({ form: `Could not ask the server whether set-up is needed: ${messageOf(e)}` }));
  }, []);

  const set = (patch: Partial<SetupForm>) => { setForm((f) => ({ ...f, ...patch })); setErrors({}); };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!status) return;
    const found = checkSetup(form, status.tokenRequired);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      const me = await accountApi.setup({
        companyName: form.companyName.trim(), name: form.name.trim(), email: form.email.trim(), password: form.password,
        ...(status.tokenRequired ? { token: form.token.trim() } : {}),
      });
      useAuth.getState().signedIn(me);
      navigate('/', { replace: true });
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) navigate('/sign-in', { replace: true });
      else if (error instanceof ApiError && error.status === 403) setErrors({ token: error.message });
      else if (error instanceof ApiError && error.problem.errors) setErrors(fieldErrorsOf(error.problem.errors));
      else setErrors({ form: messageOf(error) });
    } finally {
      setBusy(false);
    }
  };

  const unplaced = Object.entries(errors).filter(([k]) => k !== 'token' && !FIELDS.some((f) => f.key === k)).map(([, m]) => m);
  return (
    <div className="page" data-testid="setup-page">
      <form className="sign-in" onSubmit={submit} noValidate>
        <h1>Set up FlowBuilder</h1>
        <p className="muted">Name your company and make the first user. You will be its system administrator and can add people afterwards.</p>
        {status === null ? <p className="muted">{unplaced.length ? '' : 'Loading…'}</p> : (
          <div className="form-fields">
            {FIELDS.map((f) => (
              <div key={f.key} style={{ display: 'contents' }}>
                <label htmlFor={`setup-${f.key}`}>{f.label}</label>
                <input id={`setup-${f.key}`} type={f.type} autoComplete={f.autoComplete} value={form[f.key]} onChange={(e) => set({ [f.key]: e.target.value })} />
                <FieldError errors={errors} name={f.key} />
              </div>
            ))}
            {status.tokenRequired && (
              <>
                <label htmlFor="setup-token">Set-up token</label>
                <input id="setup-token" value={form.token} placeholder="printed in the server's log: 'Set-up token: …'" onChange={(e) => set({ token: e.target.value })} />
                <FieldError errors={errors} name="token" />
              </>
            )}
          </div>
        )}
        {unplaced.length > 0 && <div className="message message-error" role="alert" data-testid="form-message">{unplaced.join(' ')}</div>}
        <div className="actions"><button type="submit" className="primary" disabled={busy || status === null}>Set up</button></div>
      </form>
    </div>
  );
}
