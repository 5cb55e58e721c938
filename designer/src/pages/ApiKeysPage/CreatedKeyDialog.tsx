import { useState } from 'react';
import type { CreatedApiKey } from '../../api/accountViews';
import { Dialog } from '../../components/Dialog/Dialog';

/** The whole key, once: copy it now, the server keeps only its hash. */
export function CreatedKeyDialog({ created, onClose }: { created: CreatedApiKey; onClose: () => void }) {
  const [copied, setCopied] = useState<string | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(created.key);
      setCopied('Copied.');
    } catch {
      setCopied('The browser would not copy: select the key and copy it yourself.');
    }
  };
  return (
    <Dialog title={`API key “${created.name}”`} onClose={onClose} testId="created-key-dialog"
      actions={<button type="button" className="primary" onClick={onClose}>I have copied it</button>}>
      <p><strong>Copy this key now: you will not see it again.</strong> FlowBuilder keeps only a fingerprint of it.</p>
      <div className="key-once" data-testid="created-key">{created.key}</div>
      <p>
        <button type="button" onClick={() => void copy()}>Copy</button> <span className="muted small" role="status">{copied}</span>
      </p>
      <p className="muted small">Send it as <code>Authorization: Bearer {created.prefix}_…</code> or <code>X-Api-Key</code>.</p>
    </Dialog>
  );
}
