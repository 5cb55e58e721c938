import { useEffect, useState, type ChangeEvent } from 'react';
import { ApiError } from '../../api/client';
import { clickToCallApi } from '../../api/clickToCallClient';
import type { TariffView } from '../../api/clickToCallViews';
import { Link } from '../../components/Link';
import { MessageArea, type Message } from '../../components/MessageArea/MessageArea';
import { messageOf, problemsOf } from '../../components/ProblemList/problems';
import { checkRates, emptyRateRow, rateRowsOf, ratesBody, type RateRow } from '../../model/tariffForm';
import { navigate } from '../../router';
import { useCan } from '../../store/authStore';

const COLUMNS: { key: keyof RateRow; label: string; size: number }[] = [
  { key: 'prefix', label: 'Prefix', size: 8 }, { key: 'destination', label: 'Destination', size: 20 }, { key: 'pricePerMinute', label: 'Per minute', size: 7 },
  { key: 'connectionFee', label: 'Connection fee', size: 7 }, { key: 'firstIncrement', label: 'First increment (s)', size: 4 },
  { key: 'nextIncrement', label: 'Next increment (s)', size: 4 },
];

/** One tariff: name, currency, the rates table (edit, add, remove), and a rates CSV upload that shows the server's line errors. */
export function TariffPage({ tariffId }: { tariffId: string }) {
  const edit = useCan('tariffs.edit');
  const [tariff, setTariff] = useState<TariffView | null>(null);
  const [name, setName] = useState('');
  const [currency, setCurrency] = useState('');
  const [rows, setRows] = useState<RateRow[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [lineErrors, setLineErrors] = useState<string[]>([]);
  const [message, setMessage] = useState<Message | null>(null);
  const [busy, setBusy] = useState(false);

  const show = (t: TariffView) => { setTariff(t); setName(t.name); setCurrency(t.currency); setRows(rateRowsOf(t)); setErrors({}); };
  useEffect(() => {
    clickToCallApi.tariff(tariffId).then(show, (e) => setMessage({ kind: 'error', text: `Could not load the tariff: ${messageOf(e)}` }));
  }, [tariffId]);

  const update = (i: number, patch: Partial<RateRow>) => setRows((all) => all.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const save = async () => {
    const found = checkRates(rows);
    setErrors(found);
    if (Object.keys(found).length) { setMessage({ kind: 'error', text: 'Some rates need attention: see the messages under the table.' }); return; }
    setBusy(true);
    try {
      show(await clickToCallApi.updateTariff(tariffId, { name: name.trim(), currency: currency.trim().toUpperCase(), rates: ratesBody(rows) }));
      setMessage({ kind: 'info', text: 'Saved.' });
    } catch (error) {
      setMessage({ kind: 'error', text: problemsOf(error).map((p) => (p.path && p.path !== '$' ? `${p.path}: ${p.message}` : p.message)).join(' ') });
    } finally {
      setBusy(false);
    }
  };

  const upload = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    setLineErrors([]);
    setBusy(true);
    try {
      show(await clickToCallApi.uploadRates(tariffId, await file.text()));
      setMessage({ kind: 'info', text: `Rates read from ${file.name}.` });
    } catch (error) {
      if (error instanceof ApiError) setLineErrors(problemsOf(error).map((p) => (p.path && p.path !== '$' ? `${p.path}: ${p.message}` : p.message)));
      else setMessage({ kind: 'error', text: messageOf(error) });
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    if (!tariff || !confirm(`Delete the tariff “${tariff.name}”?`)) return;
    try {
      await clickToCallApi.deleteTariff(tariffId);
      navigate('/tariffs');
    } catch (error) {
      setMessage({ kind: 'error', text: `Could not delete the tariff: ${messageOf(error)}` });
    }
  };

  return (
    <div className="page" data-testid="tariff-page">
      <p className="small"><Link href="/tariffs">Tariffs</Link> ›</p>
      <h1>{tariff?.name ?? tariffId}</h1>
      <MessageArea message={message} onDismiss={() => setMessage(null)} />
      {tariff && (
        <>
          <div className="instance-filters">
            <label htmlFor="tariff-name">Name</label>
            <input id="tariff-name" value={name} onChange={(e) => setName(e.target.value)} />
            <label htmlFor="tariff-currency">Currency</label>
            <input id="tariff-currency" size={4} maxLength={3} value={currency} onChange={(e) => setCurrency(e.target.value)} />
          </div>
          <table data-testid="rates-table">
            <thead><tr>{COLUMNS.map((c) => <th key={c.key}>{c.label}</th>)}<th /></tr></thead>
            <tbody>
              {rows.map((r, i) => (
                <tr key={i}>
                  {COLUMNS.map((c) => (
                    <td key={c.key}><input aria-label={`Row ${i + 1} ${c.label}`} size={c.size} value={r[c.key]} onChange={(e) => update(i, { [c.key]: e.target.value })} /></td>
                  ))}
                  <td><button type="button" aria-label={`Remove row ${i + 1}`} onClick={() => setRows(rows.filter((_, j) => j !== i))}>×</button></td>
                </tr>
              ))}
            </tbody>
          </table>
          {Object.values(errors).map((m) => <div key={m} className="field-error">{m}</div>)}
          <div className="button-row">
            <button type="button" disabled={!edit.allowed} title={edit.title} onClick={() => setRows([...rows, emptyRateRow()])}>Add rate</button>
            <button type="button" className="primary" disabled={busy || !edit.allowed} title={edit.title} onClick={() => void save()}>Save</button>
            <label className="button">Upload rates CSV<input type="file" accept=".csv,text/csv" hidden onChange={(e) => void upload(e)} data-testid="rates-csv" /></label>
            <button type="button" className="danger" disabled={!edit.allowed} title={edit.title} onClick={() => void remove()}>Delete tariff</button>
          </div>
          <p className="muted small">CSV columns: prefix,destination,pricePerMinute[,connectionFee,firstIncrement,nextIncrement].</p>
          {lineErrors.length > 0 && (
            <div className="line-errors" role="alert" data-testid="rates-csv-errors">
              <strong>The file was not read:</strong>
              <ul>{lineErrors.map((l) => <li key={l}>{l}</li>)}</ul>
            </div>
          )}
        </>
      )}
    </div>
  );
}
