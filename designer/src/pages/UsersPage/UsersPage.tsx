import { useEffect, useState } from 'react';
import { accountApi } from '../../api/accountClient';
import type { UserView } from '../../api/accountViews';
import { MessageArea, type Message } from '../../components/MessageArea/MessageArea';
import { messageOf } from '../../components/ProblemList/problems';
import { RelativeTime } from '../../components/RelativeTime/RelativeTime';
import { roleLabel } from '../../model/permissions';
import { useAuth } from '../../store/authStore';
import { AddUserDialog, EditUserDialog, ResetPasswordDialog } from './UserDialogs';

type Open = { kind: 'add' } | { kind: 'edit'; user: UserView } | { kind: 'password'; user: UserView } | null;

/** The company's users: who may sign in, with which role; add, edit, disable, reset a password, delete. */
export function UsersPage() {
  const myId = useAuth((s) => s.me?.user.id);
  const [users, setUsers] = useState<UserView[] | null>(null);
  const [open, setOpen] = useState<Open>(null);
  const [message, setMessage] = useState<Message | null>(null);

  const load = () => accountApi.users().then(setUsers, (e) => setMessage({ kind: 'error', text: `Could not load the users: ${messageOf(e)}` }));
  useEffect(() => { void load(); }, []);

  const remove = async (user: UserView) => {
    if (!confirm(`Delete ${user.email}? They can no longer sign in, and this cannot be undone.`)) return;
    try {
      await accountApi.deleteUser(user.id);
      setMessage({ kind: 'info', text: `Deleted ${user.email}.` });
      void load();
    } catch (error) {
      setMessage({ kind: 'error', text: `Could not delete ${user.email}: ${messageOf(error)}` });
    }
  };
  const done = (text: string) => { setOpen(null); setMessage({ kind: 'info', text }); void load(); };

  return (
    <div className="page" data-testid="users-page">
      <div className="page-header">
        <h1>Users</h1>
        <button type="button" className="primary" onClick={() => setOpen({ kind: 'add' })}>Add user</button>
      </div>
      <MessageArea message={message} onDismiss={() => setMessage(null)} />
      {users === null ? <p className="muted">Loading…</p> : (
        <table data-testid="users-table">
          <thead><tr><th>Name</th><th>E-mail</th><th>Role</th><th>Status</th><th>Last sign-in</th><th /></tr></thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id} data-testid={`user-${u.email}`}>
                <td>{u.name}{u.id === myId && <span className="muted"> (you)</span>}</td>
                <td>{u.email}</td>
                <td>{roleLabel(u.role, u.isSystemAdministrator)}</td>
                <td>{u.disabled ? <span className="status status-archived">disabled</span> : <span className="status status-active">active</span>}</td>
                <td>{u.lastSignInAt ? <RelativeTime iso={u.lastSignInAt} /> : <span className="muted">never</span>}</td>
                <td className="row-actions">
                  <button type="button" aria-label={`Edit ${u.email}`} onClick={() => setOpen({ kind: 'edit', user: u })}>Edit</button>
                  <button type="button" aria-label={`Reset the password of ${u.email}`} onClick={() => setOpen({ kind: 'password', user: u })}>Reset password</button>
                  <button type="button" aria-label={`Delete ${u.email}`} disabled={u.id === myId} title={u.id === myId ? 'You cannot delete yourself.' : undefined}
                    onClick={() => void remove(u)}>Delete</button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {open?.kind === 'add' && <AddUserDialog onClose={() => setOpen(null)} onAdded={(u) => done(`Added ${u.email} as ${roleLabel(u.role)}.`)} />}
      {open?.kind === 'edit' && <EditUserDialog user={open.user} onClose={() => setOpen(null)} onSaved={(u) => done(`Saved ${u.email}.`)} />}
      {open?.kind === 'password' && <ResetPasswordDialog user={open.user} onClose={() => setOpen(null)} onDone={() => done(`Set a new password for ${open.user.email}.`)} />}
    </div>
  );
}
