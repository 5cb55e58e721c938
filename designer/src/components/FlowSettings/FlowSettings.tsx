// Flow settings: name and description, variables with types and defaults, inputs, and the trigger
// (webhook path and signing, dialled number, schedule or SMS keyword).
import type { FlowDefinition, FlowTrigger } from '../../model/flow';
import { SMS_KEYWORD } from '../../model/validate';
import { useEditor } from '../../store/editorStore';
import { InputsEditor } from './InputsEditor';
import { VariablesEditor } from './VariablesEditor';
import { WebhookSecret } from './WebhookSecret';

export function FlowSettings() {
  const settings = useEditor((s) => s.settings);
  const readOnly = useEditor((s) => s.readOnly);
  const problems = useEditor((s) => s.serverProblems);
  const update = (patch: Partial<FlowDefinition>) => useEditor.getState().updateSettings(patch);
  const flowProblems = problems.filter((p) => p.nodeId === null && p.severity === 'error');
  return (
    <aside className="properties settings" aria-label="Flow settings" data-testid="flow-settings">
      <h2>Flow settings</h2>
      {flowProblems.map((p, i) => <div key={i} className="field-error" role="alert">{p.path}: {p.message}</div>)}
      <div className="field">
        <label htmlFor="flow-name">Name</label>
        <input id="flow-name" type="text" value={settings.name} readOnly={readOnly} onChange={(e) => update({ name: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor="flow-description">Description</label>
        <textarea id="flow-description" rows={3} value={settings.description ?? ''} readOnly={readOnly}
          onChange={(e) => update({ description: e.target.value === '' ? undefined : e.target.value })} />
      </div>
      <TriggerEditor flowId={settings.id} trigger={settings.trigger} readOnly={readOnly} onChange={(trigger) => update({ trigger })} />
      <InputsEditor inputs={settings.inputs} readOnly={readOnly} onChange={(inputs) => update({ inputs })} />
      <VariablesEditor variables={settings.variables} readOnly={readOnly} onChange={(variables) => update({ variables })} />
    </aside>
  );
}

function TriggerEditor({ flowId, trigger, onChange, readOnly }: { flowId: string; trigger?: FlowTrigger; onChange: (t: FlowTrigger | undefined) => void; readOnly: boolean }) {
  const type = trigger?.type ?? 'manual';
  const set = (patch: Partial<FlowTrigger>) => onChange({ ...(trigger ?? { type: 'manual' }), ...patch });
  return (
    <fieldset className="group">
      <legend>Trigger</legend>
      <div className="field">
        <label htmlFor="trigger-type">Started by</label>
        <select id="trigger-type" value={type} disabled={readOnly}
          onChange={(e) => onChange(e.target.value === 'manual' ? undefined : { type: e.target.value })}>
          <option value="manual">Runs and other flows only (manual)</option>
          <option value="webhook">A webhook (POST /hooks/…)</option>
          <option value="call">A phone call to a number</option>
          <option value="schedule">A schedule (cron)</option>
          <option value="sms">An SMS starting with a keyword</option>
        </select>
      </div>
      {type === 'webhook' && (
        <>
          <div className="field">
            <label htmlFor="trigger-path">Webhook path</label>
            <input id="trigger-path" type="text" value={trigger?.path ?? ''} placeholder="orders/new" readOnly={readOnly}
              onChange={(e) => set({ path: e.target.value.replace(/^\/+/, '') || undefined })} />
            <div className="field-help">Started by POST /hooks/{trigger?.path || '…'}</div>
          </div>
          <label className="checkbox">
            <input type="checkbox" checked={trigger?.synchronous ?? false} disabled={readOnly} onChange={(e) => set({ synchronous: e.target.checked || undefined })} />
            Answer with the flow's HTTP Response (synchronous); otherwise 202 at once
          </label>
          <label className="checkbox">
            <input type="checkbox" checked={trigger?.signed ?? false} disabled={readOnly} onChange={(e) => set({ signed: e.target.checked || undefined })} />
            Require signature (X-FlowBuilder-Signature with the flow's webhook secret); unsigned requests get 401
          </label>
          {trigger?.signed && flowId && <WebhookSecret flowId={flowId} readOnly={readOnly} />}
        </>
      )}
      {type === 'call' && (
        <div className="field">
          <label htmlFor="trigger-number">Dialled number</label>
          <input id="trigger-number" type="tel" value={trigger?.number ?? ''} placeholder="+18005550100" readOnly={readOnly}
            onChange={(e) => set({ number: e.target.value || undefined })} />
        </div>
      )}
      {type === 'schedule' && (
        <div className="field">
          <label htmlFor="trigger-cron">Schedule (cron)</label>
          <input id="trigger-cron" type="text" value={trigger?.cron ?? ''} placeholder="0 9 * * 1-5" readOnly={readOnly}
            onChange={(e) => set({ cron: e.target.value || undefined })} />
          <div className="field-help">Minute hour day-of-month month day-of-week, e.g. 0 9 * * 1-5 for 9:00 on weekdays.</div>
        </div>
      )}
      {type === 'sms' && (
        <div className="field">
          <label htmlFor="trigger-keyword">Keyword</label>
          <input id="trigger-keyword" type="text" value={trigger?.keyword ?? ''} placeholder="JOIN" readOnly={readOnly}
            aria-invalid={!!trigger?.keyword && !SMS_KEYWORD.test(trigger.keyword)}
            onChange={(e) => set({ keyword: e.target.value.trim() || undefined })} />
          <div className="field-help">An inbound SMS whose first word is this keyword (any case) starts the flow. One word, letters and digits.</div>
          {!!trigger?.keyword && !SMS_KEYWORD.test(trigger.keyword) && <div className="field-error" role="alert">The keyword must be one word of letters and digits.</div>}
        </div>
      )}
    </fieldset>
  );
}
