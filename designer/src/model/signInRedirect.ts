// When the server says "Sign in required" (401), the app goes to /sign-in?next=<where the person was>, once: the requests
// that fail together do not each navigate, and the sign-in page itself (or set-up) never sends anyone round in a loop.

/** Requests whose 401 is an answer the caller reads, not a lost session (who am I, sign in, set up; the operator's own token; the widget). */
const ANSWERS_401 = [/^\/api\/me$/, /^\/api\/session(\/|$)/, /^\/api\/setup$/, /^\/api\/operator(\/|$)/, /^\/api\/public(\/|$)/];

/** Pages where a 401 never moves anyone: they are where people sign in. */
const SIGN_IN_PAGES = ['/sign-in', '/setup'];

/** Whether a 401 from this request path means "go and sign in". */
export function redirectsOn401(requestPath: string): boolean {
  const path = requestPath.split('?')[0];
  return !ANSWERS_401.some((pattern) => pattern.test(path));
}

/** The path a sign-in should come back to: only a path of this app (never another site, never the sign-in page itself). */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  const path = next.split('?')[0];
  return SIGN_IN_PAGES.includes(path) ? '/' : next;
}

/** The sign-in page's address for someone who was at `current` (path and query). */
export function signInPathFor(current: string): string {
  const next = safeNextPath(current);
  return next === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(next)}`;
}

/** Sends people to sign in once per lost session: `reset` after a sign-in arms it again. */
export class SignInRedirect {
  private sent = false;

  constructor(private readonly go: (path: string) => void, private readonly currentPath: () => string) {}

  /** Called with the path of a request the server answered 401; true when it navigated. */
  onUnauthorized(requestPath: string): boolean {
    if (this.sent || !redirectsOn401(requestPath)) return false;
    const current = this.currentPath();
    if (SIGN_IN_PAGES.includes(current.split('?')[0])) return false;
    this.sent = true;
    this.go(signInPathFor(current));
    return true;
  }

  reset(): void {
    this.sent = false;
  }
}
