import { pageDeniedText } from '../../model/permissions';
import { Link } from '../Link';

/** Shown instead of a page whose reads the caller's role may not make. */
export function NotAllowed({ role, page }: { role: string; page: string }) {
  return (
    <div className="page" data-testid="not-allowed">
      <div className="empty-state">
        <h1>Not allowed</h1>
        <p>{pageDeniedText(role, page)}</p>
        <p><Link href="/">Back to the start</Link></p>
      </div>
    </div>
  );
}
