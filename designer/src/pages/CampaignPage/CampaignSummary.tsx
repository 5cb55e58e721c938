import type { Campaign } from '../../api/campaignViews';
import { formatRate } from '../../model/campaignDisplay';
import { hhmm, MODES, pauseSecondsOf, RETRY_KINDS, RETRY_LABELS } from '../../model/campaignForm';

/** The settings of a campaign that can no longer be edited. */
export function CampaignSummary({ campaign: c }: { campaign: Campaign }) {
  const when = (iso: string | null, otherwise: string) => (iso ? new Date(iso).toLocaleString() : otherwise);
  return (
    <div>
      <p className="muted">Settings can be changed while the campaign is a draft or paused.</p>
      <dl className="facts" data-testid="campaign-summary">
        <dt>Mode</dt><dd>{MODES.find((m) => m.mode === c.mode)?.label}</dd>
        <dt>Flow</dt><dd>{c.flowId}{c.flowVersion ? ` v${c.flowVersion}` : ''}</dd>
        <dt>Groups</dt><dd>{c.groupIds.join(', ')}</dd>
        <dt>Schedule</dt>
        <dd>
          {when(c.schedule.startAt, 'when started')} – {when(c.schedule.endAt, 'until every contact is done')}; {hhmm(c.schedule.from)}–{hhmm(c.schedule.to)} on {c.schedule.days.join(', ')} ({c.schedule.timeZone})
        </dd>
        <dt>Simultaneous calls</dt><dd>{c.maxConcurrentCalls}</dd>
        <dt>Caller id</dt><dd>{c.callerId ?? 'trunk default'}</dd>
        <dt>Trunk</dt><dd>{c.trunk ?? 'default route'}{c.channel ? ` (${c.channel})` : ''}</dd>
        <dt>Ring time</dt><dd>{c.ringSeconds} s</dd>
        <dt>Retries</dt>
        <dd>{RETRY_KINDS.map((k) => `${RETRY_LABELS[k]}: ${c.retry[k]?.maxAttempts ?? '?'} × every ${Math.round(pauseSecondsOf(c.retry[k] ?? { maxAttempts: 0 }) / 60)} min`).join('; ')}</dd>
        {c.mode !== 'autoInformer' && <><dt>Operators</dt><dd>{c.operators.join(', ')}</dd></>}
        {c.mode === 'predictive' && <><dt>Abandonment limit</dt><dd>{formatRate(c.abandonLimit)}</dd></>}
        <dt>Conversion results</dt><dd>{c.conversionResults.join(', ') || 'none'}</dd>
        {c.mode !== 'autoInformer' && <><dt>Disposition codes</dt><dd>{c.dispositionCodes.join(', ')}</dd></>}
      </dl>
    </div>
  );
}
