import type { BillingAccountView } from '../../api/billingViews';
import { Link } from '../../components/Link';
import { formatBillingPeriod, formatMoney } from '../../model/billingFormat';
import { tariffPath } from '../../router';

/** The balance (large), credit limit and what is available; the tariff; this period's spend and what is missing to its minimum. */
export function BalanceSection({ account }: { account: BillingAccountView }) {
  const money = (n: number) => formatMoney(n, account.currency);
  return (
    <section className="account-section" data-testid="account-balance">
      <h2>Balance</h2>
      <div className={`balance-value${account.balance < 0 ? ' negative' : ''}`} data-testid="balance">{money(account.balance)}</div>
      <dl className="facts">
        <dt>Credit limit</dt><dd data-testid="credit-limit">{account.creditLimit === null ? 'No limit' : money(account.creditLimit)}</dd>
        <dt>Available</dt><dd data-testid="available">{account.available === null ? 'Unlimited' : money(account.available)}</dd>
        <dt>Tariff</dt>
        <dd data-testid="account-tariff">{account.tariff ? <Link href={tariffPath(account.tariff.id)}>{account.tariff.name}</Link> : 'None'}</dd>
        <dt>Spent in {formatBillingPeriod(account.period.name)}</dt><dd data-testid="period-charges">{money(account.period.charges)}</dd>
        {account.minimumPayment > 0 && (
          <>
            <dt>Minimum payment per month</dt><dd data-testid="minimum-payment">{money(account.minimumPayment)}</dd>
            <dt>Still missing to the minimum</dt><dd data-testid="minimum-top-up">{money(account.period.minimumTopUp)}</dd>
          </>
        )}
      </dl>
    </section>
  );
}
