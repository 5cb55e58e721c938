import { useEffect, useState, type FormEvent } from 'react';
import { accountApi } from '../../api/accountClient';
import { ApiError } from '../../api/client';
import { FieldError } from '../../components/FieldError/FieldError';
import { messageOf } from '../../components/ProblemList/problems';
import { checkSignIn, retryAfterSeconds, tooManyAttemptsText } from '../../model/accountForms';
import { safeNextPath } from '../../model/signInRedirect';
import { navigate } from '../../router';
import { useAuth } from '../../store/authStore';

/** Where the server's refusal belongs: a wrong password at the password, a disabled account at the e-mail, a lock-out below. */
function errorsOf(error: unknown): Record<string, string> {
  if (error instanceof ApiError) {
    if (error.status === 401) return { password: error.message };
    if (error.status === 403) return { email: error.message };
    if (error.status === 429) return { form: tooManyAttemptsText(retryAfterSeconds(error.retryAfter)) };
  }
  return { form: messageOf(error) };
}

/** E-mail and password; comes back to `next` once signed in. Sends a first visitor to set-up while no user exists. */
export function SignInPage({ next }: { next: string | null }) {
  const [form, setForm] = useState({ email: '', password: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    accountApi.setupStatus().then((s) => { if (s.needed) navigate('/setup', { replace: true }); }, () => undefined);
  }, []);

  const set = (patch: Partial<typeof form>) => { setForm((f) => ({ ...f, ...patch })); setErrors({}); };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found = checkSignIn(form);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      const me = await accountApi.signIn(form.email.trim(), form.password);
      useAuth.getState().signedIn(me);
      navigate(safeNextPath(next), { replace: true });
    } catch (error) {
      setErrors(errorsOf(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="page" data-testid="sign-in-page">
      <form className="sign-in" onSubmit={submit} noValidate>
        <h1>Sign in to FlowBuilder</h1>
        <div className="form-fields">
          <label htmlFor="sign-in-email">E-mail</label>
          <input id="sign-in-email" type="email" autoComplete="username" autoFocus value={form.email} onChange={(e) => set({ email: e.target.value })} />
          <FieldError errors={errors} name="email" />
          <label htmlFor="sign-in-password">Password</label>
          <input id="sign-in-password" type="password" autoComplete="current-password" value={form.password} onChange={(e) => set({ password: e.target.value })} />
          <FieldError errors={errors} name="password" />
        </div>
        {errors.form && <div className="message message-error" role="alert" data-testid="form-message">{errors.form}</div>}
        <div className="actions"><button type="submit" className="primary" disabled={busy}>Sign in</button></div>
      </form>
    </div>
  );
}
