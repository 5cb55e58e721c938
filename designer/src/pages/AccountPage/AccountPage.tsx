import { useEffect, useState } from 'react';
import { billingApi } from '../../api/billingClient';
import type { BillingAccountView } from '../../api/billingViews';
import { MessageArea, type Message } from '../../components/MessageArea/MessageArea';
import { messageOf } from '../../components/ProblemList/problems';
import { allows } from '../../model/permissions';
import { useAuth } from '../../store/authStore';
import { BalanceSection } from './BalanceSection';
import { InvoicesSection } from './InvoicesSection';
import { LedgerSection } from './LedgerSection';
import { PayerSection } from './PayerSection';
import { ProfileSection } from './ProfileSection';
import { UsageSection } from './UsageSection';

/** Your account: profile and password, the company's balance, tariff, this period's spend, payer, ledger, usage and invoices. */
export function AccountPage() {
  const me = useAuth((s) => s.me);
  const permissions = useAuth((s) => s.me?.permissions);
  const canRead = allows(permissions, 'billing.read');
  const canManage = allows(permissions, 'billing.manage');
  const [account, setAccount] = useState<BillingAccountView | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  // Bumped when the account changes here, so the ledger, usage and invoices read again.
  const [version, setVersion] = useState(0);

  useEffect(() => {
    if (!canRead) return;
    billingApi.account().then(setAccount, (e) => setMessage({ kind: 'error', text: `Could not load the balance: ${messageOf(e)}` }));
  }, [canRead, version]);

  return (
    <div className="page account-page" data-testid="account-page">
      <h1>Account</h1>
      {account?.blocked && (
        <div className="banner banner-error" role="alert" data-testid="blocked-banner">
          Calls and campaigns are stopped: {account.blockedReason ?? 'the balance is used up.'}
        </div>
      )}
      <MessageArea message={message} onDismiss={() => setMessage(null)} />
      {me && <ProfileSection key={me.user.id} me={me} />}
      {me && !canRead && <p className="muted">Your role cannot see the company's billing: it needs billing.read.</p>}
      {account && (
        <>
          <BalanceSection account={account} />
          <PayerSection account={account} canManage={canManage} onSaved={(a) => { setAccount(a); setVersion((v) => v + 1); }} />
          <LedgerSection version={version} />
          <UsageSection period={account.period.name} currency={account.currency} version={version} />
          <InvoicesSection version={version} />
        </>
      )}
    </div>
  );
}
