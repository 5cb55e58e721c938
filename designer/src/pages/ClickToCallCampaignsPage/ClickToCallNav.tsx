import { Link } from '../../components/Link';

const ITEMS = [
  { id: 'campaigns', label: 'Campaigns', href: '/click-to-call' },
  { id: 'requests', label: 'Requests', href: '/click-to-call/requests' },
  { id: 'failed', label: 'Failed', href: '/click-to-call/requests?view=failed' },
  { id: 'statistics', label: 'Statistics', href: '/click-to-call/statistics' },
] as const;

/** The click-to-call pages' own tabs: campaigns, all requests, the failed ones and statistics. */
export function ClickToCallNav({ current }: { current: (typeof ITEMS)[number]['id'] }) {
  return (
    // Not a <nav> landmark: the header's navigation stays the only one (its "Campaigns" link would be ambiguous).
    <div className="subnav" role="group" aria-label="Click-to-call pages">
      {ITEMS.map((i) => (
        <Link key={i.id} href={i.href} className={i.id === current ? 'on' : ''} aria-current={i.id === current ? 'page' : undefined}>{i.label}</Link>
      ))}
    </div>
  );
}
