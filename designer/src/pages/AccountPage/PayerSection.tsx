import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import { billingApi } from '../../api/billingClient';
import type { BillingAccountView, PayerView } from '../../api/billingViews';
import { FieldError } from '../../components/FieldError/FieldError';
import { messageOf } from '../../components/ProblemList/problems';
import { fieldErrorsOf, unplacedErrors } from '../../model/problemFields';

interface PayerForm { name: string; email: string; address: string; taxId: string }

const formOf = (p: PayerView | null): PayerForm => ({ name: p?.name ?? '', email: p?.email ?? '', address: (p?.address ?? []).join('\n'), taxId: p?.taxId ?? '' });

/** Who pays the invoices when it is not the company; editable with billing.manage. */
export function PayerSection({ account, canManage, onSaved }: { account: BillingAccountView; canManage: boolean; onSaved: (a: BillingAccountView) => void }) {
  const [editing, setEditing] = useState(false);
  const [form, setForm] = useState(formOf(account.payer));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const payer = account.payer;

  const set = (patch: Partial<PayerForm>) => { setForm((f) => ({ ...f, ...patch })); setErrors({}); };
  const run = async (action: () => Promise<BillingAccountView>) => {
    setBusy(true);
    try {
      const saved = await action();
      onSaved(saved);
      setForm(formOf(saved.payer));
      setEditing(false);
    } catch (error) {
      if (error instanceof ApiError && error.problem.errors) {
        const found = fieldErrorsOf(error.problem.errors);
        const rest = unplacedErrors(found, ['name', 'email', 'address', 'taxId']);
        setErrors(rest.length ? { ...found, form: rest.join(' ') } : found);
      } else setErrors({ form: messageOf(error) });
    } finally {
      setBusy(false);
    }
  };
  const save = (e: FormEvent) => {
    e.preventDefault();
    if (!form.name.trim()) { setErrors({ name: 'Name who pays (a company or a person).' }); return; }
    void run(() => billingApi.savePayer({
      name: form.name.trim(), email: form.email.trim() || null, address: form.address.split('\n').map((l) => l.trim()).filter(Boolean), taxId: form.taxId.trim() || null,
    }));
  };

  return (
    <section className="account-section" data-testid="account-payer">
      <h2>Payer</h2>
      {!editing && (
        <>
          {payer ? (
            <address data-testid="payer">
              <strong>{payer.name}</strong>
              {payer.address.map((l) => <div key={l}>{l}</div>)}
              {payer.email && <div>{payer.email}</div>}
              {payer.taxId && <div>Tax id {payer.taxId}</div>}
            </address>
          ) : <p className="muted" data-testid="payer">Your company pays its invoices itself.</p>}
          {canManage && (
            <div className="button-row">
              <button type="button" onClick={() => { setForm(formOf(payer)); setEditing(true); }}>{payer ? 'Edit payer' : 'Add a payer'}</button>
              {payer && <button type="button" className="danger" disabled={busy} onClick={() => void run(billingApi.removePayer)}>Remove payer</button>}
            </div>
          )}
          <FieldError errors={errors} name="form" />
        </>
      )}
      {editing && (
        <form className="campaign-form" onSubmit={save} noValidate>
          <div className="form-fields">
            <label htmlFor="payer-name">Name</label>
            <input id="payer-name" value={form.name} onChange={(e) => set({ name: e.target.value })} />
            <FieldError errors={errors} name="name" />
            <label htmlFor="payer-email">E-mail</label>
            <input id="payer-email" type="email" value={form.email} onChange={(e) => set({ email: e.target.value })} />
            <FieldError errors={errors} name="email" />
            <label htmlFor="payer-address">Address</label>
            <textarea id="payer-address" rows={3} value={form.address} placeholder="one line each" onChange={(e) => set({ address: e.target.value })} />
            <FieldError errors={errors} name="address" />
            <label htmlFor="payer-tax">Tax id</label>
            <input id="payer-tax" value={form.taxId} onChange={(e) => set({ taxId: e.target.value })} />
            <FieldError errors={errors} name="taxId" />
          </div>
          <FieldError errors={errors} name="form" />
          <div className="actions">
            <button type="button" onClick={() => { setEditing(false); setErrors({}); }}>Cancel</button>
            <button type="submit" className="primary" disabled={busy}>Save payer</button>
          </div>
        </form>
      )}
    </section>
  );
}
