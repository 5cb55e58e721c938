// The webhook secret of a signed webhook flow: whether one exists, and a button that creates (or rotates) it and
// shows it once, with a copy button and how senders sign requests.
import { useEffect, useState } from 'react';
import { ApiError } from '../../api/client';
import { webhookSecretApi, type CreatedWebhookSecret, type WebhookSecretInfo } from './webhookSecretApi';

type State =
  | { kind: 'loading' }
  | { kind: 'unsaved' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; info: WebhookSecretInfo };

export function WebhookSecret({ flowId, readOnly }: { flowId: string; readOnly: boolean }) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [created, setCreated] = useState<CreatedWebhookSecret | null>(null);
  const [copied, setCopied] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    setCreated(null);
    webhookSecretApi.get(flowId).then(
      (info) => live && setState({ kind: 'ready', info }),
      (error: unknown) => live && setState(error instanceof ApiError && error.status === 404 ? { kind: 'unsaved' } : { kind: 'error', message: messageOf(error) }),
    );
    return () => { live = false; };
  }, [flowId]);

  const rotate = async () => {
    setBusy(true);
    setCopied(false);
    try {
      const secret = await webhookSecretApi.rotate(flowId);
      setCreated(secret);
      setState({ kind: 'ready', info: { exists: true, createdAt: secret.createdAt, last4: secret.last4, previousValidUntil: secret.previousValidUntil, header: secret.header, scheme: secret.scheme } });
    } catch (error) {
      setState({ kind: 'error', message: messageOf(error) });
    } finally {
      setBusy(false);
    }
  };

  const copy = async () => {
    if (!created) return;
    await navigator.clipboard?.writeText(created.secret);
    setCopied(true);
  };

  return (
    <div className="field" data-testid="webhook-secret">
      <span className="label">Webhook secret</span>
      {state.kind === 'loading' && <div className="field-help">Checking…</div>}
      {state.kind === 'unsaved' && <div className="field-help">Save the flow first; then create its secret here.</div>}
      {state.kind === 'error' && <div className="field-error" role="alert">{state.message}</div>}
      {state.kind === 'ready' && (
        <>
          <div className="field-help" data-testid="webhook-secret-status">
            {state.info.exists
              ? `A secret ending in …${state.info.last4} was created ${formatDate(state.info.createdAt)}.`
              : 'No secret yet: signed requests are refused until you create one.'}
            {state.info.previousValidUntil && ` The previous secret still works until ${formatDate(state.info.previousValidUntil)}.`}
          </div>
          <button type="button" onClick={rotate} disabled={readOnly || busy}>{state.info.exists ? 'Rotate secret' : 'Create secret'}</button>
        </>
      )}
      {created && (
        <div className="secret-once" role="status">
          <div className="field-help">Copy it now: it is not shown again.</div>
          <code data-testid="webhook-secret-value" style={{ wordBreak: 'break-all' }}>{created.secret}</code>
          <button type="button" onClick={copy}>{copied ? 'Copied' : 'Copy'}</button>
          <div className="field-help">
            Senders sign each request with header <code>{created.header}</code>: <code>{created.scheme}</code>.
          </div>
        </div>
      )}
    </div>
  );
}

function formatDate(value?: string | null): string {
  return value ? new Date(value).toLocaleString() : '';
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
