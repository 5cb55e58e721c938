// Who is signed in: GET /api/me (user, company they act in, permissions), and what the app asks of it: `can(action)`.
import { create } from 'zustand';
import { accountApi } from '../api/accountClient';
import type { MeView } from '../api/accountViews';
import { ApiError, setUnauthorizedListener } from '../api/client';
import { messageOf } from '../components/ProblemList/problems';
import { actionDeniedTitle, mayDo, mayOpen, type Action } from '../model/permissions';
import { SignInRedirect } from '../model/signInRedirect';
import { navigate } from '../router';

export type AuthStatus = 'loading' | 'signed-in' | 'signed-out' | 'failed';

interface AuthState {
  status: AuthStatus;
  me: MeView | null;
  /** Why /api/me could not be read (status `failed`). */
  error: string | null;
  /** Reads /api/me again. */
  load(): Promise<void>;
  /** After a sign-in, set-up or company switch: the me-view the server answered. */
  signedIn(me: MeView): void;
  signOut(): Promise<void>;
}

const redirect = new SignInRedirect((path) => {
  useAuth.setState({ status: 'signed-out', me: null });
  navigate(path);
}, () => location.pathname + location.search);

setUnauthorizedListener((path) => redirect.onUnauthorized(path));

export const useAuth = create<AuthState>()((set) => ({
  status: 'loading',
  me: null,
  error: null,
  async load() {
    try {
      const me = await accountApi.me();
      redirect.reset();
      set({ status: 'signed-in', me, error: null });
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) set({ status: 'signed-out', me: null, error: null });
      else set({ status: 'failed', error: messageOf(error) });
    }
  },
  signedIn(me) {
    redirect.reset();
    set({ status: 'signed-in', me, error: null });
  },
  async signOut() {
    try {
      await accountApi.signOut();
    } finally {
      // A full load: no page keeps the last person's data in memory.
      location.assign('/sign-in');
    }
  },
}));

// Module-level selectors (components call `useAuth(canSelector('flows.edit'))`).
export const permissionsSelector = (s: AuthState) => s.me?.permissions;
export const canSelector = (action: Action) => (s: AuthState) => mayDo(s.me?.permissions, action);
export const canOpenSelector = (page: string) => (s: AuthState) => mayOpen(s.me?.permissions, page);

/** Whether the caller may do `action`, and the title of a button they may not use (undefined when they may). */
export function useCan(action: Action): { allowed: boolean; title: string | undefined } {
  const allowed = useAuth(canSelector(action));
  const role = useAuth((s) => s.me?.user.role ?? '');
  return { allowed, title: allowed ? undefined : actionDeniedTitle(role, action) };
}

/** The same outside React (stores, loaders). */
export const can = (action: Action) => mayDo(useAuth.getState().me?.permissions, action);
