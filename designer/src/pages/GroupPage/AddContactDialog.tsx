import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import { campaignsApi } from '../../api/campaignClient';
import type { Contact, SubscriberGroup } from '../../api/campaignViews';
import { Dialog } from '../../components/Dialog/Dialog';
import { messageOf } from '../../components/ProblemList/problems';
import { fieldErrorsOf, unplacedErrors } from '../../model/problemFields';

/** Phone, name, patronymic, time zone and the group's custom fields; the server checks them as an import would. */
export function AddContactDialog({ group, onClose, onAdded }: { group: SubscriberGroup; onClose: () => void; onAdded: (c: Contact) => void }) {
  const [values, setValues] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (key: string, value: string) => { setValues({ ...values, [key]: value }); setErrors({}); };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!values.phone?.trim()) {
      setErrors({ phone: 'Enter the phone number, with the country code or in the group’s country.' });
      return;
    }
    setBusy(true);
    setGeneral(null);
    try {
      const fields: Record<string, string> = {};
      for (const f of group.fields) if (values[`field:${f.name}`]?.trim()) fields[f.name] = values[`field:${f.name}`].trim();
      const text = (k: string) => values[k]?.trim() || undefined;
      onAdded(await campaignsApi.addContact(group.id, { phone: values.phone.trim(), name: text('name'), patronymic: text('patronymic'), timeZone: text('timeZone'), fields }));
    } catch (error) {
      if (error instanceof ApiError && error.problem.errors) {
        const server = fieldErrorsOf(error.problem.errors);
        setErrors(server);
        const shownKeys = ['phone', 'name', 'patronymic', 'timeZone', ...group.fields.map((f) => `fields.${f.name}`)];
        const rest = unplacedErrors(server, shownKeys);
        setGeneral(rest.length ? rest.join(' ') : null);
      } else setGeneral(messageOf(error));
    } finally {
      setBusy(false);
    }
  };

  const input = (key: string, label: string, errorKey = key, placeholder?: string) => (
    <>
      <label htmlFor={`contact-${key}`}>{label}</label>
      <input id={`contact-${key}`} value={values[key] ?? ''} placeholder={placeholder} onChange={(e) => set(key, e.target.value)} />
      {errors[errorKey] && <div className="field-error">{errors[errorKey]}</div>}
    </>
  );

  return (
    <Dialog title="Add contact" onClose={onClose} testId="add-contact-dialog">
      <form onSubmit={submit} noValidate>
        <div className="form-fields">
          {input('phone', 'Phone', 'phone', '+15551234567')}
          {input('name', 'Name')}
          {input('patronymic', 'Patronymic')}
          {input('timeZone', 'Time zone', 'timeZone', group.defaultTimeZone ?? 'the campaign’s')}
          {group.fields.map((f) => (
            <span key={f.name} style={{ display: 'contents' }}>
              {input(`field:${f.name}`, `${f.label || f.name}${f.required ? ' *' : ''}`, `fields.${f.name}`, f.type === 'date' ? 'yyyy-mm-dd' : f.type)}
            </span>
          ))}
        </div>
        {general && <div className="message message-error" role="alert">{general}</div>}
        <div className="actions">
          <button type="button" onClick={onClose}>Cancel</button>
          <button type="submit" className="primary" disabled={busy}>Add</button>
        </div>
      </form>
    </Dialog>
  );
}
