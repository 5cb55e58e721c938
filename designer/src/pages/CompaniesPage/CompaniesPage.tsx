import { useEffect, useState } from 'react';
import { accountApi } from '../../api/accountClient';
import type { CompanyAccountView } from '../../api/accountViews';
import { MessageArea, type Message } from '../../components/MessageArea/MessageArea';
import { messageOf } from '../../components/ProblemList/problems';
import { formatMoney } from '../../model/clickToCallDisplay';
import { useAuth } from '../../store/authStore';
import { NewCompanyForm } from './NewCompanyForm';

/** Every company (system administrators): balance and credit, users; make one, or act in one. */
export function CompaniesPage() {
  const me = useAuth((s) => s.me);
  const [companies, setCompanies] = useState<CompanyAccountView[] | null>(null);
  const [message, setMessage] = useState<Message | null>(null);

  const load = () => accountApi.companies().then(setCompanies, (e) => setMessage({ kind: 'error', text: `Could not load the companies: ${messageOf(e)}` }));
  useEffect(() => { void load(); }, []);

  const actIn = async (company: { id: string; name: string }) => {
    try {
      await accountApi.actIn(company.id);
      // A full load: no page keeps the other company's data in memory.
      location.assign('/');
    } catch (error) {
      setMessage({ kind: 'error', text: `Could not act in ${company.name}: ${messageOf(error)}` });
    }
  };

  const acting = me && me.company.id !== me.homeCompanyId;
  return (
    <div className="page" data-testid="companies-page">
      <h1>Companies</h1>
      {me && (
        <p className="muted" data-testid="acting-note">
          You act in <strong>{me.company.name}</strong>.
          {acting && <> <button type="button" onClick={() => void actIn({ id: me.homeCompanyId, name: 'your own company' })}>Back to your own company</button></>}
        </p>
      )}
      <MessageArea message={message} onDismiss={() => setMessage(null)} />
      {companies === null ? <p className="muted">Loading…</p> : (
        <table data-testid="companies-table">
          <thead><tr><th>Name</th><th>Id</th><th>Tariff</th><th className="num">Balance</th><th className="num">Credit limit</th><th className="num">Available</th><th className="num">Users</th><th /></tr></thead>
          <tbody>
            {companies.map((c) => (
              <tr key={c.id} data-testid={`company-${c.id}`}>
                <td>{c.name}</td>
                <td><code>{c.id}</code></td>
                <td>{c.tariffId ?? <span className="muted">none</span>}</td>
                <td className="num">{formatMoney(c.balance, c.currency)}</td>
                <td className="num">{c.creditLimit === null ? <span className="muted">no limit</span> : formatMoney(c.creditLimit, c.currency)}</td>
                <td className="num">{c.available === null ? <span className="muted">unlimited</span> : formatMoney(c.available, c.currency)}</td>
                <td className="num">{c.users}</td>
                <td>
                  {me?.company.id === c.id
                    ? <span className="status status-active">acting here</span>
                    : <button type="button" aria-label={`Act in ${c.name}`} onClick={() => void actIn(c)}>Act in it</button>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <NewCompanyForm onCreated={(c) => { setMessage({ kind: 'info', text: `Created ${c.name} (${c.id}).` }); void load(); }} />
    </div>
  );
}
