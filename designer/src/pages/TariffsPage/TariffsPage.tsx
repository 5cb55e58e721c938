import { useEffect, useState, type FormEvent } from 'react';
import { clickToCallApi } from '../../api/clickToCallClient';
import type { TariffSummary } from '../../api/clickToCallViews';
import { Link } from '../../components/Link';
import { MessageArea, type Message } from '../../components/MessageArea/MessageArea';
import { messageOf } from '../../components/ProblemList/problems';
import { navigate, tariffPath } from '../../router';
import { useCan } from '../../store/authStore';

/** Every tariff, and a small form to make one (its rates are edited on its own page). */
export function TariffsPage() {
  const edit = useCan('tariffs.edit');
  const [tariffs, setTariffs] = useState<TariffSummary[] | null>(null);
  const [name, setName] = useState('');
  const [currency, setCurrency] = useState('EUR');
  const [message, setMessage] = useState<Message | null>(null);

  useEffect(() => {
    clickToCallApi.tariffs().then(setTariffs, (e) => setMessage({ kind: 'error', text: `Could not load the tariffs: ${messageOf(e)}` }));
  }, []);

  const create = async (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) { setMessage({ kind: 'error', text: 'Give the new tariff a name.' }); return; }
    if (!/^[A-Za-z]{3}$/.test(currency.trim())) { setMessage({ kind: 'error', text: 'The currency is a three-letter code like EUR.' }); return; }
    try {
      const created = await clickToCallApi.createTariff({ name: name.trim(), currency: currency.trim().toUpperCase(), rates: [] });
      navigate(tariffPath(created.id));
    } catch (error) {
      setMessage({ kind: 'error', text: `Could not create the tariff: ${messageOf(error)}` });
    }
  };

  return (
    <div className="page" data-testid="tariffs-page">
      <h1>Tariffs</h1>
      <p className="muted">A tariff prices calls by destination prefix. Click-to-call dials only numbers the company's tariff has a rate for.</p>
      <MessageArea message={message} onDismiss={() => setMessage(null)} />
      {tariffs === null ? <p className="muted">Loading…</p> : tariffs.length === 0 ? <p className="muted">No tariffs yet.</p> : (
        <table data-testid="tariffs-table">
          <thead><tr><th>Name</th><th>Currency</th><th className="num">Rates</th></tr></thead>
          <tbody>
            {tariffs.map((t) => (
              <tr key={t.id}><td><Link href={tariffPath(t.id)}>{t.name}</Link></td><td>{t.currency}</td><td className="num">{t.rateCount}</td></tr>
            ))}
          </tbody>
        </table>
      )}
      {edit.allowed && <form className="instance-filters" onSubmit={create}>
        <label htmlFor="tariff-new-name">New tariff</label>
        <input id="tariff-new-name" value={name} placeholder="name" onChange={(e) => setName(e.target.value)} />
        <input aria-label="New tariff currency" size={4} maxLength={3} value={currency} onChange={(e) => setCurrency(e.target.value)} />
        <button type="submit" className="primary">Create tariff</button>
      </form>}
    </div>
  );
}
