import { useEffect, useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import { clickToCallApi } from '../../api/clickToCallClient';
import type { CompanyView, TariffSummary } from '../../api/clickToCallViews';
import { Link } from '../../components/Link';
import { MessageArea, type Message } from '../../components/MessageArea/MessageArea';
import { messageOf } from '../../components/ProblemList/problems';
import { fieldErrorsOf, unplacedErrors } from '../../model/problemFields';
import { COMMON_TIME_ZONES } from '../../model/zonedTime';
import { FieldError } from '../../components/FieldError/FieldError';
import { useCan } from '../../store/authStore';

interface CompanyForm {
  name: string;
  email: string;
  address: string;
  taxId: string;
  tariffId: string;
  timeZone: string;
}

const formOf = (c: CompanyView): CompanyForm => ({
  name: c.name, email: c.email ?? '', address: (c.address ?? []).join('\n'), taxId: c.taxId ?? '', tariffId: c.tariffId ?? '', timeZone: c.timeZone || 'UTC',
});

/** The company's name, e-mail (reminders, invoices), invoice address, tax id and the tariff that prices its calls. */
export function CompanyPage() {
  const edit = useCan('company.edit');
  const assignTariff = useCan('company.assignTariff');
  const [form, setForm] = useState<CompanyForm | null>(null);
  const [tariffs, setTariffs] = useState<TariffSummary[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<Message | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    clickToCallApi.company().then((c) => setForm(formOf(c)), (e) => setMessage({ kind: 'error', text: `Could not load the company: ${messageOf(e)}` }));
    clickToCallApi.tariffs().then(setTariffs, () => undefined);
  }, []);

  const set = (patch: Partial<CompanyForm>) => { setForm((f) => f && { ...f, ...patch }); setErrors({}); };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!form) return;
    if (!form.name.trim()) { setErrors({ name: 'Give the company a name.' }); return; }
    setBusy(true);
    try {
      const saved = await clickToCallApi.saveCompany({
        name: form.name.trim(), email: form.email.trim() || null, address: form.address.split('\n').map((l) => l.trim()).filter(Boolean),
        taxId: form.taxId.trim() || null, tariffId: form.tariffId || null, timeZone: form.timeZone.trim() || 'UTC',
      });
      setForm(formOf(saved));
      setMessage({ kind: 'info', text: 'Saved.' });
    } catch (error) {
      if (error instanceof ApiError && error.problem.errors) {
        const found = fieldErrorsOf(error.problem.errors);
        setErrors(found);
        const rest = unplacedErrors(found, ['name', 'email', 'address', 'taxId', 'tariffId', 'timeZone']);
        setMessage({ kind: 'error', text: rest.length ? rest.join(' ') : 'Some details need attention: see the messages next to them.' });
      } else setMessage({ kind: 'error', text: messageOf(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="page" data-testid="company-page">
      <h1>Company</h1>
      <MessageArea message={message} onDismiss={() => setMessage(null)} />
      {form === null ? <p className="muted">Loading…</p> : (
        <form className="campaign-form" onSubmit={submit} noValidate>
          <fieldset className="group">
            <legend>Your company</legend>
            <div className="form-fields">
              <label htmlFor="company-name">Company name</label>
              <input id="company-name" value={form.name} onChange={(e) => set({ name: e.target.value })} />
              <FieldError errors={errors} name="name" />
              <label htmlFor="company-email">E-mail</label>
              <input id="company-email" type="email" value={form.email} placeholder="where reminders and invoices go" onChange={(e) => set({ email: e.target.value })} />
              <FieldError errors={errors} name="email" />
              <label htmlFor="company-address">Address</label>
              <textarea id="company-address" rows={3} value={form.address} placeholder="printed on invoices, one line each" onChange={(e) => set({ address: e.target.value })} />
              <FieldError errors={errors} name="address" />
              <label htmlFor="company-tax">Tax id</label>
              <input id="company-tax" value={form.taxId} placeholder="VAT number" onChange={(e) => set({ taxId: e.target.value })} />
              <FieldError errors={errors} name="taxId" />
              <label htmlFor="company-zone">Time zone</label>
              <input id="company-zone" list="company-zones" value={form.timeZone} onChange={(e) => set({ timeZone: e.target.value })} />
              <FieldError errors={errors} name="timeZone" />
              <label htmlFor="company-tariff">Tariff</label>
              <select id="company-tariff" value={form.tariffId} disabled={!assignTariff.allowed} title={assignTariff.title} onChange={(e) => set({ tariffId: e.target.value })}>
                <option value="">No tariff (no destination can be called)</option>
                {tariffs.map((t) => <option key={t.id} value={t.id}>{t.name} ({t.currency}, {t.rateCount} {t.rateCount === 1 ? 'rate' : 'rates'})</option>)}
              </select>
              <FieldError errors={errors} name="tariffId" />
            </div>
            <p className="muted small">Click-to-call only dials numbers the tariff has a rate for. {assignTariff.allowed && <Link href="/tariffs">Edit tariffs</Link>}</p>
          </fieldset>
          <datalist id="company-zones">{COMMON_TIME_ZONES.map((z) => <option key={z} value={z} />)}</datalist>
          <div className="actions"><button type="submit" className="primary" disabled={busy || !edit.allowed} title={edit.title}>Save</button></div>
        </form>
      )}
    </div>
  );
}
