import type { Extension } from '../../api/campaignViews';
import type { CampaignForm } from '../../model/campaignForm';
import { FieldError } from '../../components/FieldError/FieldError';

/** The operators' extensions, disposition codes, wrap-up time and (predictive) the abandonment limit. */
export function OperatorFields({ form, errors, extensions, onChange }: {
  form: CampaignForm; errors: Record<string, string>; extensions: Extension[]; onChange: (p: Partial<CampaignForm>) => void;
}) {
  const toggle = (number: string, on: boolean) => onChange({ operators: on ? [...form.operators, number] : form.operators.filter((o) => o !== number) });
  const unknown = form.operators.filter((o) => !extensions.some((e) => e.number === o));
  return (
    <fieldset className="group">
      <legend>Operators</legend>
      <div className="form-fields">
        <span>Extensions</span>
        <div className="checkbox-list" role="group" aria-label="Operators">
          {extensions.length === 0 && unknown.length === 0 && <span className="muted">No extensions yet: operators sign in with an extension and its SIP password.</span>}
          {[...extensions.map((e) => ({ number: e.number, name: e.displayName })), ...unknown.map((n) => ({ number: n, name: '' }))].map((e) => (
            <label key={e.number} className="checkbox">
              <input type="checkbox" checked={form.operators.includes(e.number)} onChange={(ev) => toggle(e.number, ev.target.checked)} />
              {e.number}{e.name && e.name !== e.number ? <span className="muted"> {e.name}</span> : null}
            </label>
          ))}
        </div>
        <FieldError errors={errors} name="operators" />
        <label htmlFor="campaign-codes">Disposition codes</label>
        <input id="campaign-codes" value={form.dispositionCodes} onChange={(e) => onChange({ dispositionCodes: e.target.value })}
          title="The choices operators have after a call, separated by commas; do-not-call also adds the number to the do-not-call list" />
        <FieldError errors={errors} name="dispositionCodes" />
        <label htmlFor="campaign-wrap-up">Wrap-up time (seconds)</label>
        <input id="campaign-wrap-up" type="number" min={0} value={form.wrapUpSeconds} onChange={(e) => onChange({ wrapUpSeconds: e.target.value })} />
        <FieldError errors={errors} name="wrapUpSeconds" />
        {form.mode === 'predictive' && (
          <>
            <label htmlFor="campaign-abandon">Abandonment limit (%)</label>
            <input id="campaign-abandon" type="number" min={0} max={100} step="any" value={form.abandonLimitPercent}
              onChange={(e) => onChange({ abandonLimitPercent: e.target.value })}
              title="The highest share of answered calls that may find no free operator (3 % is the usual legal limit)" />
            <FieldError errors={errors} name="abandonLimit" />
          </>
        )}
      </div>
    </fieldset>
  );
}
