import type { DayName } from '../../api/campaignViews';
import { DAYS, type CampaignForm } from '../../model/campaignForm';
import { COMMON_TIME_ZONES } from '../../model/zonedTime';
import { FieldError } from './FieldError';

const DAY_LABELS: Record<DayName, string> = {
  monday: 'Mon', tuesday: 'Tue', wednesday: 'Wed', thursday: 'Thu', friday: 'Fri', saturday: 'Sat', sunday: 'Sun',
};

/** Start and end (in the campaign's zone), calling hours, days of the week and the time zone. */
export function ScheduleFields({ form, errors, onChange }: { form: CampaignForm; errors: Record<string, string>; onChange: (p: Partial<CampaignForm>) => void }) {
  const toggle = (day: DayName, on: boolean) => onChange({ days: on ? [...form.days, day] : form.days.filter((d) => d !== day) });
  return (
    <fieldset className="group">
      <legend>Schedule</legend>
      <div className="form-fields">
        <label htmlFor="campaign-zone">Time zone</label>
        <input id="campaign-zone" list="campaign-zones" value={form.timeZone} onChange={(e) => onChange({ timeZone: e.target.value })} />
        <FieldError errors={errors} name="schedule.timeZone" />
        <label htmlFor="campaign-start">Start</label>
        <input id="campaign-start" type="datetime-local" value={form.startAt} onChange={(e) => onChange({ startAt: e.target.value })}
          title="Empty: as soon as the campaign is started" />
        <FieldError errors={errors} name="schedule.startAt" />
        <label htmlFor="campaign-end">End</label>
        <input id="campaign-end" type="datetime-local" value={form.endAt} onChange={(e) => onChange({ endAt: e.target.value })}
          title="Empty: when every contact is finished" />
        <FieldError errors={errors} name="schedule.endAt" />
        <span>Calling hours</span>
        <div className="setting-row">
          <input aria-label="Calling hours from" type="time" value={form.from} onChange={(e) => onChange({ from: e.target.value })} />
          <span>to</span>
          <input aria-label="Calling hours to" type="time" value={form.to} onChange={(e) => onChange({ to: e.target.value })} />
          <span className="muted small">in each contact's own time zone</span>
        </div>
        <FieldError errors={errors} name="schedule.from" />
        <FieldError errors={errors} name="schedule.to" />
        <span>Days</span>
        <div className="setting-row wrap" role="group" aria-label="Days">
          {DAYS.map((d) => (
            <label key={d} className="checkbox day">
              <input type="checkbox" aria-label={d} checked={form.days.includes(d)} onChange={(e) => toggle(d, e.target.checked)} />{DAY_LABELS[d]}
            </label>
          ))}
        </div>
        <FieldError errors={errors} name="schedule.days" />
        <FieldError errors={errors} name="schedule" />
      </div>
      <datalist id="campaign-zones">{COMMON_TIME_ZONES.map((z) => <option key={z} value={z} />)}</datalist>
    </fieldset>
  );
}
