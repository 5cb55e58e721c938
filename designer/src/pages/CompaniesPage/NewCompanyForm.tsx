import { useState, type FormEvent } from 'react';
import { accountApi } from '../../api/accountClient';
import type { CompanyAccountView } from '../../api/accountViews';
import { ApiError } from '../../api/client';
import { FieldError } from '../../components/FieldError/FieldError';
import { messageOf } from '../../components/ProblemList/problems';
import { checkNewCompany, creditLimitOf, emptyCompanyForm, type NewCompanyForm as Form } from '../../model/accountForms';
import { fieldErrorsOf, unplacedErrors } from '../../model/problemFields';

const FIELDS: { key: keyof Form; error: string; label: string; type?: string; placeholder?: string }[] = [
  { key: 'name', error: 'name', label: 'Name' },
  { key: 'id', error: 'id', label: 'Id', placeholder: 'made from the name when empty' },
  { key: 'email', error: 'email', label: 'E-mail', type: 'email', placeholder: 'where reminders and invoices go' },
  { key: 'timeZone', error: 'timeZone', label: 'Time zone' },
  { key: 'creditLimit', error: 'creditLimit', label: 'Credit limit', placeholder: 'empty: prepaid only (0)' },
  { key: 'adminEmail', error: 'admin.email', label: 'First Admin e-mail', type: 'email' },
  { key: 'adminName', error: 'admin.name', label: 'First Admin name' },
  { key: 'adminPassword', error: 'admin.password', label: 'First Admin password', type: 'password' },
];

/** Makes a company and its first Admin (system administrators). */
export function NewCompanyForm({ onCreated }: { onCreated: (company: CompanyAccountView) => void }) {
  const [form, setForm] = useState<Form>(emptyCompanyForm);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<Form>) => { setForm((f) => ({ ...f, ...patch })); setErrors({}); setGeneral(null); };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found = checkNewCompany(form);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      const created = await accountApi.createCompany({
        name: form.name.trim(), ...(form.id.trim() ? { id: form.id.trim() } : {}), ...(form.email.trim() ? { email: form.email.trim() } : {}),
        timeZone: form.timeZone.trim() || 'UTC', ...(creditLimitOf(form.creditLimit) !== undefined ? { creditLimit: creditLimitOf(form.creditLimit) } : {}),
        admin: { email: form.adminEmail.trim(), name: form.adminName.trim(), password: form.adminPassword },
      });
      setForm(emptyCompanyForm());
      onCreated(created);
    } catch (error) {
      if (error instanceof ApiError && error.problem.errors) {
        const found = fieldErrorsOf(error.problem.errors);
        setErrors(found);
        const rest = unplacedErrors(found, FIELDS.map((f) => f.error));
        setGeneral(rest.length ? rest.join(' ') : null);
      } else setGeneral(messageOf(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="campaign-form" onSubmit={submit} noValidate data-testid="new-company-form">
      <fieldset className="group">
        <legend>New company</legend>
        <div className="form-fields">
          {FIELDS.map((f) => (
            <div key={f.key} style={{ display: 'contents' }}>
              <label htmlFor={`company-new-${f.key}`}>{f.label}</label>
              <input id={`company-new-${f.key}`} type={f.type ?? 'text'} placeholder={f.placeholder} value={form[f.key]}
                autoComplete={f.type === 'password' ? 'new-password' : 'off'} onChange={(e) => set({ [f.key]: e.target.value })} />
              <FieldError errors={errors} name={f.error} />
            </div>
          ))}
        </div>
        {general && <div className="message message-error" role="alert" data-testid="form-message">{general}</div>}
        <div className="actions"><button type="submit" className="primary" disabled={busy}>Create company</button></div>
      </fieldset>
    </form>
  );
}
