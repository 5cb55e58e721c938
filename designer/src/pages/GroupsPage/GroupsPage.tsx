import { useCallback, useEffect, useState } from 'react';
import { campaignsApi } from '../../api/campaignClient';
import type { SubscriberGroup } from '../../api/campaignViews';
import { Link } from '../../components/Link';
import { MessageArea, type Message } from '../../components/MessageArea/MessageArea';
import { messageOf } from '../../components/ProblemList/problems';
import { groupPath, navigate } from '../../router';
import { NewGroupDialog } from './NewGroupDialog';
import { useCan } from '../../store/authStore';

/** Contact groups: the customer bases campaigns call. */
export function GroupsPage() {
  const edit = useCan('contacts.edit');
  const [groups, setGroups] = useState<SubscriberGroup[] | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [creating, setCreating] = useState(false);

  const load = useCallback(async () => {
    try {
      setGroups(await campaignsApi.groups());
    } catch (error) {
      setMessage({ kind: 'error', text: `Could not load the groups: ${messageOf(error)}` });
    }
  }, []);
  useEffect(() => { void load(); }, [load]);

  return (
    <div className="page" data-testid="groups-page">
      <div className="page-header">
        <h1>Contact groups</h1>
        <button type="button" className="primary" disabled={!edit.allowed} title={edit.title} onClick={() => setCreating(true)}>New group</button>
      </div>
      <MessageArea message={message} onDismiss={() => setMessage(null)} />
      {groups === null ? <p className="muted">Loading groups…</p> : groups.length === 0 ? (
        <div className="empty-state" data-testid="groups-empty">
          <h2>No contact groups yet</h2>
          <p className="muted">Make a group, then import its contacts from a CSV file.</p>
        </div>
      ) : (
        <table data-testid="groups-table">
          <thead><tr><th>Name</th><th className="num">Contacts</th><th>Custom fields</th><th>Country</th><th>Time zone</th></tr></thead>
          <tbody>
            {groups.map((g) => (
              <tr key={g.id} data-testid={`group-row-${g.id}`}>
                <td><Link href={groupPath(g.id)}>{g.name}</Link>{g.description && <div className="muted small">{g.description}</div>}</td>
                <td className="num">{g.contactCount}</td>
                <td>{g.fields.length === 0 ? <span className="muted">none</span> : g.fields.map((f) => `${f.name} (${f.type}${f.required ? ', required' : ''})`).join(', ')}</td>
                <td>{g.defaultCountry}</td>
                <td>{g.defaultTimeZone ?? <span className="muted">campaign's</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {creating && <NewGroupDialog onClose={() => setCreating(false)} onCreated={(g) => { setCreating(false); navigate(groupPath(g.id)); }} />}
    </div>
  );
}
