import { requestStatusLabel, requestStatusTone } from '../../model/clickToCallDisplay';

/** A request's status as people see it (COMPLETED green, FAILED … red, WAITING / CALLING blue). */
export function RequestStatusBadge({ status }: { status: string }) {
  return <span className={`status status-${requestStatusTone(status)}`} data-testid="request-status" data-status={status}>{requestStatusLabel(status)}</span>;
}
