import { Fragment, useCallback, useEffect, useRef, useState } from 'react';
import { clickToCallApi } from '../../api/clickToCallClient';
import type { CallbackRequestView, ClickToCallCampaign, CommentView } from '../../api/clickToCallViews';
import { MessageArea, type Message } from '../../components/MessageArea/MessageArea';
import { usePolling } from '../../components/Polling/usePolling';
import { messageOf } from '../../components/ProblemList/problems';
import { formatSeconds } from '../../model/campaignDisplay';
import { callBackBody, emptyRequestFilters, FAILED_STATUSES, isFailed, requestQuery, type RequestFilters as Filters } from '../../model/clickToCallDisplay';
import { ClickToCallNav } from '../ClickToCallCampaignsPage/ClickToCallNav';
import { RequestStatusBadge } from '../ClickToCallCampaignsPage/RequestStatusBadge';
import { CallBackOperatorInput, useCallBackOperator } from './CallBackControl';
import { RequestDetails } from './RequestDetails';
import { RequestFilters } from './RequestFilters';
import { useCan } from '../../store/authStore';

const PAGE = 50;

/** Callback requests (all, or the failed ones with "Call back"), filtered; a row opens to its calls, consent and comments. */
export function CallbackRequestsPage({ failed, campaignId }: { failed: boolean; campaignId?: string }) {
  const control = useCan('clickToCall.control');
  const [filters, setFilters] = useState<Filters>(() => ({ ...emptyRequestFilters(), campaignId: campaignId ?? '' }));
  const [offset, setOffset] = useState(0);
  const [list, setList] = useState<{ items: CallbackRequestView[]; total: number } | null>(null);
  const [campaigns, setCampaigns] = useState<ClickToCallCampaign[]>([]);
  const [open, setOpen] = useState<Set<string>>(new Set());
  const [calling, setCalling] = useState<string | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [operator, setOperator] = useCallBackOperator();
  const effective = failed ? { ...filters, status: FAILED_STATUSES.join(',') } : filters;
  const filterQuery = requestQuery(effective);
  const pagedQuery = requestQuery(effective, { offset, limit: PAGE });
  const sequence = useRef(0);

  const load = useCallback(async () => {
    const mine = ++sequence.current;
    try {
      const answer = await clickToCallApi.requests(pagedQuery);
      if (mine === sequence.current) setList(answer);
    } catch (error) {
      if (mine === sequence.current) setMessage({ kind: 'error', text: `Could not load the requests: ${messageOf(error)}` });
    }
  }, [pagedQuery]);
  useEffect(() => { void load(); }, [load]);
  usePolling(() => void load(), 5000);
  useEffect(() => {
    clickToCallApi.campaigns(true).then(setCampaigns, (e) => setMessage({ kind: 'error', text: `Could not load the campaigns: ${messageOf(e)}` }));
  }, []);

  const replace = (row: CallbackRequestView) => setList((l) => l && { ...l, items: l.items.map((r) => (r.id === row.id ? row : r)) });
  const toggle = (id: string) => setOpen((s) => { const next = new Set(s); if (next.has(id)) next.delete(id); else next.add(id); return next; });
  const addComment = (row: CallbackRequestView, comment: CommentView) => replace({ ...row, comments: [...(row.comments ?? []), comment] });

  const callBack = async (row: CallbackRequestView) => {
    setCalling(row.id);
    try {
      replace(await clickToCallApi.callBack(row.id, callBackBody(operator)));
      setMessage({ kind: 'info', text: `Calling back ${row.clientPhone}: ${operator.trim() ? `your phone (${operator.trim()})` : "the campaign's operators"} first, then the client.` });
    } catch (error) {
      setMessage({ kind: 'error', text: `Could not call back ${row.clientPhone}: ${messageOf(error)}` });
      try { replace(await clickToCallApi.request(row.id)); } catch { /* the list refresh shows it */ }
    } finally {
      setCalling(null);
    }
  };

  const changeFilters = (f: Filters) => { setFilters(f); setOffset(0); };
  const total = list?.total ?? 0;
  const columns = failed ? 9 : 8;
  return (
    <div className="page" data-testid={failed ? 'failed-requests-page' : 'requests-page'}>
      <div className="page-header">
        <h1>{failed ? 'Failed requests' : 'Callback requests'}</h1>
        <a className="button" href={clickToCallApi.requestsCsv(filterQuery)} download data-testid="export-csv">Export CSV</a>
      </div>
      <ClickToCallNav current={failed ? 'failed' : 'requests'} />
      <MessageArea message={message} onDismiss={() => setMessage(null)} />
      <RequestFilters filters={filters} campaigns={campaigns} showStatus={!failed} onChange={changeFilters} />
      {failed && <CallBackOperatorInput value={operator} onChange={setOperator} />}
      {list === null ? <p className="muted">Loading requests…</p> : list.items.length === 0 ? (
        <div className="empty-state" data-testid="requests-empty">
          <h2>{failed ? 'No failed requests' : 'No requests'}</h2>
          <p className="muted">{failed ? 'Requests whose client or operators could not be reached show here, with a button to call them back.' : 'Requests from your banners show here as soon as visitors send them.'}</p>
        </div>
      ) : (
        <table data-testid="requests-table">
          <thead>
            <tr>
              <th>Created</th><th>Client number</th><th>Direction</th><th>Campaign</th><th>Status</th><th className="num">Attempts</th><th className="num">Talk time</th>
              <th className="num">Comments</th>{failed && <th />}
            </tr>
          </thead>
          <tbody>
            {list.items.map((r) => {
              const expanded = open.has(r.id);
              const types = campaigns.find((c) => c.id === r.campaignId)?.commentTypes ?? [];
              return (
                <Fragment key={r.id}>
                  <tr className={expanded ? 'request-row open' : 'request-row'} data-testid={`request-row-${r.id}`} onClick={() => toggle(r.id)}>
                    <td><button type="button" className="link-button" aria-expanded={expanded} aria-label={`${expanded ? 'Hide' : 'Show'} the calls of ${r.clientPhone}`}>{expanded ? '▾' : '▸'}</button>
                      {new Date(r.createdAt).toLocaleString()}</td>
                    <td><code>{r.clientPhone}</code></td>
                    <td>{r.direction?.label ?? ''}{r.direction?.mobile && <span className="muted small"> mobile</span>}</td>
                    <td>{r.campaignName}</td>
                    <td><RequestStatusBadge status={r.status} /></td>
                    <td className="num">{r.attempts}</td>
                    <td className="num">{r.talkSeconds > 0 ? formatSeconds(r.talkSeconds) : ''}</td>
                    <td className="num">{r.comments?.length || ''}</td>
                    {failed && (
                      <td onClick={(e) => e.stopPropagation()}>
                        {isFailed(r.status) && <button type="button" className="primary" disabled={calling === r.id || !control.allowed} title={control.title} onClick={() => void callBack(r)}>Call back</button>}
                      </td>
                    )}
                  </tr>
                  {expanded && (
                    <tr className="request-details"><td colSpan={columns}>
                      <RequestDetails request={r} commentTypes={types} onComment={(c) => addComment(r, c)} />
                    </td></tr>
                  )}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      )}
      {total > PAGE && (
        <div className="button-row">
          <button type="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>Previous</button>
          <span className="muted small">{offset + 1}–{Math.min(total, offset + PAGE)} of {total}</span>
          <button type="button" disabled={offset + PAGE >= total} onClick={() => setOffset(offset + PAGE)}>Next</button>
        </div>
      )}
    </div>
  );
}
