import { FieldError } from '../../components/FieldError/FieldError';
import { HoursAndDays } from '../../components/WeeklyHours/HoursAndDays';
import { TimeZoneInput } from '../../components/WeeklyHours/TimeZoneInput';
import type { CampaignForm } from '../../model/campaignForm';

const WORDS = { hours: 'Calling hours', inputs: 'Calling hours', between: 'to', days: 'Days', note: "in each contact's own time zone" };

/** Start and end (in the campaign's zone), calling hours, days of the week and the time zone. */
export function ScheduleFields({ form, errors, onChange }: { form: CampaignForm; errors: Record<string, string>; onChange: (p: Partial<CampaignForm>) => void }) {
  return (
    <fieldset className="group">
      <legend>Schedule</legend>
      <div className="form-fields">
        <label htmlFor="campaign-zone">Time zone</label>
        <TimeZoneInput id="campaign-zone" value={form.timeZone} onChange={(timeZone) => onChange({ timeZone })} />
        <FieldError errors={errors} name="schedule.timeZone" />
        <label htmlFor="campaign-start">Start</label>
        <input id="campaign-start" type="datetime-local" value={form.startAt} onChange={(e) => onChange({ startAt: e.target.value })}
          title="Empty: as soon as the campaign is started" />
        <FieldError errors={errors} name="schedule.startAt" />
        <label htmlFor="campaign-end">End</label>
        <input id="campaign-end" type="datetime-local" value={form.endAt} onChange={(e) => onChange({ endAt: e.target.value })}
          title="Empty: when every contact is finished" />
        <FieldError errors={errors} name="schedule.endAt" />
        <HoursAndDays value={form} words={WORDS} errors={errors} errorKey="schedule" onChange={onChange} />
        <FieldError errors={errors} name="schedule" />
      </div>
    </fieldset>
  );
}
