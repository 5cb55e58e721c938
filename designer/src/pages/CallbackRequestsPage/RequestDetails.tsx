import type { CallbackRequestView, CommentTypeView, CommentView, LegView } from '../../api/clickToCallViews';
import { formatSeconds } from '../../model/campaignDisplay';
import { commentSummary } from '../../model/clickToCallComments';
import { formatMoney, legOutcomeLabel, legsByAttempt } from '../../model/clickToCallDisplay';
import { CommentForm } from './CommentForm';

const time = (iso: string | null | undefined) => (iso ? new Date(iso).toLocaleTimeString() : '');

function LegCells({ leg }: { leg: LegView | null }) {
  if (!leg) return <td colSpan={7} className="muted">not dialled</td>;
  const cdr = leg.cdr;
  return (
    <>
      <td><code>{leg.number}</code>{leg.answeredBy && <div className="muted small">answered by {leg.answeredBy}</div>}</td>
      <td>{legOutcomeLabel(leg.outcome)}</td>
      <td>{time(cdr?.answeredAt ?? leg.answeredAt)}</td>
      <td>{time(cdr?.endedAt ?? leg.endedAt)}</td>
      <td className="num">{cdr?.billableSeconds !== null && cdr?.billableSeconds !== undefined ? formatSeconds(cdr.billableSeconds) : ''}</td>
      <td>{cdr?.disposition ?? ''}{cdr?.cause ? <span className="muted small"> ({cdr.cause})</span> : null}</td>
      <td>{cdr?.sipStatus ?? leg.sipStatus ?? ''}{leg.callId && <div className="muted small" title="Call id">{leg.callId}</div>}</td>
    </>
  );
}

/** Both legs of each attempt with their CDR fields, the consent given, and the comments with the "Add comment" form. */
export function RequestDetails({ request, commentTypes, onComment }: {
  request: CallbackRequestView; commentTypes: CommentTypeView[]; onComment: (c: CommentView) => void;
}) {
  const attempts = legsByAttempt(request.legs ?? []);
  const typeOf = (name: string) => commentTypes.find((t) => t.name === name);
  return (
    <div data-testid={`request-details-${request.id}`}>
      <p className="small">
        {request.reason && <><strong>Reason:</strong> {request.reason} · </>}
        {request.destination && <>Tariff destination {request.destination} · </>}
        {request.price !== null && request.price !== undefined && <>Price {formatMoney(request.price, request.currency)} · </>}
        Called {request.firstLeg === 'company' ? 'company' : 'client'} first · source {request.source}
        {request.nextAttemptAt && request.status === 'waiting' && <> · next attempt {new Date(request.nextAttemptAt).toLocaleString()}</>}
      </p>
      <h3>Calls</h3>
      {attempts.length === 0 ? <p className="muted small">No calls yet.</p> : (
        <table className="legs-table" data-testid="legs-table">
          <thead>
            <tr><th className="num">Attempt</th><th>Side</th><th>Number</th><th>Outcome</th><th>Answered</th><th>Ended</th><th className="num">Duration</th><th>Disposition</th><th>SIP status</th></tr>
          </thead>
          <tbody>
            {attempts.flatMap((a) => [
              <tr key={`${a.attempt}-client`} data-testid={`leg-${a.attempt}-client`}><td className="num" rowSpan={2}>{a.attempt}</td><td>Client</td><LegCells leg={a.client} /></tr>,
              <tr key={`${a.attempt}-company`} data-testid={`leg-${a.attempt}-company`}><td>Company</td><LegCells leg={a.company} /></tr>,
            ])}
          </tbody>
        </table>
      )}
      <h3>Consent</h3>
      {request.consent ? (
        <p className="small" data-testid="consent">
          “{request.consent.text}” — given {new Date(request.consent.givenAt).toLocaleString()} from {request.consent.sourceAddress}
          {request.consent.pageUrl && <> on <a href={request.consent.pageUrl} target="_blank" rel="noreferrer">{request.consent.pageUrl}</a></>}
          {request.consent.userAgent && <span className="muted"> ({request.consent.userAgent})</span>}
        </p>
      ) : <p className="muted small">No consent recorded.</p>}
      <h3>Comments</h3>
      {(request.comments ?? []).length === 0 ? <p className="muted small">No comments yet.</p> : (
        <ul className="comment-list" data-testid="comments">
          {request.comments.map((c) => (
            <li key={c.id}>
              <strong>{typeOf(c.type)?.label ?? c.type}</strong> <span className="muted small">{c.author} · {new Date(c.createdAt).toLocaleString()}</span>
              {Object.keys(c.fields ?? {}).length > 0 && <div className="small">{commentSummary(typeOf(c.type), c.fields)}</div>}
              {c.text && <div>{c.text}</div>}
            </li>
          ))}
        </ul>
      )}
      {commentTypes.length > 0
        ? <CommentForm requestId={request.id} types={commentTypes} onAdded={onComment} />
        : <p className="muted small">This campaign has no comment types.</p>}
      {request.talkSeconds > 0 && <p className="small muted">Talk time {formatSeconds(request.talkSeconds)}</p>}
    </div>
  );
}
