import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import type { FlowSummary } from '../../api/views';
import { FormFooter } from '../../components/SettingsForm/FormFooter';
import { useSettingsForm, type SettingsFormRules } from '../../components/SettingsForm/useSettingsForm';
import { checkClickToCallForm, clickToCallFieldErrors, DEFAULT_FLOW_ID, type ClickToCallForm } from '../../model/clickToCallForm';
import { FieldError } from '../../components/FieldError/FieldError';
import { unplacedErrors } from '../../model/problemFields';
import { CommentTypesEditor } from './CommentTypesEditor';
import { HoursFields } from './HoursFields';
import { WaitingMessageFields } from './WaitingMessageFields';

/** The error keys shown next to a field here; the others go in the message at the bottom. */
function isPlaced(key: string): boolean {
  return /^(name|description|flowId|widgetTitle|firstLeg|operators|ringSeconds|clientCallerId|companyCallerId|trunk|clientMessage\.\w+|companyMessage\.\w+|clientRetry(\.\w+)?|reminderMinutes|reminderEmail|hours(\.\w+)?|price|currency|allowedOrigins|defaultCountry|consentText|commentTypes(\.\d+(\.(name|label)|\.fields\.\d+\.(name|options))?)?)$/.test(key);
}

const CLICK_TO_CALL_RULES: SettingsFormRules<ClickToCallForm> = {
  check: checkClickToCallForm,
  fieldErrors: clickToCallFieldErrors,
  unplaced: (errors) => unplacedErrors(errors, isPlaced),
};

function usePublishedFlows(): FlowSummary[] {
  const [flows, setFlows] = useState<FlowSummary[]>([]);
  useEffect(() => {
    let alive = true;
    api.flows().then((all) => alive && setFlows(all.filter((f) => f.publishedVersion !== null && f.status !== 'archived')), () => undefined);
    return () => { alive = false; };
  }, []);
  return flows;
}

export interface ClickToCallFormViewProps {
  initial: ClickToCallForm;
  submitLabel: string;
  onSubmit: (form: ClickToCallForm) => Promise<void>;
  onCancel?: () => void;
  /** Why the caller may not save (their role), if so. */
  refusal?: string;
}

