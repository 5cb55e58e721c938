import { useEffect, useState } from 'react';
import { clickToCallApi } from '../../api/clickToCallClient';
import type { EmbedSnippet as Snippet } from '../../api/clickToCallViews';
import { messageOf } from '../../components/ProblemList/problems';

/** The script tag to paste into a web page, a copy button, and a link to the demo page with the banner. */
export function EmbedSnippet({ campaignId, campaignKey }: { campaignId: string; campaignKey: string }) {
  const [snippet, setSnippet] = useState<Snippet | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    let alive = true;
    clickToCallApi.embed(campaignId).then((s) => alive && setSnippet(s), (e) => alive && setError(messageOf(e)));
    return () => { alive = false; };
  }, [campaignId, campaignKey]);

  const copy = async () => {
    if (!snippet) return;
    try {
      await navigator.clipboard.writeText(snippet.script);
    } catch {
      // Without clipboard permission: select the text so ctrl+C copies it.
      const range = document.createRange();
      const node = document.querySelector('[data-testid="embed-script"]');
      if (node) { range.selectNodeContents(node); getSelection()?.removeAllRanges(); getSelection()?.addRange(range); }
    }
    setCopied(true);
    setTimeout(() => setCopied(false), 2000);
  };

  return (
    <fieldset className="group" data-testid="embed">
      <legend>Put the banner on your web site</legend>
      <p className="muted small">Paste this line into the pages where the banner should appear, just before &lt;/body&gt;.</p>
      {error && <div className="message message-error" role="alert">Could not load the snippet: {error}</div>}
      {snippet && (
        <>
          <div className="embed-snippet">
            <pre data-testid="embed-script">{snippet.script}</pre>
            <button type="button" onClick={() => void copy()}>{copied ? 'Copied' : 'Copy'}</button>
          </div>
          <p className="small">
            <a href={`/widget/demo?key=${encodeURIComponent(snippet.key)}`} target="_blank" rel="noreferrer" data-testid="widget-demo">Try the banner on a demo page</a>
            <span className="muted"> · campaign key <code>{snippet.key}</code></span>
          </p>
        </>
      )}
    </fieldset>
  );
}
