import { useCallback, useEffect, useState } from 'react';
import { campaignsApi } from '../../api/campaignClient';
import type { Contact, ContactList, SubscriberGroup } from '../../api/campaignViews';
import { ApiError } from '../../api/client';
import { Link } from '../../components/Link';
import { navigate } from '../../router';
import { MessageArea, type Message } from '../../components/MessageArea/MessageArea';
import { messageOf } from '../../components/ProblemList/problems';
import { AddContactDialog } from './AddContactDialog';
import { ImportWizard } from './ImportWizard';
import { useCan } from '../../store/authStore';

const PAGE = 50;

/** One group: its contacts (search, paging, add, delete), the CSV import wizard and the export. */
export function GroupPage({ groupId }: { groupId: string }) {
  const edit = useCan('contacts.edit');
  const [group, setGroup] = useState<SubscriberGroup | null>(null);
  const [notFound, setNotFound] = useState(false);
  const [list, setList] = useState<ContactList | null>(null);
  const [search, setSearch] = useState('');
  const [offset, setOffset] = useState(0);
  const [message, setMessage] = useState<Message | null>(null);
  const [dialog, setDialog] = useState<'add' | 'import' | null>(null);

  const loadGroup = useCallback(async () => {
    try {
      setGroup(await campaignsApi.group(groupId));
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) setNotFound(true);
      else setMessage({ kind: 'error', text: `Could not load the group: ${messageOf(error)}` });
    }
  }, [groupId]);

  const loadContacts = useCallback(async () => {
    try {
      setList(await campaignsApi.contacts(groupId, search.trim(), offset, PAGE));
    } catch (error) {
      setMessage({ kind: 'error', text: `Could not load the contacts: ${messageOf(error)}` });
    }
  }, [groupId, search, offset]);

  useEffect(() => { void loadGroup(); }, [loadGroup]);
  useEffect(() => {
    const timer = setTimeout(() => void loadContacts(), 250);
    return () => clearTimeout(timer);
  }, [loadContacts]);

  const reload = () => { void loadGroup(); void loadContacts(); };

  const remove = async (contact: Contact) => {
    if (!confirm(`Delete ${contact.name ?? contact.phone} (${contact.phone}) from this group?`)) return;
    try {
      await campaignsApi.deleteContact(groupId, contact.id);
      setMessage({ kind: 'info', text: `${contact.phone} was deleted.` });
      reload();
    } catch (error) {
      setMessage({ kind: 'error', text: `Could not delete ${contact.phone}: ${messageOf(error)}` });
    }
  };

  const removeGroup = async () => {
    if (!group || !confirm(`Delete the group “${group.name}” and its ${group.contactCount} contacts? This cannot be undone.`)) return;
    try {
      await campaignsApi.deleteGroup(groupId);
      navigate('/groups');
    } catch (error) {
      setMessage({ kind: 'error', text: `Could not delete the group: ${messageOf(error)}` });
    }
  };

  if (notFound)
    return <div className="page"><h1>Group not found</h1><p>There is no group '{groupId}'. <Link href="/groups">Back to the groups</Link>.</p></div>;
  const fields = group?.fields ?? [];
  const items = list?.items ?? [];
  const total = list?.total ?? 0;
  return (
    <div className="page" data-testid="group-page">
      <p className="small"><Link href="/groups">Contact groups</Link> ›</p>
      <div className="page-header">
        <h1>{group?.name ?? groupId}</h1>
        <div className="button-row">
          <button type="button" onClick={() => setDialog('add')} disabled={!group || !edit.allowed} title={edit.title}>Add contact</button>
          <button type="button" className="primary" onClick={() => setDialog('import')} disabled={!group || !edit.allowed} title={edit.title}>Import CSV</button>
          <a className="button" href={campaignsApi.exportCsv(groupId)} download>Export CSV</a>
          <button type="button" onClick={() => void removeGroup()} disabled={!group || !edit.allowed} title={edit.title}>Delete group</button>
        </div>
      </div>
      {group?.description && <p className="muted">{group.description}</p>}
      <MessageArea message={message} onDismiss={() => setMessage(null)} />
      <div className="flows-toolbar">
        <input type="search" aria-label="Search contacts" placeholder="Search by phone or name" value={search}
          onChange={(e) => { setSearch(e.target.value); setOffset(0); }} />
        <span className="muted" data-testid="contact-total">{total} contact{total === 1 ? '' : 's'}</span>
      </div>
      {list === null ? <p className="muted">Loading contacts…</p> : items.length === 0 ? (
        <p className="muted" data-testid="contacts-empty">{search.trim() ? `No contacts match “${search.trim()}”.` : 'No contacts yet: import a CSV file or add one.'}</p>
      ) : (
        <table data-testid="contacts-table">
          <thead>
            <tr><th>Phone</th><th>Name</th><th>Patronymic</th><th>Time zone</th>{fields.map((f) => <th key={f.name}>{f.label || f.name}</th>)}<th /></tr>
          </thead>
          <tbody>
            {items.map((c) => (
              <tr key={c.id} data-testid={`contact-row-${c.phone}`}>
                <td><code>{c.phone}</code></td>
                <td>{c.name}</td>
                <td>{c.patronymic}</td>
                <td>{c.timeZone}</td>
                {fields.map((f) => <td key={f.name}>{c.fields[f.name] === null || c.fields[f.name] === undefined ? '' : String(c.fields[f.name])}</td>)}
                <td className="num"><button type="button" aria-label={`Delete ${c.phone}`} disabled={!edit.allowed} title={edit.title} onClick={() => void remove(c)}>Delete</button></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="pager">
        <button type="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>Previous</button>
        <span data-testid="pager-range">{total === 0 ? '0 contacts' : `${offset + 1}–${Math.min(offset + items.length, total)} of ${total}`}</span>
        <button type="button" disabled={offset + PAGE >= total} onClick={() => setOffset(offset + PAGE)}>Next</button>
      </div>
      {dialog === 'add' && group && (
        <AddContactDialog group={group} onClose={() => setDialog(null)}
          onAdded={(c) => { setDialog(null); setMessage({ kind: 'info', text: `${c.phone} was added.` }); reload(); }} />
      )}
      {dialog === 'import' && group && <ImportWizard group={group} onClose={() => { setDialog(null); reload(); }} />}
    </div>
  );
}
