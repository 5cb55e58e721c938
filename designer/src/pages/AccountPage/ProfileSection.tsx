import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import { billingApi } from '../../api/billingClient';
import type { MeView } from '../../api/accountViews';
import { FieldError } from '../../components/FieldError/FieldError';
import { messageOf } from '../../components/ProblemList/problems';
import { fieldErrorsOf } from '../../model/problemFields';
import { roleLabel } from '../../model/permissions';
import { useAuth } from '../../store/authStore';

/** Your name (editable), e-mail, role and company, and the form that changes your password. */
export function ProfileSection({ me }: { me: MeView }) {
  const [name, setName] = useState(me.user.name);
  const [nameError, setNameError] = useState<Record<string, string>>({});
  const [nameNote, setNameNote] = useState<string | null>(null);

  const rename = async (e: FormEvent) => {
    e.preventDefault();
    setNameNote(null);
    if (!name.trim()) { setNameError({ name: 'Give your name, as colleagues should see it.' }); return; }
    try {
      useAuth.getState().signedIn(await billingApi.rename(name.trim()));
      setNameError({});
      setNameNote('Your name is saved.');
    } catch (error) {
      if (error instanceof ApiError && error.problem.errors) setNameError(fieldErrorsOf(error.problem.errors));
      else setNameError({ name: messageOf(error) });
    }
  };

  return (
    <section className="account-section" data-testid="account-profile">
      <h2>Profile</h2>
      <dl className="facts">
        <dt>E-mail</dt><dd data-testid="profile-email">{me.user.email}</dd>
        <dt>Role</dt><dd data-testid="profile-role">{roleLabel(me.user.role, me.user.isSystemAdministrator)}</dd>
        <dt>Company</dt><dd data-testid="profile-company">{me.company.name}</dd>
      </dl>
      <form className="inline-form" onSubmit={rename} noValidate>
        <label htmlFor="profile-name">Your name</label>
        <input id="profile-name" value={name} onChange={(e) => { setName(e.target.value); setNameError({}); }} />
        <button type="submit">Save name</button>
        {nameNote && <span role="status" className="muted">{nameNote}</span>}
      </form>
      <FieldError errors={nameError} name="name" />
      {me.authenticatedBy === 'session' && <PasswordForm />}
    </section>
  );
}

function PasswordForm() {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [note, setNote] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setNote(null);
    const found: Record<string, string> = {};
    if (!current) found.currentPassword = 'Type your current password.';
    if (next.length < 10 || next.length > 128) found.newPassword = 'The new password has 10 to 128 characters.';
    else if (next !== repeat) found.repeatPassword = 'The two new passwords differ: type the same one twice.';
    setErrors(found);
    if (Object.keys(found).length) return;
    setBusy(true);
    try {
      await billingApi.changePassword(current, next);
      setCurrent(''); setNext(''); setRepeat('');
      setNote('Your password is changed. Your other sessions are signed out.');
    } catch (error) {
      if (error instanceof ApiError && error.problem.errors) setErrors(fieldErrorsOf(error.problem.errors));
      else setErrors({ form: messageOf(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="campaign-form" onSubmit={submit} noValidate data-testid="password-form">
      <fieldset className="group">
        <legend>Change password</legend>
        <div className="form-fields">
          <label htmlFor="current-password">Current password</label>
          <input id="current-password" type="password" autoComplete="current-password" value={current} onChange={(e) => setCurrent(e.target.value)} />
          <FieldError errors={errors} name="currentPassword" />
          <label htmlFor="new-password">New password</label>
          <input id="new-password" type="password" autoComplete="new-password" value={next} onChange={(e) => setNext(e.target.value)} />
          <FieldError errors={errors} name="newPassword" />
          <label htmlFor="repeat-password">New password again</label>
          <input id="repeat-password" type="password" autoComplete="new-password" value={repeat} onChange={(e) => setRepeat(e.target.value)} />
          <FieldError errors={errors} name="repeatPassword" />
        </div>
        <FieldError errors={errors} name="form" />
        {note && <div className="message message-info" role="status" data-testid="password-message">{note}</div>}
        <div className="actions"><button type="submit" className="primary" disabled={busy}>Change password</button></div>
      </fieldset>
    </form>
  );
}
