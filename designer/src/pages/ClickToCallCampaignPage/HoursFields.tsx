import type { DayName } from '../../api/campaignViews';
import { DAYS } from '../../model/campaignForm';
import type { ClickToCallForm } from '../../model/clickToCallForm';
import { COMMON_TIME_ZONES } from '../../model/zonedTime';
import { FieldError } from '../CampaignsPage/FieldError';

const DAY_LABELS: Record<DayName, string> = {
  monday: 'Mon', tuesday: 'Tue', wednesday: 'Wed', thursday: 'Thu', friday: 'Fri', saturday: 'Sat', sunday: 'Sun',
};

/** When calls are placed: from–to on the ticked days, in one time zone (requests made outside wait for the next window). */
export function HoursFields({ form, errors, onChange }: { form: ClickToCallForm; errors: Record<string, string>; onChange: (p: Partial<ClickToCallForm>) => void }) {
  const toggle = (day: DayName, on: boolean) => onChange({ days: on ? [...form.days, day] : form.days.filter((d) => d !== day) });
  return (
    <fieldset className="group">
      <legend>Hours</legend>
      <p className="muted small">Requests made outside these hours wait and are called when the hours start again.</p>
      <div className="form-fields">
        <span>Call between</span>
        <div className="setting-row">
          <input aria-label="Hours from" type="time" value={form.from} onChange={(e) => onChange({ from: e.target.value })} />
          <span>and</span>
          <input aria-label="Hours to" type="time" value={form.to} onChange={(e) => onChange({ to: e.target.value })} />
        </div>
        <FieldError errors={errors} name="hours.from" />
        <FieldError errors={errors} name="hours.to" />
        <span>On</span>
        <div className="setting-row wrap" role="group" aria-label="Days">
          {DAYS.map((d) => (
            <label key={d} className="checkbox day">
              <input type="checkbox" aria-label={d} checked={form.days.includes(d)} onChange={(e) => toggle(d, e.target.checked)} />{DAY_LABELS[d]}
            </label>
          ))}
        </div>
        <FieldError errors={errors} name="hours.days" />
        <label htmlFor="c2c-zone">Time zone</label>
        <input id="c2c-zone" list="c2c-zones" value={form.timeZone} onChange={(e) => onChange({ timeZone: e.target.value })} />
        <FieldError errors={errors} name="hours.timeZone" />
        <FieldError errors={errors} name="hours" />
      </div>
      <datalist id="c2c-zones">{COMMON_TIME_ZONES.map((z) => <option key={z} value={z} />)}</datalist>
    </fieldset>
  );
}
