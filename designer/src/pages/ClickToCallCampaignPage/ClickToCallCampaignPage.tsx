import { useEffect, useState } from 'react';
import { ApiError } from '../../api/client';
import { clickToCallApi } from '../../api/clickToCallClient';
import type { ClickToCallCampaign } from '../../api/clickToCallViews';
import { Link } from '../../components/Link';
import { MessageArea, type Message } from '../../components/MessageArea/MessageArea';
import { messageOf } from '../../components/ProblemList/problems';
import { StatusBadge } from '../../components/StatusBadge/StatusBadge';
import { clickToCallBody, formFromClickToCall, newClickToCallForm } from '../../model/clickToCallForm';
import { clickToCallPath, navigate } from '../../router';
import { ClickToCallFormView } from './ClickToCallFormView';
import { EmbedSnippet } from './EmbedSnippet';
import { useCan } from '../../store/authStore';

const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/** "New campaign" (no id), or one campaign: pause, resume, new key, archive, the embed snippet and every setting. */
export function ClickToCallCampaignPage({ campaignId }: { campaignId?: string }) {
  const edit = useCan('clickToCall.edit');
  const control = useCan('clickToCall.control');
  const [campaign, setCampaign] = useState<ClickToCallCampaign | null>(null);
  const [notFound, setNotFound] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);
  const [acting, setActing] = useState(false);
  const [formKey, setFormKey] = useState(0);

  useEffect(() => {
    if (!campaignId) return;
    let alive = true;
    clickToCallApi.campaign(campaignId).then(
      (c) => alive && setCampaign(c),
      (e) => {
        if (!alive) return;
        if (e instanceof ApiError && e.status === 404) setNotFound(true);
        else setMessage({ kind: 'error', text: `Could not load the campaign: ${messageOf(e)}` });
      });
    return () => { alive = false; };
  }, [campaignId]);

  if (!campaignId) {
    return (
      <div className="page" data-testid="new-click-to-call-page">
        <p className="small"><Link href="/click-to-call">Click-to-call</Link> ›</p>
        <h1>New click-to-call campaign</h1>
        <ClickToCallFormView initial={newClickToCallForm(browserZone())} submitLabel="Create campaign"
          onSubmit={async (form) => { const created = await clickToCallApi.createCampaign(clickToCallBody(form)); navigate(clickToCallPath(created.id), { replace: true }); }}
          onCancel={() => navigate('/click-to-call')} />
      </div>
    );
  }
  if (notFound)
    return <div className="page"><h1>Campaign not found</h1><p>There is no click-to-call campaign '{campaignId}'. <Link href="/click-to-call">Back to the campaigns</Link>.</p></div>;

  const act = async (action: 'pause' | 'resume' | 'rotate-key' | 'archive') => {
    if (!campaign) return;
    if (action === 'rotate-key' && !confirm('Make a new key? Banners with the old key stop working until their pages use the new snippet.')) return;
    if (action === 'archive' && !confirm(`Archive “${campaign.name}”? Its banner stops taking requests.`)) return;
    setActing(true);
    try {
      if (action === 'archive') {
        await clickToCallApi.archiveCampaign(campaign.id);
        navigate('/click-to-call');
        return;
      }
      setCampaign(await clickToCallApi.lifecycle(campaign.id, action));
      setMessage({ kind: 'info', text: action === 'rotate-key' ? 'A new key is made: update the snippet on your web pages.' : action === 'pause' ? 'Paused: the banner refuses new requests.' : 'The banner takes requests again.' });
    } catch (error) {
      setMessage({ kind: 'error', text: messageOf(error) });
    } finally {
      setActing(false);
    }
  };

  return (
    <div className="page" data-testid="click-to-call-campaign-page">
      <p className="small"><Link href="/click-to-call">Click-to-call</Link> ›</p>
      {campaign === null ? <h1>{campaignId}</h1> : (
        <div className="page-header">
          <div>
            <h1>{campaign.name} <StatusBadge status={campaign.status} /></h1>
            <p className="muted small">
              {campaign.counts && `${campaign.counts.waiting} waiting · ${campaign.counts.calling} calling · ${campaign.counts.completed} completed · ${campaign.counts.failed} failed · `}
              <Link href={`/click-to-call/requests?campaignId=${encodeURIComponent(campaign.id)}`}>requests</Link>
            </p>
          </div>
          <div className="button-row">
            {campaign.status === 'active' && <button type="button" disabled={acting || !control.allowed} title={control.title} onClick={() => void act('pause')}>Pause</button>}
            {campaign.status === 'paused' && <button type="button" className="primary" disabled={acting || !control.allowed} title={control.title} onClick={() => void act('resume')}>Resume</button>}
            <button type="button" disabled={acting || !edit.allowed} title={edit.title} onClick={() => void act('rotate-key')}>New key</button>
            {campaign.status !== 'archived' && <button type="button" disabled={acting || !edit.allowed} title={edit.title} onClick={() => void act('archive')}>Archive</button>}
          </div>
        </div>
      )}
      <MessageArea message={message} onDismiss={() => setMessage(null)} />
      {campaign && (
        <>
          <EmbedSnippet campaignId={campaign.id} campaignKey={campaign.key} />
          <ClickToCallFormView key={formKey} initial={formFromClickToCall(campaign)} submitLabel="Save changes" refusal={edit.title}
            onSubmit={async (form) => {
              const saved = await clickToCallApi.updateCampaign(campaign.id, clickToCallBody(form));
              setCampaign(saved);
              setFormKey((k) => k + 1);
              setMessage({ kind: 'info', text: 'Saved.' });
            }} />
        </>
      )}
    </div>
  );
}
