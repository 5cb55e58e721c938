// The test console: runs the open flow's published version on a simulated call (prompts appear as
// text and, when asked, as audio; a keypad sends DTMF, a button hangs up) or as a plain run with typed-in inputs and trigger
// payload, lights the path on the canvas and shows the journal.
import { useEffect, useMemo, useState } from 'react';
import type { FlowDefinition, JsonValue } from '../../model/flow';
import { useEditor } from '../../store/editorStore';
import { JournalPanel } from '../JournalPanel/JournalPanel';
import { Keypad } from './Keypad';
import { availablePromptVoice, type PromptVoice } from './promptPlayer';
import { Transcript } from './Transcript';
import { hangUp, pressKey, resetTestRun, startTestRun, useTestRun } from './testRun';

export function TestConsole({ onPublish }: { onPublish: () => void }) {
  const settings = useEditor((s) => s.settings);
  const nodes = useEditor((s) => s.nodes);
  const published = useEditor((s) => s.meta.publishedVersion);
  const changeCount = useEditor((s) => s.changeCount);
  const run = useTestRun();
  const isCallFlow = useMemo(() => settings.trigger?.type === 'call' || nodes.some((n) => n.data.type.startsWith('telephony.')), [settings.trigger, nodes]);
  const [mode, setMode] = useState<'call' | 'run'>(isCallFlow ? 'call' : 'run');
  const [inputText, setInputText] = useState(() => sampleInputs(settings));
  const [triggerText, setTriggerText] = useState('');
  const [from, setFrom] = useState('+15555550123');
  const [speak, setSpeak] = useState(false);
  const [jsonError, setJsonError] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [voice, setVoice] = useState<PromptVoice | null>(null);
  const labelOf = (id: string) => nodes.find((n) => n.id === id)?.data.label ?? id;

  useEffect(() => () => resetTestRun(), []);
  useEffect(() => {
    let current = true;
    void availablePromptVoice().then((v) => current && setVoice(v));
    return () => {
      current = false;
    };
  }, []);

  const start = () => {
    const input = parseJson(inputText, 'Inputs');
    const trigger = mode === 'run' && triggerText.trim() ? parseJson(triggerText, 'Trigger payload') : undefined;
    if (input instanceof Error || trigger instanceof Error) {
      setJsonError((input instanceof Error ? input : (trigger as Error)).message);
      return;
    }
    setJsonError(null);
    void startTestRun({ mode, input: (input ?? undefined) as Record<string, unknown> | undefined, trigger, from, speak: speak ? voice : null });
  };

  if (!published) {
    return (
      <aside className="properties test-console" aria-label="Test console" data-testid="test-console">
        <h2>Test</h2>
        <p>The test console runs the published version. Publish the flow first, then test it here.</p>
        <button type="button" className="primary" onClick={onPublish}>Publish…</button>
      </aside>
    );
  }
  const live = run.kind === 'running' || run.kind === 'starting';
  return (
    <aside className="properties test-console" aria-label="Test console" data-testid="test-console">
      <h2>Test version {published}</h2>
      {changeCount > 0 && <p className="muted small">Edits since opening are tested once published.</p>}
      <div className="mode-tabs" role="radiogroup" aria-label="Test as">
        <label><input type="radio" checked={mode === 'call'} onChange={() => setMode('call')} disabled={live} /> Simulated call</label>
        <label><input type="radio" checked={mode === 'run'} onChange={() => setMode('run')} disabled={live} /> Run (webhook, manual)</label>
      </div>
      {mode === 'call' && (
        <div className="field">
          <label htmlFor="test-from">Caller number</label>
          <input id="test-from" type="tel" value={from} onChange={(e) => setFrom(e.target.value)} disabled={live} />
        </div>
      )}
      <div className="field">
        <label htmlFor="test-inputs">Inputs (JSON)</label>
        <textarea id="test-inputs" rows={3} value={inputText} onChange={(e) => setInputText(e.target.value)} disabled={live} />
      </div>
      {mode === 'run' && (
        <div className="field">
          <label htmlFor="test-trigger">Trigger payload (JSON)</label>
          <textarea id="test-trigger" rows={3} value={triggerText} placeholder='{"orderId": "A-17"}' onChange={(e) => setTriggerText(e.target.value)} disabled={live} />
        </div>
      )}
      {voice && mode === 'call' && (
        <label className="checkbox" title={voice === 'server' ? 'Spoken by the server\'s text-to-speech, as a caller hears it' : 'Spoken by this browser: the server has no text-to-speech'}>
          <input type="checkbox" checked={speak} onChange={(e) => setSpeak(e.target.checked)} disabled={live} /> Play prompts as audio
        </label>
      )}
      {jsonError && <div className="field-error" role="alert">{jsonError}</div>}
      {run.error && <div className="field-error" role="alert">{run.error}</div>}
      <div className="console-actions">
        {!live ? (
          <button type="button" className="primary" onClick={start}>{mode === 'call' ? 'Start call' : 'Run'}</button>
        ) : mode === 'call' ? (
          <button type="button" className="danger" onClick={() => void hangUp()} disabled={!run.callUp}>Hang up</button>
        ) : null}
        {run.kind === 'ended' && <span className="muted" data-testid="test-ended">Ended: {run.instance?.status}{run.instance?.fault ? ` — ${run.instance.fault}` : ''}</span>}
        {run.kind !== 'idle' && !live && <button type="button" onClick={resetTestRun}>Clear</button>}
      </div>
      {mode === 'call' && run.kind !== 'idle' && (
        <>
          <Transcript events={run.transcript} />
          <Keypad disabled={!run.callUp} onPress={(key) => void pressKey(key)} />
        </>
      )}
      {run.instance && (
        <>
          <h3>Journal {run.instance.status && <span className={`status status-${run.instance.status}`}>{run.instance.status}</span>}</h3>
          <JournalPanel entries={run.instance.journal} selectedNodeId={selected} nodeLabel={labelOf} />
          {run.instance.incidents.map((i) => <div key={i.id} className="field-error">{i.kind} at {i.nodeId}: {i.message}</div>)}
          <button type="button" className="link" onClick={() => setSelected(null)}>Show all steps</button>
        </>
      )}
    </aside>
  );
}

function sampleInputs(flow: FlowDefinition): string {
  if (flow.inputs.length === 0) return '';
  const sample: Record<string, JsonValue> = {};
  for (const i of flow.inputs)
    sample[i.name] = i.default ?? ({ string: '', number: 0, boolean: false, object: {}, array: [], any: null } as Record<string, JsonValue>)[i.type] ?? null;
  return JSON.stringify(sample, null, 2);
}

function parseJson(text: string, what: string): JsonValue | undefined | Error {
  if (!text.trim()) return undefined;
  try {
    return JSON.parse(text) as JsonValue;
  } catch (e) {
    return new Error(`${what} is not valid JSON: ${(e as Error).message}`);
  }
}
