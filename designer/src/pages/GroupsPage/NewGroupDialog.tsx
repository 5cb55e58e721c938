import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import { campaignsApi } from '../../api/campaignClient';
import type { SubscriberGroup } from '../../api/campaignViews';
import { Dialog } from '../../components/Dialog/Dialog';
import { messageOf } from '../../components/ProblemList/problems';
import { checkGroupForm, groupBody, newGroupForm, type GroupForm } from '../../model/groupForm';
import { fieldErrorsOf, unplacedErrors } from '../../model/problemFields';
import { COMMON_TIME_ZONES } from '../../model/zonedTime';
import { FieldsEditor } from './FieldsEditor';

/** Name, default country and time zone, and the group's custom fields. */
export function NewGroupDialog({ onClose, onCreated }: { onClose: () => void; onCreated: (group: SubscriberGroup) => void }) {
  const [form, setForm] = useState<GroupForm>(newGroupForm);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [tried, setTried] = useState(false);
  const shown = tried ? { ...checkGroupForm(form), ...errors } : errors;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (Object.keys(checkGroupForm(form)).length > 0 || busy) return;
    setBusy(true);
    setGeneral(null);
    try {
      onCreated(await campaignsApi.createGroup(groupBody(form)));
    } catch (error) {
      if (error instanceof ApiError && error.problem.errors) {
        const server = fieldErrorsOf(error.problem.errors);
        setErrors(server);
        const rest = unplacedErrors(server, ['name', 'defaultCountry', 'defaultTimeZone']);
        setGeneral(rest.length ? rest.join(' ') : null);
      } else setGeneral(messageOf(error));
    } finally {
      setBusy(false);
    }
  };
  const set = (patch: Partial<GroupForm>) => { setForm({ ...form, ...patch }); setErrors({}); };

  return (
    <Dialog title="New contact group" onClose={onClose} testId="new-group-dialog" wide>
      <form onSubmit={submit} noValidate>
        <div className="form-fields">
          <label htmlFor="group-name">Name</label>
          <input id="group-name" value={form.name} autoFocus onChange={(e) => set({ name: e.target.value })} />
          {shown.name && <div className="field-error">{shown.name}</div>}
          <label htmlFor="group-description">Description</label>
          <input id="group-description" value={form.description} onChange={(e) => set({ description: e.target.value })} />
          <label htmlFor="group-country">Default country</label>
          <input id="group-country" value={form.defaultCountry} maxLength={2} size={4} onChange={(e) => set({ defaultCountry: e.target.value })}
            title="Numbers without a country code are read as numbers of this country (two letters: US, GB, DE…)" />
          {shown.defaultCountry && <div className="field-error">{shown.defaultCountry}</div>}
          <label htmlFor="group-zone">Default time zone</label>
          <input id="group-zone" list="group-zones" value={form.defaultTimeZone} placeholder="the campaign's"
            onChange={(e) => set({ defaultTimeZone: e.target.value })} />
          {shown.defaultTimeZone && <div className="field-error">{shown.defaultTimeZone}</div>}
        </div>
        <datalist id="group-zones">{COMMON_TIME_ZONES.map((z) => <option key={z} value={z} />)}</datalist>
        <h3>Custom fields</h3>
        <p className="muted small">Extra columns every contact of this group has, such as an amount due. Flows read them as contact.fields.&lt;name&gt;.</p>
        <FieldsEditor rows={form.fields} errors={shown} onChange={(fields) => set({ fields })} />
        {general && <div className="message message-error" role="alert">{general}</div>}
        <div className="actions">
          <button type="button" onClick={onClose}>Cancel</button>
          <button type="submit" className="primary" disabled={busy}>Create group</button>
        </div>
      </form>
    </Dialog>
  );
}
