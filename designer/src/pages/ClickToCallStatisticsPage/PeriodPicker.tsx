import type { ClickToCallCampaign } from '../../api/clickToCallViews';
import { PRESETS, type PresetId } from '../../model/clickToCallPeriod';

export interface PeriodChoice {
  preset: PresetId;
  /** The custom range: first and last day (inclusive). */
  from: string;
  lastDay: string;
  compare: boolean;
  campaignId: string;
}

/** Presets (today, 7 and 30 days), a custom range, the campaign, and "compare with the previous period". */
export function PeriodPicker({ value, campaigns, onChange }: { value: PeriodChoice; campaigns: ClickToCallCampaign[]; onChange: (v: PeriodChoice) => void }) {
  const set = (patch: Partial<PeriodChoice>) => onChange({ ...value, ...patch });
  return (
    <div className="period-picker" data-testid="period-picker">
      <div className="button-row" role="group" aria-label="Period">
        {PRESETS.map((p) => (
          <button key={p.id} type="button" className={value.preset === p.id ? 'on' : ''} aria-pressed={value.preset === p.id} onClick={() => set({ preset: p.id })}>{p.label}</button>
        ))}
        <button type="button" className={value.preset === 'custom' ? 'on' : ''} aria-pressed={value.preset === 'custom'} onClick={() => set({ preset: 'custom' })}>Custom</button>
      </div>
      {value.preset === 'custom' && (
        <>
          <input type="date" aria-label="First day" value={value.from} onChange={(e) => set({ from: e.target.value })} />
          <span>to</span>
          <input type="date" aria-label="Last day" value={value.lastDay} onChange={(e) => set({ lastDay: e.target.value })} />
        </>
      )}
      <label className="checkbox"><input type="checkbox" checked={value.compare} onChange={(e) => set({ compare: e.target.checked })} /> Compare with the previous period</label>
      <label htmlFor="stats-campaign">Campaign</label>
      <select id="stats-campaign" value={value.campaignId} onChange={(e) => set({ campaignId: e.target.value })}>
        <option value="">All campaigns</option>
        {campaigns.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
      </select>
    </div>
  );
}
