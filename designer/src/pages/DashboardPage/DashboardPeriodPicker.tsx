import type { StatisticsBucket } from '../../api/billingViews';
import { BUCKETS, DASHBOARD_PRESETS, type DashboardPreset } from '../../model/dashboardPeriod';

export interface DashboardChoice {
  preset: DashboardPreset;
  /** The custom range: first and last day (inclusive). */
  firstDay: string;
  lastDay: string;
  /** The bucket picked by hand; null: the period's default. */
  bucket: StatisticsBucket | null;
}

/** The period presets, custom first and last days, and the bucket (only those that suit the period). */
export function DashboardPeriodPicker({ value, bucket, buckets, onChange }: {
  value: DashboardChoice; bucket: StatisticsBucket; buckets: readonly StatisticsBucket[]; onChange: (v: DashboardChoice) => void;
}) {
  const set = (patch: Partial<DashboardChoice>) => onChange({ ...value, ...patch });
  return (
    <div className="period-picker" data-testid="dashboard-period">
      <div className="button-row" role="group" aria-label="Period">
        {DASHBOARD_PRESETS.map((p) => (
          <button key={p.id} type="button" className={value.preset === p.id ? 'on' : ''} aria-pressed={value.preset === p.id} onClick={() => set({ preset: p.id })}>{p.label}</button>
        ))}
        <button type="button" className={value.preset === 'custom' ? 'on' : ''} aria-pressed={value.preset === 'custom'} onClick={() => set({ preset: 'custom' })}>Custom</button>
      </div>
      {value.preset === 'custom' && (
        <>
          <input type="date" aria-label="First day" value={value.firstDay} onChange={(e) => set({ firstDay: e.target.value })} />
          <span>to</span>
          <input type="date" aria-label="Last day" value={value.lastDay} onChange={(e) => set({ lastDay: e.target.value })} />
        </>
      )}
      <label htmlFor="dashboard-bucket">By</label>
      <select id="dashboard-bucket" value={bucket} onChange={(e) => set({ bucket: e.target.value as StatisticsBucket })}>
        {BUCKETS.filter((b) => buckets.includes(b.id)).map((b) => <option key={b.id} value={b.id}>{b.label}</option>)}
      </select>
    </div>
  );
}
