import { useEffect, useState } from 'react';
import { billingApi } from '../../api/billingClient';
import type { LedgerKind, LedgerPage } from '../../api/billingViews';
import { messageOf } from '../../components/ProblemList/problems';
import { formatDateTime, formatMoney, formatNumber, LEDGER_KINDS, ledgerKindLabel } from '../../model/billingFormat';

const PAGE = 20;

/** The newest ledger entries, a page at a time, filtered by kind. */
export function LedgerSection({ version }: { version: number }) {
  const [kind, setKind] = useState<LedgerKind | ''>('');
  const [skip, setSkip] = useState(0);
  const [page, setPage] = useState<LedgerPage | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    billingApi.ledger({ kind: kind || undefined, skip, take: PAGE }).then(
      (p) => { if (current) { setPage(p); setError(null); } },
      (e) => { if (current) setError(`Could not load the ledger: ${messageOf(e)}`); },
    );
    return () => { current = false; };
  }, [kind, skip, version]);

  const last = page ? Math.min(skip + PAGE, page.total) : 0;
  return (
    <section className="account-section" data-testid="account-ledger">
      <h2>Ledger</h2>
      <div className="instance-filters">
        <label htmlFor="ledger-kind">Kind</label>
        <select id="ledger-kind" value={kind} onChange={(e) => { setKind(e.target.value as LedgerKind | ''); setSkip(0); }}>
          <option value="">All entries</option>
          {LEDGER_KINDS.map((k) => <option key={k} value={k}>{ledgerKindLabel(k)}</option>)}
        </select>
      </div>
      {error && <p className="field-error" role="alert">{error}</p>}
      {page && page.items.length === 0 && <p className="muted">No entries{kind ? ` of kind ${ledgerKindLabel(kind)}` : ''} yet.</p>}
      {page && page.items.length > 0 && (
        <>
          <table data-testid="ledger-table">
            <thead>
              <tr><th>When</th><th>Kind</th><th>What</th><th className="num">Quantity</th><th className="num">Amount</th></tr>
            </thead>
            <tbody>
              {page.items.map((e) => (
                <tr key={e.id}>
                  <td>{formatDateTime(e.occurredAt)}</td>
                  <td>{ledgerKindLabel(e.kind)}</td>
                  <td>{e.item}{e.description ? <span className="muted"> — {e.description}</span> : null}</td>
                  <td className="num">{e.quantity ? formatNumber(e.quantity, undefined, 2) : ''}</td>
                  <td className={`num${e.amount < 0 ? ' negative' : ''}`}>{formatMoney(e.amount, e.currency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="button-row">
            <span className="muted small">{skip + 1}–{last} of {page.total}</span>
            <button type="button" disabled={skip === 0} onClick={() => setSkip(Math.max(0, skip - PAGE))}>Newer</button>
            <button type="button" disabled={last >= page.total} onClick={() => setSkip(skip + PAGE)}>Older</button>
          </div>
        </>
      )}
    </section>
  );
}
