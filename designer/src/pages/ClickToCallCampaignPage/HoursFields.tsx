import { FieldError } from '../../components/FieldError/FieldError';
import { HoursAndDays } from '../../components/WeeklyHours/HoursAndDays';
import { TimeZoneInput } from '../../components/WeeklyHours/TimeZoneInput';
import type { ClickToCallForm } from '../../model/clickToCallForm';

const WORDS = { hours: 'Call between', inputs: 'Hours', between: 'and', days: 'On' };

/** When calls are placed: from–to on the ticked days, in one time zone (requests made outside wait for the next window). */
export function HoursFields({ form, errors, onChange }: { form: ClickToCallForm; errors: Record<string, string>; onChange: (p: Partial<ClickToCallForm>) => void }) {
  return (
    <fieldset className="group">
      <legend>Hours</legend>
      <p className="muted small">Requests made outside these hours wait and are called when the hours start again.</p>
      <div className="form-fields">
        <HoursAndDays value={form} words={WORDS} errors={errors} errorKey="hours" onChange={onChange} />
        <label htmlFor="c2c-zone">Time zone</label>
        <TimeZoneInput id="c2c-zone" value={form.timeZone} onChange={(timeZone) => onChange({ timeZone })} />
        <FieldError errors={errors} name="hours.timeZone" />
        <FieldError errors={errors} name="hours" />
      </div>
    </fieldset>
  );
}
