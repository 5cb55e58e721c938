import { useEffect, useRef, useState } from 'react';
import { mayOpen, roleLabel } from '../../model/permissions';
import { useAuth } from '../../store/authStore';
import { Link } from '../Link';

/** The top bar's menu of the signed-in person: who, in which company (and where a system administrator acts), their settings, sign out. */
export function UserMenu() {
  const me = useAuth((s) => s.me);
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (e: MouseEvent) => { if (!box.current?.contains(e.target as Node)) setOpen(false); };
    const escape = (e: KeyboardEvent) => { if (e.key === 'Escape') setOpen(false); };
    window.addEventListener('mousedown', close);
    window.addEventListener('keydown', escape);
    return () => { window.removeEventListener('mousedown', close); window.removeEventListener('keydown', escape); };
  }, [open]);
  if (!me) return null;
  const acting = me.user.isSystemAdministrator && me.company.id !== me.homeCompanyId;
  const item = (href: string, label: string, page: string) =>
    mayOpen(me.permissions, page) && <Link href={href} role="menuitem" onClick={() => setOpen(false)}>{label}</Link>;
  return (
    <div className="user-menu" ref={box}>
      <button type="button" className="user-menu-button" aria-haspopup="menu" aria-expanded={open} data-testid="user-menu" onClick={() => setOpen(!open)}>
        {me.user.name} · {me.company.name}{acting && <span className="acting"> (acting)</span>} ▾
      </button>
      {open && (
        <div className="user-menu-list" role="menu" data-testid="user-menu-list">
          <div className="user-menu-who">
            <strong>{me.user.name}</strong>
            <span className="muted small">{me.user.email}</span>
            <span className="muted small">{roleLabel(me.user.role, me.user.isSystemAdministrator)} of {me.company.name}</span>
            {acting && <span className="small" data-testid="acting-in">Acting in {me.company.name}</span>}
          </div>
          {item('/account', 'Account', 'account')}
          {item('/settings/users', 'Users', 'users')}
          {item('/settings/api-keys', 'API keys', 'api-keys')}
          {item('/system/companies', 'Companies', 'companies')}
          <button type="button" role="menuitem" onClick={() => void useAuth.getState().signOut()}>Sign out</button>
        </div>
      )}
    </div>
  );
}
