import { useEffect, useState } from 'react';
import { campaignsApi } from '../../api/campaignClient';
import { Link } from '../../components/Link';
import { MessageArea } from '../../components/MessageArea/MessageArea';
import { usePolling } from '../../components/Polling/usePolling';
import { selectCampaign, selectCampaignMessage, selectNotFound, useCampaignStore } from '../../store/campaignStore';
import { AttemptsTab } from './AttemptsTab';
import { CampaignHeader } from './CampaignHeader';
import { ContactsTab } from './ContactsTab';
import { SettingsTab } from './SettingsTab';
import { StatisticsTab } from './StatisticsTab';

const TABS = [
  { id: 'statistics', label: 'Statistics' },
  { id: 'contacts', label: 'Contacts' },
  { id: 'attempts', label: 'Attempts' },
  { id: 'settings', label: 'Settings' },
] as const;
type Tab = (typeof TABS)[number]['id'];

/** One campaign: lifecycle buttons, live statistics (every 2 s), its contacts and attempts, and its settings. */
export function CampaignPage({ campaignId }: { campaignId: string }) {
  const campaign = useCampaignStore(selectCampaign);
  const notFound = useCampaignStore(selectNotFound);
  const message = useCampaignStore(selectCampaignMessage);
  const [tab, setTab] = useState<Tab>('statistics');

  useEffect(() => {
    const store = useCampaignStore.getState();
    store.open(campaignId);
    void store.load().then(() => store.refreshLive());
  }, [campaignId]);
  usePolling(() => void useCampaignStore.getState().refreshLive(), 2000, tab === 'statistics' && !notFound);

  if (notFound)
    return <div className="page"><h1>Campaign not found</h1><p>There is no campaign '{campaignId}'. <Link href="/campaigns">Back to the campaigns</Link>.</p></div>;
  return (
    <div className="page campaign-page" data-testid="campaign-page">
      <p className="small"><Link href="/campaigns">Campaigns</Link> ›</p>
      {campaign ? <CampaignHeader campaign={campaign} /> : <h1>{campaignId}</h1>}
      <MessageArea message={message} onDismiss={() => useCampaignStore.getState().setMessage(null)} />
      <div className="tabs" role="tablist">
        {TABS.map((t) => (
          <button key={t.id} type="button" role="tab" aria-selected={tab === t.id} className={tab === t.id ? 'tab on' : 'tab'} onClick={() => setTab(t.id)}>
            {t.label}
          </button>
        ))}
        <span className="spacer" />
        <a href={campaignsApi.resultsCsv(campaignId)} download data-testid="download-results">Download results (CSV)</a>
      </div>
      {campaign === null ? <p className="muted">Loading…</p> : (
        <>
          {tab === 'statistics' && <StatisticsTab campaign={campaign} />}
          {tab === 'contacts' && <ContactsTab campaignId={campaignId} />}
          {tab === 'attempts' && <AttemptsTab campaignId={campaignId} />}
          {tab === 'settings' && <SettingsTab campaign={campaign} />}
        </>
      )}
    </div>
  );
}
