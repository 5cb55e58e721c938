import { useState, type FormEvent } from 'react';
import { accountApi } from '../../api/accountClient';
import type { UserView } from '../../api/accountViews';
import { ApiError } from '../../api/client';
import { Dialog } from '../../components/Dialog/Dialog';
import { FieldError } from '../../components/FieldError/FieldError';
import { messageOf } from '../../components/ProblemList/problems';
import { checkNewUser, passwordError } from '../../model/accountForms';
import { ROLES, roleLabel } from '../../model/permissions';
import { fieldErrorsOf, unplacedErrors } from '../../model/problemFields';

/** A 422 at its fields, anything else (409: last Admin, yourself) in the dialog's message. */
function refusal(error: unknown, fields: string[]): { errors: Record<string, string>; general: string | null } {
  if (error instanceof ApiError && error.problem.errors) {
    const errors = fieldErrorsOf(error.problem.errors);
    const rest = unplacedErrors(errors, fields);
    return { errors, general: rest.length ? rest.join(' ') : null };
  }
  return { errors: {}, general: messageOf(error) };
}

function RoleSelect({ id, value, onChange }: { id: string; value: string; onChange: (role: string) => void }) {
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
      {ROLES.map((r) => <option key={r} value={r}>{roleLabel(r)}</option>)}
    </select>
  );
}

function Footer({ general, busy, label, onClose }: { general: string | null; busy: boolean; label: string; onClose: () => void }) {
  return (
    <>
      {general && <div className="message message-error" role="alert" data-testid="form-message">{general}</div>}
      <div className="actions">
        <button type="button" onClick={onClose}>Cancel</button>
        <button type="submit" className="primary" disabled={busy}>{label}</button>
      </div>
    </>
  );
}

/** Adds a user to the company: e-mail, name, role and a first password they change later. */
export function AddUserDialog({ onClose, onAdded }: { onClose: () => void; onAdded: (user: UserView) => void }) {
  const [form, setForm] = useState({ email: '', name: '', role: 'viewer', password: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<typeof form>) => { setForm((f) => ({ ...f, ...patch })); setErrors({}); setGeneral(null); };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found = checkNewUser(form);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      onAdded(await accountApi.createUser({ ...form, email: form.email.trim(), name: form.name.trim() }));
    } catch (error) {
      const r = refusal(error, ['email', 'name', 'role', 'password']);
      setErrors(r.errors);
      setGeneral(r.general);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog title="Add a user" onClose={onClose} testId="add-user-dialog">
      <form onSubmit={submit} noValidate>
        <div className="form-fields">
          <label htmlFor="user-email">E-mail</label>
          <input id="user-email" type="email" autoFocus value={form.email} onChange={(e) => set({ email: e.target.value })} />
          <FieldError errors={errors} name="email" />
          <label htmlFor="user-name">Name</label>
          <input id="user-name" value={form.name} onChange={(e) => set({ name: e.target.value })} />
          <FieldError errors={errors} name="name" />
          <label htmlFor="user-role">Role</label>
          <RoleSelect id="user-role" value={form.role} onChange={(role) => set({ role })} />
          <FieldError errors={errors} name="role" />
          <label htmlFor="user-password">First password</label>
          <input id="user-password" type="password" autoComplete="new-password" value={form.password} onChange={(e) => set({ password: e.target.value })} />
          <FieldError errors={errors} name="password" />
        </div>
        <p className="muted small">Viewers read; Operators also start and stop campaigns; Managers edit flows and campaigns; Admins also manage users, API keys and billing.</p>
        <Footer general={general} busy={busy} label="Add user" onClose={onClose} />
      </form>
    </Dialog>
  );
}

/** Changes a user's name, role, or whether they may sign in. */
export function EditUserDialog({ user, onClose, onSaved }: { user: UserView; onClose: () => void; onSaved: (user: UserView) => void }) {
  const [form, setForm] = useState({ name: user.name, role: user.role, disabled: user.disabled });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<typeof form>) => { setForm((f) => ({ ...f, ...patch })); setErrors({}); setGeneral(null); };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!form.name.trim()) { setErrors({ name: 'Enter the name people see.' }); return; }
    setBusy(true);
    try {
      onSaved(await accountApi.updateUser(user.id, { ...form, name: form.name.trim() }));
    } catch (error) {
      const r = refusal(error, ['name', 'role', 'disabled']);
      setErrors(r.errors);
      setGeneral(r.general);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog title={`Edit ${user.email}`} onClose={onClose} testId="edit-user-dialog">
      <form onSubmit={submit} noValidate>
        <div className="form-fields">
          <label htmlFor="edit-user-name">Name</label>
          <input id="edit-user-name" autoFocus value={form.name} onChange={(e) => set({ name: e.target.value })} />
          <FieldError errors={errors} name="name" />
          <label htmlFor="edit-user-role">Role</label>
          <RoleSelect id="edit-user-role" value={form.role} onChange={(role) => set({ role })} />
          <FieldError errors={errors} name="role" />
          <label htmlFor="edit-user-disabled">Disabled</label>
          <span><input id="edit-user-disabled" type="checkbox" checked={form.disabled} onChange={(e) => set({ disabled: e.target.checked })} /> cannot sign in; their sessions end</span>
        </div>
        <Footer general={general} busy={busy} label="Save" onClose={onClose} />
      </form>
    </Dialog>
  );
}

/** Sets a new password for a user (their other sessions end). */
export function ResetPasswordDialog({ user, onClose, onDone }: { user: UserView; onClose: () => void; onDone: () => void }) {
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const wrong = passwordError(password);
    if (wrong) { setErrors({ password: wrong }); return; }
    setBusy(true);
    try {
      await accountApi.resetPassword(user.id, password);
      onDone();
    } catch (error) {
      const r = refusal(error, ['password']);
      setErrors(r.errors);
      setGeneral(r.general);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog title={`New password for ${user.email}`} onClose={onClose} testId="reset-password-dialog">
      <form onSubmit={submit} noValidate>
        <div className="form-fields">
          <label htmlFor="reset-password">New password</label>
          <input id="reset-password" type="password" autoComplete="new-password" autoFocus value={password}
            onChange={(e) => { setPassword(e.target.value); setErrors({}); setGeneral(null); }} />
          <FieldError errors={errors} name="password" />
        </div>
        <Footer general={general} busy={busy} label="Set password" onClose={onClose} />
      </form>
    </Dialog>
  );
}
