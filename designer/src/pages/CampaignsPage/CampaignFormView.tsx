import { FieldError } from '../../components/FieldError/FieldError';
import { FormFooter } from '../../components/SettingsForm/FormFooter';
import { useSettingsForm, type SettingsFormRules } from '../../components/SettingsForm/useSettingsForm';
import { checkCampaignForm, isOperatorMode, MODES, RETRY_KEYS, SCHEDULE_KEYS, type CampaignForm } from '../../model/campaignForm';
import { fieldErrorsOf, unplacedErrors } from '../../model/problemFields';
import { OperatorFields } from './OperatorFields';
import { RetryTable } from './RetryTable';
import { ScheduleFields } from './ScheduleFields';
import { useCampaignChoices } from './useCampaignChoices';

/** The field keys this form shows errors next to (the others go in the message at the bottom). */
function placedKeys(form: CampaignForm): string[] {
  return [
    'name', 'description', 'flowId', 'groupIds', 'mode', 'maxConcurrentCalls', 'callerId', 'trunk', 'ringSeconds', 'conversionResults',
    ...SCHEDULE_KEYS, ...RETRY_KEYS,
    ...(isOperatorMode(form.mode) ? ['operators', 'dispositionCodes', 'wrapUpSeconds'] : []),
    ...(form.mode === 'predictive' ? ['abandonLimit'] : []),
  ];
}

const CAMPAIGN_RULES: SettingsFormRules<CampaignForm> = {
  check: checkCampaignForm,
  fieldErrors: fieldErrorsOf,
  unplaced: (errors, form) => unplacedErrors(errors, placedKeys(form)),
};

export interface CampaignFormViewProps {
  initial: CampaignForm;
  submitLabel: string;
  onSubmit: (form: CampaignForm) => Promise<void>;
  onCancel?: () => void;
}

/** Every setting of a campaign; client checks first, then the server's 422 errors next to their fields. */
export function CampaignFormView({ initial, submitLabel, onSubmit, onCancel }: CampaignFormViewProps) {
  const choices = useCampaignChoices();
  const { form, set, errors, general, busy, submit } = useSettingsForm(initial, CAMPAIGN_RULES, onSubmit);

  const toggleGroup = (id: string, on: boolean) => set({ groupIds: on ? [...form.groupIds, id] : form.groupIds.filter((g) => g !== id) });
  return (
    <form className="campaign-form" onSubmit={submit} noValidate data-testid="campaign-form">
      {choices.error && <div className="message message-error" role="alert">{choices.error}</div>}
      <fieldset className="group">
        <legend>What and whom</legend>
        <div className="form-fields">
          <label htmlFor="campaign-name">Name</label>
          <input id="campaign-name" value={form.name} onChange={(e) => set({ name: e.target.value })} />
          <FieldError errors={errors} name="name" />
          <label htmlFor="campaign-description">Description</label>
          <input id="campaign-description" value={form.description} onChange={(e) => set({ description: e.target.value })} />
          <FieldError errors={errors} name="description" />
          <label htmlFor="campaign-flow">Flow</label>
          <select id="campaign-flow" value={form.flowId} onChange={(e) => set({ flowId: e.target.value })}>
            <option value="">Choose a published flow…</option>
            {form.flowId && !choices.flows.some((f) => f.id === form.flowId) && <option value={form.flowId}>{form.flowId}</option>}
            {choices.flows.map((f) => <option key={f.id} value={f.id}>{f.name} ({f.id}, v{f.publishedVersion})</option>)}
          </select>
          <FieldError errors={errors} name="flowId" />
          <span>Contact groups</span>
          <div className="checkbox-list" role="group" aria-label="Contact groups">
            {choices.groups.length === 0 && <span className="muted">No groups yet: make one under Contacts.</span>}
            {choices.groups.map((g) => (
              <label key={g.id} className="checkbox">
                <input type="checkbox" checked={form.groupIds.includes(g.id)} onChange={(e) => toggleGroup(g.id, e.target.checked)} />
                {g.name} <span className="muted">({g.contactCount})</span>
              </label>
            ))}
          </div>
          <FieldError errors={errors} name="groupIds" />
        </div>
      </fieldset>
      <fieldset className="group">
        <legend>Mode</legend>
        <div className="mode-choices" role="radiogroup" aria-label="Mode">
          {MODES.map((m) => (
            <label key={m.mode} className={form.mode === m.mode ? 'mode-choice on' : 'mode-choice'}>
              <input type="radio" name="campaign-mode" checked={form.mode === m.mode} onChange={() => set({ mode: m.mode })} />
              <strong>{m.label}</strong>
              <span className="muted small">{m.explanation}</span>
            </label>
          ))}
        </div>
        <FieldError errors={errors} name="mode" />
      </fieldset>
      <ScheduleFields form={form} errors={errors} onChange={set} />
      <fieldset className="group">
        <legend>Calls</legend>
        <div className="form-fields">
          <label htmlFor="campaign-calls">Simultaneous calls</label>
          <input id="campaign-calls" type="number" min={1} value={form.maxConcurrentCalls} onChange={(e) => set({ maxConcurrentCalls: e.target.value })} />
          <FieldError errors={errors} name="maxConcurrentCalls" />
          <label htmlFor="campaign-caller-id">Caller id</label>
          <input id="campaign-caller-id" value={form.callerId} placeholder="the trunk's default" onChange={(e) => set({ callerId: e.target.value })} />
          <FieldError errors={errors} name="callerId" />
          <label htmlFor="campaign-trunk">Trunk</label>
          <input id="campaign-trunk" value={form.trunk} placeholder="the default route" onChange={(e) => set({ trunk: e.target.value })} />
          <FieldError errors={errors} name="trunk" />
          <label htmlFor="campaign-ring">Ring time (seconds)</label>
          <input id="campaign-ring" type="number" min={5} value={form.ringSeconds} onChange={(e) => set({ ringSeconds: e.target.value })} />
          <FieldError errors={errors} name="ringSeconds" />
          <label htmlFor="campaign-conversions">Conversion results</label>
          <input id="campaign-conversions" value={form.conversionResults} onChange={(e) => set({ conversionResults: e.target.value })}
            title="Flow results that count as a conversion, separated by commas" />
          <FieldError errors={errors} name="conversionResults" />
        </div>
        <RetryTable form={form} errors={errors} onChange={set} />
      </fieldset>
      {isOperatorMode(form.mode) && <OperatorFields form={form} errors={errors} extensions={choices.extensions} onChange={set} />}
      <FormFooter general={general} busy={busy} submitLabel={submitLabel} onCancel={onCancel} />
    </form>
  );
}