/** Every setting of a click-to-call campaign in words a non-programmer reads; client checks first, then the server's 422 at the field. */
export function ClickToCallFormView({ initial, submitLabel, onSubmit, onCancel, refusal }: ClickToCallFormViewProps) {
  const flows = usePublishedFlows();
  const { form, set, errors, general, busy, submit } = useSettingsForm(initial, CLICK_TO_CALL_RULES, onSubmit);

  return (
    <form className="campaign-form" onSubmit={submit} noValidate data-testid="click-to-call-form">
      <fieldset className="group">
        <legend>The campaign</legend>
        <div className="form-fields">
          <label htmlFor="c2c-name">Name</label>
          <input id="c2c-name" value={form.name} onChange={(e) => set({ name: e.target.value })} />
          <FieldError errors={errors} name="name" />
          <label htmlFor="c2c-description">Description</label>
          <input id="c2c-description" value={form.description} onChange={(e) => set({ description: e.target.value })} />
          <FieldError errors={errors} name="description" />
          <label htmlFor="c2c-title">Banner title</label>
          <input id="c2c-title" value={form.widgetTitle} onChange={(e) => set({ widgetTitle: e.target.value })} />
          <FieldError errors={errors} name="widgetTitle" />
          <label htmlFor="c2c-flow">Call sequence (flow)</label>
          <select id="c2c-flow" value={form.flowId} onChange={(e) => set({ flowId: e.target.value })}>
            {!flows.some((f) => f.id === DEFAULT_FLOW_ID) && <option value={DEFAULT_FLOW_ID}>Standard click-to-call ({DEFAULT_FLOW_ID})</option>}
            {form.flowId && form.flowId !== DEFAULT_FLOW_ID && !flows.some((f) => f.id === form.flowId) && <option value={form.flowId}>{form.flowId}</option>}
            {flows.map((f) => <option key={f.id} value={f.id}>{f.name} ({f.id}, v{f.publishedVersion})</option>)}
          </select>
          <FieldError errors={errors} name="flowId" />
        </div>
      </fieldset>
      <fieldset className="group">
        <legend>Who is called first</legend>
        <div className="mode-choices" role="radiogroup" aria-label="Who is called first">
          <label className={form.firstLeg === 'client' ? 'mode-choice on' : 'mode-choice'}>
            <input type="radio" name="c2c-first" checked={form.firstLeg === 'client'} onChange={() => set({ firstLeg: 'client' })} />
            <strong>The client</strong>
            <span className="muted small">We call the visitor, play the waiting message, then call your operators.</span>
          </label>
          <label className={form.firstLeg === 'company' ? 'mode-choice on' : 'mode-choice'}>
            <input type="radio" name="c2c-first" checked={form.firstLeg === 'company'} onChange={() => set({ firstLeg: 'company' })} />
            <strong>The company</strong>
            <span className="muted small">We call your operators first, then the visitor, so nobody waits for you.</span>
          </label>
        </div>
        <FieldError errors={errors} name="firstLeg" />
        <div className="form-fields">
          <label htmlFor="c2c-operators">Operators who answer</label>
          <textarea id="c2c-operators" rows={3} value={form.operators} placeholder={'ext:101\n+4930123456'} onChange={(e) => set({ operators: e.target.value })}
            title="One a line, tried in order: an extension (ext:101) or a full number with + (+4930123456)" />
          <FieldError errors={errors} name="operators" />
          <label htmlFor="c2c-ring">Let each phone ring (seconds)</label>
          <input id="c2c-ring" type="number" min={5} value={form.ringSeconds} onChange={(e) => set({ ringSeconds: e.target.value })} />
          <FieldError errors={errors} name="ringSeconds" />
          <label htmlFor="c2c-client-caller">Number the client sees</label>
          <input id="c2c-client-caller" value={form.clientCallerId} placeholder="the trunk's default" onChange={(e) => set({ clientCallerId: e.target.value })} />
          <FieldError errors={errors} name="clientCallerId" />
          <label htmlFor="c2c-company-caller">Number the operator sees</label>
          <input id="c2c-company-caller" value={form.companyCallerId} placeholder="the client's number" onChange={(e) => set({ companyCallerId: e.target.value })} />
          <FieldError errors={errors} name="companyCallerId" />
          <label htmlFor="c2c-trunk">Trunk</label>
          <input id="c2c-trunk" value={form.trunk} placeholder="the default route" onChange={(e) => set({ trunk: e.target.value })} />
          <FieldError errors={errors} name="trunk" />
        </div>
      </fieldset>
      <fieldset className="group">
        <legend>Waiting message</legend>
        <div className="form-fields">
          <WaitingMessageFields id="c2c-client-message" label="The client hears" value={form.clientMessage} errors={errors} errorKey="clientMessage"
            onChange={(m) => set({ clientMessage: m })} />
          <WaitingMessageFields id="c2c-company-message" label="The operator hears" value={form.companyMessage} errors={errors} errorKey="companyMessage"
            onChange={(m) => set({ companyMessage: m })} />
        </div>
      </fieldset>
      <fieldset className="group">
        <legend>When nobody answers</legend>
        <div className="form-fields">
          <span>Redial the client</span>
          <div className="inline-inputs">
            <input aria-label="Redial the client: times" type="number" min={0} value={form.redials} onChange={(e) => set({ redials: e.target.value })} />
            <span>times, every</span>
            <input aria-label="Redial the client: every minutes" type="number" min={1} value={form.redialMinutes} onChange={(e) => set({ redialMinutes: e.target.value })} />
            <span>minutes</span>
            <span className="muted small">then the request shows as FAILED CALLING CLIENT</span>
          </div>
          <FieldError errors={errors} name="clientRetry.maxAttempts" />
          <FieldError errors={errors} name="clientRetry.pauseSeconds" />
          <FieldError errors={errors} name="clientRetry" />
          <span>Remind us by e-mail after</span>
          <div className="inline-inputs">
            <input aria-label="Remind us by e-mail after minutes" type="number" min={1} value={form.reminderMinutes} placeholder="never"
              onChange={(e) => set({ reminderMinutes: e.target.value })} />
            <span>minutes without an answer</span>
          </div>
          <FieldError errors={errors} name="reminderMinutes" />
          <label htmlFor="c2c-reminder-email">Send reminders to</label>
          <input id="c2c-reminder-email" type="email" value={form.reminderEmail} placeholder="the company's e-mail" onChange={(e) => set({ reminderEmail: e.target.value })} />
          <FieldError errors={errors} name="reminderEmail" />
        </div>
      </fieldset>
      <HoursFields form={form} errors={errors} onChange={set} />
      <fieldset className="group">
        <legend>Price</legend>
        <div className="form-fields">
          <span>Price per completed request</span>
          <div className="inline-inputs">
            <input aria-label="Price per completed request" inputMode="decimal" value={form.price} onChange={(e) => set({ price: e.target.value })} />
            <input aria-label="Currency" maxLength={3} size={4} value={form.currency} onChange={(e) => set({ currency: e.target.value })} />
          </div>
          <FieldError errors={errors} name="price" />
          <FieldError errors={errors} name="currency" />
        </div>
      </fieldset>
      <fieldset className="group">
        <legend>Web sites and consent</legend>
        <div className="form-fields">
          <label htmlFor="c2c-origins">Web sites allowed to show the banner</label>
          <textarea id="c2c-origins" rows={2} value={form.allowedOrigins} placeholder="any web site (one a line: https://shop.example.com)"
            onChange={(e) => set({ allowedOrigins: e.target.value })} />
          <FieldError errors={errors} name="allowedOrigins" />
          <label htmlFor="c2c-country">Country of numbers typed without +</label>
          <input id="c2c-country" maxLength={2} size={3} value={form.defaultCountry} onChange={(e) => set({ defaultCountry: e.target.value })} />
          <FieldError errors={errors} name="defaultCountry" />
          <label htmlFor="c2c-consent">Consent text</label>
          <textarea id="c2c-consent" rows={2} value={form.consentText} onChange={(e) => set({ consentText: e.target.value })}
            title="The sentence visitors tick before they send their number; it is kept with every request" />
          <FieldError errors={errors} name="consentText" />
        </div>
      </fieldset>
      <CommentTypesEditor rows={form.commentTypes} errors={errors} onChange={(commentTypes) => set({ commentTypes })} />
      <FormFooter general={general} busy={busy} submitLabel={submitLabel} onCancel={onCancel} refusal={refusal} />
    </form>
  );
}
