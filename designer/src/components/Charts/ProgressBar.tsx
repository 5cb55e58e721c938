/** A horizontal bar filled to `fraction` (0…1), with its text for screen readers and tests. */
export function ProgressBar({ fraction, label, testId }: { fraction: number; label: string; testId?: string }) {
  const percent = Math.round(Math.min(1, Math.max(0, fraction)) * 100);
  return (
    <div className="progress" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} aria-label={label} data-testid={testId}>
      <div className="progress-fill" style={{ width: `${percent}%` }} />
    </div>
  );
}
