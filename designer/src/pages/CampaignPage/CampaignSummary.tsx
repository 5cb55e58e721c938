import { useEffect, useState } from 'react';
import { campaignsApi } from '../../api/campaignClient';
import type { Campaign } from '../../api/campaignViews';
import { Link } from '../../components/Link';
import { codeLabel, formatRate, retryText } from '../../model/campaignDisplay';
import { hhmm, MODES, pauseSecondsOf, RETRY_KINDS, RETRY_LABELS } from '../../model/campaignForm';
import { flowPath, groupPath } from '../../router';

/** The settings of a campaign that can no longer be edited. */
export function CampaignSummary({ campaign: c }: { campaign: Campaign }) {
  const when = (iso: string | null, otherwise: string) => (iso ? new Date(iso).toLocaleString() : otherwise);
  // Group names for the links (the campaign holds ids); an id stays shown when its group is gone or the list fails.
  const [groupNames, setGroupNames] = useState<Record<string, string>>({});
  useEffect(() => {
    let current = true;
    campaignsApi.groups().then((groups) => { if (current) setGroupNames(Object.fromEntries(groups.map((g) => [g.id, g.name]))); }, () => undefined);
    return () => { current = false; };
  }, []);
  return (
    <div>
      <p className="muted">Settings can be changed while the campaign is a draft or paused.</p>
      <dl className="facts" data-testid="campaign-summary">
        <dt>Mode</dt><dd>{MODES.find((m) => m.mode === c.mode)?.label}</dd>
        <dt>Flow</dt><dd><Link href={flowPath(c.flowId, c.flowVersion ?? undefined)}>{c.flowId}</Link>{c.flowVersion ? ` (version ${c.flowVersion})` : ''}</dd>
        <dt>Groups</dt><dd>{c.groupIds.map((id, i) => <span key={id}>{i > 0 && ', '}<Link href={groupPath(id)}>{groupNames[id] ?? id}</Link></span>)}</dd>
        <dt>Schedule</dt>
        <dd>
          {when(c.schedule.startAt, 'when started')} – {when(c.schedule.endAt, 'until every contact is done')}; {hhmm(c.schedule.from)}–{hhmm(c.schedule.to)} on {c.schedule.days.join(', ')} ({c.schedule.timeZone})
        </dd>
        <dt>Simultaneous calls</dt><dd>{c.maxConcurrentCalls}</dd>
        <dt>Caller id</dt><dd>{c.callerId ?? 'trunk default'}</dd>
        <dt>Trunk</dt><dd>{c.trunk ?? 'default route'}{c.channel ? ` (${c.channel})` : ''}</dd>
        <dt>Ring time</dt><dd>{c.ringSeconds} s</dd>
        <dt>Retries</dt>
        <dd>{RETRY_KINDS.map((k) => `${RETRY_LABELS[k]}: ${retryText(c.retry[k]?.maxAttempts ?? 1, pauseSecondsOf(c.retry[k] ?? { maxAttempts: 1 }))}`).join('; ')}</dd>
        {c.mode !== 'autoInformer' && <><dt>Operators</dt><dd>{c.operators.join(', ')}</dd></>}
        {c.mode === 'predictive' && <><dt>Abandonment limit</dt><dd>{formatRate(c.abandonLimit)}</dd></>}
        <dt>Conversion results</dt><dd>{c.conversionResults.join(', ') || 'none'}</dd>
        {c.mode !== 'autoInformer' && <><dt>Disposition codes</dt><dd>{c.dispositionCodes.map(codeLabel).join(', ')}</dd></>}
      </dl>
    </div>
  );
}
