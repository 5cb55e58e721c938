import { useMemo } from 'react';
import { campaignsApi } from '../../api/campaignClient';
import type { Campaign } from '../../api/campaignViews';
import { canEdit } from '../../model/campaignDisplay';
import { campaignBody, formFromCampaign } from '../../model/campaignForm';
import { useCan } from '../../store/authStore';
import { useCampaignStore } from '../../store/campaignStore';
import { CampaignFormView } from '../CampaignsPage/CampaignFormView';
import { CampaignSummary } from './CampaignSummary';

/** The campaign's settings: editable in Draft and Paused, read-only otherwise. */
export function SettingsTab({ campaign }: { campaign: Campaign }) {
  // The form starts from the campaign as it was when the tab opened (polling must not overwrite what is being typed).
  const initial = useMemo(() => formFromCampaign(campaign), [campaign.id, campaign.updatedAt, campaign.status]);
  const edit = useCan('campaigns.edit');
  if (!edit.allowed) return <div><p className="muted" data-testid="settings-read-only">{edit.title}</p><CampaignSummary campaign={campaign} /></div>;
  if (!canEdit(campaign.status)) return <CampaignSummary campaign={campaign} />;
  return (
    <div>
      <p className="muted">Changes apply to calls made after saving.</p>
      <CampaignFormView key={campaign.updatedAt} initial={initial} submitLabel="Save settings" onSubmit={async (form) => {
        const saved = await campaignsApi.updateCampaign(campaign.id, campaignBody(form));
        useCampaignStore.getState().replace(saved);
        useCampaignStore.getState().setMessage({ kind: 'info', text: 'The settings were saved.' });
      }} />
    </div>
  );
}
