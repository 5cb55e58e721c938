import { campaignsApi } from '../../api/campaignClient';
import type { Campaign } from '../../api/campaignViews';
import { messageOf } from '../../components/ProblemList/problems';
import { StatusBadge } from '../../components/StatusBadge/StatusBadge';
import { allowedActions, canDelete, type LifecycleAction } from '../../model/campaignDisplay';
import { MODES } from '../../model/campaignForm';
import { navigate } from '../../router';
import { useCan } from '../../store/authStore';
import { selectActing, useCampaignStore } from '../../store/campaignStore';

const BUTTONS: { action: LifecycleAction; label: string }[] = [
  { action: 'start', label: 'Start' },
  { action: 'pause', label: 'Pause' },
  { action: 'resume', label: 'Resume' },
  { action: 'stop', label: 'Stop' },
  { action: 'archive', label: 'Archive' },
];

/** Name, status, mode and flow, with the lifecycle buttons the status allows (Stop asks first). */
export function CampaignHeader({ campaign }: { campaign: Campaign }) {
  const acting = useCampaignStore(selectActing);
  const allowed = allowedActions(campaign.status);
  const control = useCan('campaigns.control');
  const edit = useCan('campaigns.edit');
  // Archive and Delete change the campaign; the others steer it.
  const permitOf = (action: LifecycleAction) => (action === 'archive' ? edit : control);

  const run = (action: LifecycleAction) => {
    if (action === 'stop' && !confirm(`Stop “${campaign.name}”? Calls in progress finish, no new calls are made, and it cannot be resumed.`)) return;
    void useCampaignStore.getState().act(action);
  };
  const remove = async () => {
    if (!confirm(`Delete “${campaign.name}” and its results? This cannot be undone.`)) return;
    try {
      await campaignsApi.deleteCampaign(campaign.id);
      navigate('/campaigns');
    } catch (error) {
      useCampaignStore.getState().setMessage({ kind: 'error', text: `Could not delete the campaign: ${messageOf(error)}` });
    }
  };

  return (
    <div className="page-header campaign-header">
      <div>
        <h1>{campaign.name} <StatusBadge status={campaign.status} /></h1>
        <p className="muted small">
          {MODES.find((m) => m.mode === campaign.mode)?.label} · flow {campaign.flowId}{campaign.flowVersion ? ` v${campaign.flowVersion}` : ''}
          {campaign.startedAt && ` · started ${new Date(campaign.startedAt).toLocaleString()}`}
          {campaign.completedAt && ` · completed ${new Date(campaign.completedAt).toLocaleString()}`}
        </p>
        {campaign.error && <p className="error-text" role="alert">{campaign.error}</p>}
      </div>
      <div className="button-row" data-testid="lifecycle-buttons">
        {BUTTONS.map((b) => (
          <button key={b.action} type="button" className={b.action === 'start' || b.action === 'resume' ? 'primary' : b.action === 'stop' ? 'danger' : ''}
            disabled={acting || !allowed.includes(b.action) || !permitOf(b.action).allowed} title={permitOf(b.action).title} onClick={() => run(b.action)}>{b.label}</button>
        ))}
        {canDelete(campaign.status) && <button type="button" disabled={acting || !edit.allowed} title={edit.title} onClick={() => void remove()}>Delete</button>}
      </div>
    </div>
  );
}
