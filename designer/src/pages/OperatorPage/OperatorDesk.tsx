import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api/client';
import { operatorApi } from '../../api/campaignClient';
import type { OperatorView } from '../../api/campaignViews';
import { usePolling } from '../../components/Polling/usePolling';
import { messageOf } from '../../components/ProblemList/problems';
import { formatSeconds, OPERATOR_STATE_LABELS, secondsSince } from '../../model/campaignDisplay';
import type { StoredOperatorSession } from '../../store/operatorSession';
import { ContactCard } from './ContactCard';
import { DispositionForm } from './DispositionForm';

/** State and Ready/Pause, the call and its timer, the contact card, Call/Skip (preview) and the disposition form; polled every second. */
export function OperatorDesk({ session, onSignOut }: { session: StoredOperatorSession; onSignOut: (reason: string | null) => void }) {
  const [me, setMe] = useState<OperatorView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [now, setNow] = useState(() => Date.now());
  // The attempt whose disposition was given during the call: its form is not shown again while the call lasts.
  const [given, setGiven] = useState<string | null>(null);

  // The latest sign-out callback, so polling does not restart when the parent passes a new one.
  const signOut = useRef(onSignOut);
  useEffect(() => { signOut.current = onSignOut; });
  const failed = useCallback((e: unknown) => {
    if (e instanceof ApiError && e.status === 401) signOut.current('Your session ended; sign in again.');
    else setError(messageOf(e));
  }, []);

  const refresh = useCallback(() => {
    setNow(Date.now());
    operatorApi.me(session.token).then((view) => { setMe(view); setError(null); }, failed);
  }, [session.token, failed]);
  useEffect(() => { refresh(); }, [refresh]);
  usePolling(refresh, 1000);

  const command = async (name: 'ready' | 'pause' | 'call' | 'skip') => {
    setBusy(true);
    try {
      setMe(await operatorApi.command(session.token, name));
      setError(null);
    } catch (e) {
      failed(e);
    } finally {
      setBusy(false);
    }
  };
  const dispose = async (code: string, notes: string) => {
    if (!me?.attemptId) return;
    setBusy(true);
    try {
      setMe(await operatorApi.disposition(session.token, me.attemptId, code, notes));
      setGiven(me.attemptId);
      setError(null);
    } catch (e) {
      failed(e);
    } finally {
      setBusy(false);
    }
  };

  const state = me?.state ?? 'loggedOut';
  const preview = session.mode === 'preview' && state === 'reserved' && me?.card && !me.callState;
  return (
    <div data-testid="operator-desk">
      <div className="page-header">
        <h1>{session.campaignName} <span className="muted small">extension {session.extension}</span></h1>
        <button type="button" onClick={() => onSignOut(null)}>Log out</button>
      </div>
      {error && <div className="message message-error" role="alert">{error}</div>}
      <div className="operator-bar">
        <span className={`status operator-state operator-${state}`} data-testid="operator-state">{OPERATOR_STATE_LABELS[state] ?? state}</span>
        {me && <span className="muted small">for {formatSeconds(secondsSince(me.since, now))}</span>}
        <button type="button" className="primary" disabled={busy || !me || state === 'ready' || state === 'talking' || state === 'reserved'}
          onClick={() => void command('ready')}>Ready</button>
        <button type="button" disabled={busy || !me || state === 'paused' || state === 'talking'} onClick={() => void command('pause')}>Pause</button>
        {me && !me.registered && <span className="error-text small">Your softphone is not registered: calls cannot ring it.</span>}
      </div>
      {me?.callState && (
        <div className={`call-state call-${me.callState}`} data-testid="call-state">
          {me.callState === 'ringing' ? 'Ringing…' : 'Talking'} <span className="call-timer">{formatSeconds(secondsSince(me.since, now))}</span>
        </div>
      )}
      {preview && (
        <div className="button-row preview-actions">
          <button type="button" className="primary" disabled={busy} onClick={() => void command('call')}>Call</button>
          <button type="button" disabled={busy} onClick={() => void command('skip')}>Skip</button>
        </div>
      )}
      {me?.attemptId && me.attemptId !== given && (state === 'wrapUp' || (state === 'talking' && me.callState === 'talking')) && (
        <DispositionForm key={me.attemptId} codes={me.dispositionCodes} busy={busy} onSubmit={(code, notes) => void dispose(code, notes)} />
      )}
      {me?.card ? <ContactCard card={me.card} /> : state === 'ready' ? (
        <p className="muted" data-testid="waiting-for-call">Waiting for the next {session.mode === 'preview' ? 'contact' : 'call'}…</p>
      ) : state === 'paused' ? <p className="muted">You are paused: press Ready to get calls.</p> : null}
    </div>
  );
}
