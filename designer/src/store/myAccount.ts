// Who is signed in (GET /api/me) and what they may do, for the account, dashboard and tariff pages.
// A stand-in until the auth store of the sign-in work ("dacc") is merged: it offers `can(permission)` too, and these pages
// then read that store instead of this one.
import { useEffect, useSyncExternalStore } from 'react';
import { billingApi } from '../api/billingClient';
import type { MeView } from '../api/billingViews';

interface MyAccount {
  me: MeView | null;
  /** Why /api/me could not be read (not signed in, server away). */
  error: unknown;
  loaded: boolean;
}

let state: MyAccount = { me: null, error: null, loaded: false };
let loading: Promise<void> | null = null;
const subscribers = new Set<() => void>();

function publish(next: MyAccount) {
  state = next;
  subscribers.forEach((s) => s());
}

/** Reads /api/me again (after a rename, a password change, a company switch). */
export function reloadMe(): Promise<void> {
  loading = billingApi.me().then(
    (me) => publish({ me, error: null, loaded: true }),
    (error: unknown) => publish({ me: null, error, loaded: true }),
  );
  return loading;
}

/** Replaces the view with one the server answered (PUT /api/me). */
export const setMe = (me: MeView) => publish({ me, error: null, loaded: true });

/** Whether `me` holds `permission` (a system administrator holds them all). */
export const meCan = (me: MeView | null, permission: string) =>
  !!me && (me.user.isSystemAdministrator || me.permissions.includes(permission));

/** The signed-in user and `can(permission)`; /api/me is read once per page load. */
export function useMyAccount(): MyAccount & { can: (permission: string) => boolean } {
  const current = useSyncExternalStore((cb) => { subscribers.add(cb); return () => { subscribers.delete(cb); }; }, () => state);
  useEffect(() => { if (!loading) void reloadMe(); }, []);
  return { ...current, can: (permission: string) => meCan(current.me, permission) };
}
