import { useState } from 'react';
import { campaignsApi } from '../../api/campaignClient';
import { Link } from '../../components/Link';
import { campaignBody, newCampaignForm } from '../../model/campaignForm';
import { campaignPath, navigate } from '../../router';
import { CampaignFormView } from './CampaignFormView';

const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/** The "New campaign" form; the campaign is created as a Draft and opened. */
export function NewCampaignPage() {
  const [initial] = useState(() => newCampaignForm(browserZone()));
  return (
    <div className="page" data-testid="new-campaign-page">
      <p className="small"><Link href="/campaigns">Campaigns</Link> ›</p>
      <h1>New campaign</h1>
      <CampaignFormView initial={initial} submitLabel="Create campaign"
        onSubmit={async (form) => { const created = await campaignsApi.createCampaign(campaignBody(form)); navigate(campaignPath(created.id)); }}
        onCancel={() => navigate('/campaigns')} />
    </div>
  );
}
