// The dashboard's chart points from GET /api/statistics buckets: calls split into answered and not, ASR in percent, spend in
// cents (the bar charts' axes step in whole units).
import type { StatisticsBucketView } from '../api/billingViews';

export const callPoints = (buckets: readonly StatisticsBucketView[]) =>
  buckets.map((b) => ({ at: b.start, answered: b.answered, unanswered: Math.max(0, b.calls - b.answered) }));

export const asrPoints = (buckets: readonly StatisticsBucketView[]) =>
  buckets.map((b) => ({ at: b.start, asr: b.asr === null ? 0 : Math.round(b.asr * 1000) / 10 }));

export const spendPoints = (buckets: readonly StatisticsBucketView[]) =>
  buckets.map((b) => ({ at: b.start, spend: Math.round(b.spend * 100) }));

/** Whether the period had any call or charge (else the dashboard shows its empty state). */
export const hasActivity = (buckets: readonly StatisticsBucketView[], calls: number) => calls > 0 || buckets.some((b) => b.spend > 0);
