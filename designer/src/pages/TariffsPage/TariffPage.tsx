import { useEffect, useState, type ChangeEvent } from 'react';
import { ApiError } from '../../api/client';
import { clickToCallApi } from '../../api/clickToCallClient';
import type { TariffView } from '../../api/clickToCallViews';
import { Link } from '../../components/Link';
import { MessageArea, type Message } from '../../components/MessageArea/MessageArea';
import { messageOf, problemsOf } from '../../components/ProblemList/problems';
import {
  checkActionPrices, isActionPriceKey, metricPricesBody, metricRowsOf, minimumPaymentOf, placeRowErrors, type MetricPriceRow,
} from '../../model/metricPriceForm';
import { fieldErrorsOf, fieldKeyOf } from '../../model/problemFields';
import { checkRates, emptyRateRow, rateRowsOf, ratesBody, type RateRow } from '../../model/tariffForm';
import { navigate } from '../../router';
import { useCan } from '../../store/authStore';
import { ActionPricesSection } from './ActionPricesSection';

const COLUMNS: { key: keyof RateRow; label: string; size: number }[] = [
  { key: 'prefix', label: 'Prefix', size: 8 }, { key: 'destination', label: 'Destination', size: 20 }, { key: 'pricePerMinute', label: 'Per minute', size: 7 },
  { key: 'connectionFee', label: 'Connection fee', size: 7 }, { key: 'firstIncrement', label: 'First increment (s)', size: 4 },
  { key: 'nextIncrement', label: 'Next increment (s)', size: 4 },
];

/**
 * One tariff: name, currency, the rates table (edit, add, remove), a rates CSV upload that shows the server's line errors, the
 * action prices and the minimum payment per month. Only system administrators change tariffs; others see them read-only.
 */
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
  const [metricRows, setMetricRows] = useState<MetricPriceRow[]>([]);
  const [minimumPayment, setMinimumPayment] = useState('');
  const [priceErrors, setPriceErrors] = useState<Record<string, string>>({});
  const canEdit = edit.allowed;
  const loaded = true;

  const show = (t: TariffView) => {
    setTariff(t); setName(t.name); setCurrency(t.currency); setRows(rateRowsOf(t)); setErrors({});
    setMetricRows(metricRowsOf(t.metricPrices)); setMinimumPayment(t.minimumPayment ? String(t.minimumPayment) : ''); setPriceErrors({});
  };
  useEffect(() => {
    clickToCallApi.tariff(tariffId).then(show, (e) => setMessage({ kind: 'error', text: `Could not load the tariff: ${messageOf(e)}` }));
  }, [tariffId]);

  const update = (i: number, patch: Partial<RateRow>) => setRows((all) => all.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const save = async () => {
    const found = checkRates(rows);
    const prices = checkActionPrices(metricRows, minimumPayment);
    setErrors(found);
    setPriceErrors(prices);
    if (Object.keys(found).length) { setMessage({ kind: 'error', text: 'Some rates need attention: see the messages under the table.' }); return; }
    if (Object.keys(prices).length) { setMessage({ kind: 'error', text: 'Some action prices need attention: see the messages next to them.' }); return; }
    setBusy(true);
    try {
      show(await clickToCallApi.updateTariff(tariffId, {
        name: name.trim(), currency: currency.trim().toUpperCase(), rates: ratesBody(rows),
        metricPrices: metricPricesBody(metricRows), minimumPayment: minimumPaymentOf(minimumPayment),
      }));
      setMessage({ kind: 'info', text: 'Saved.' });
    } catch (error) {
      // Errors of the action prices go next to their row and field; the others into the message as before.
      const placed = error instanceof ApiError && error.problem.errors
        ? placeRowErrors(fieldErrorsOf(error.problem.errors, (p) => fieldKeyOf(p, true))) : {};
      const atPrices = Object.fromEntries(Object.entries(placed).filter(([k]) => isActionPriceKey(k)));
      setPriceErrors(atPrices);
      const rest = problemsOf(error).filter((p) => !isActionPriceKey(placeKey(p.path)));
      setMessage({
        kind: 'error',
        text: rest.length ? rest.map((p) => (p.path && p.path !== '$' ? `${p.path}: ${p.message}` : p.message)).join(' ')
          : 'Some action prices need attention: see the messages next to them.',
      });
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
      {tariff && loaded && !canEdit && (
        <p className="muted" data-testid="tariff-read-only">Only a system administrator changes tariffs: you see this one read-only.</p>
      )}
      {tariff && (
        <fieldset className="tariff-fields" disabled={!canEdit}>
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
            <button type="button" onClick={() => setRows([...rows, emptyRateRow()])}>Add rate</button>
          </div>
          <ActionPricesSection rows={metricRows} minimumPayment={minimumPayment} currency={currency} errors={priceErrors}
            onRows={(r) => { setMetricRows(r); setPriceErrors({}); }} onMinimumPayment={(v) => { setMinimumPayment(v); setPriceErrors({}); }} />
          <div className="button-row">
            <button type="button" className="primary" disabled={busy} title={edit.title} onClick={() => void save()}>Save</button>
            <label className="button">Upload rates CSV<input type="file" accept=".csv,text/csv" hidden onChange={(e) => void upload(e)} data-testid="rates-csv" /></label>
            <button type="button" className="danger" title={edit.title} onClick={() => void remove()}>Delete tariff</button>
          </div>
          <p className="muted small">CSV columns: prefix,destination,pricePerMinute[,connectionFee,firstIncrement,nextIncrement].</p>
          {lineErrors.length > 0 && (
            <div className="line-errors" role="alert" data-testid="rates-csv-errors">
              <strong>The file was not read:</strong>
              <ul>{lineErrors.map((l) => <li key={l}>{l}</li>)}</ul>
            </div>
          )}
        </fieldset>
      )}
    </div>
  );
}

/** The form key of a problem's path ("metricPrices[1]" → "metricPrices.1.metric"). */
const placeKey = (path: string) => Object.keys(placeRowErrors({ [fieldKeyOf(path, true)]: '' }))[0] ?? '';
