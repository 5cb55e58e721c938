import type { DayName } from '../../api/campaignViews';
import { DAYS } from '../../model/campaignForm';
import { FieldError } from '../FieldError/FieldError';

const DAY_LABELS: Record<DayName, string> = {
  monday: 'Mon', tuesday: 'Tue', wednesday: 'Wed', thursday: 'Thu', friday: 'Fri', saturday: 'Sat', sunday: 'Sun',
};

export interface WeeklyHours {
  from: string;
  to: string;
  days: DayName[];
}

export interface HoursAndDaysWords {
  /** The label of the from–to row. */
  hours: string;
  /** The two time inputs are named "{inputs} from" and "{inputs} to". */
  inputs: string;
  /** The word between the two times ("and", "to"). */
  between: string;
  /** The label of the row of days. */
  days: string;
  /** A note after the two times, if any. */
  note?: string;
}

/**
 * Two rows of a `form-fields` grid: the daily from–to times and the ticked days of the week, each followed by its errors
 * (`{errorKey}.from`, `{errorKey}.to`, `{errorKey}.days`).
 */
export function HoursAndDays({ value, words, errors, errorKey, onChange }: {
  value: WeeklyHours;
  words: HoursAndDaysWords;
  errors: Record<string, string>;
  errorKey: string;
  onChange: (patch: Partial<WeeklyHours>) => void;
}) {
  const toggle = (day: DayName, on: boolean) => onChange({ days: on ? [...value.days, day] : value.days.filter((d) => d !== day) });
  return (
    <>
      <span>{words.hours}</span>
      <div className="setting-row">
        <input aria-label={`${words.inputs} from`} type="time" value={value.from} onChange={(e) => onChange({ from: e.target.value })} />
        <span>{words.between}</span>
        <input aria-label={`${words.inputs} to`} type="time" value={value.to} onChange={(e) => onChange({ to: e.target.value })} />
        {words.note && <span className="muted small">{words.note}</span>}
      </div>
      <FieldError errors={errors} name={`${errorKey}.from`} />
      <FieldError errors={errors} name={`${errorKey}.to`} />
      <span>{words.days}</span>
      <div className="setting-row wrap" role="group" aria-label="Days">
        {DAYS.map((d) => (
          <label key={d} className="checkbox day">
            <input type="checkbox" aria-label={d} checked={value.days.includes(d)} onChange={(e) => toggle(d, e.target.checked)} />{DAY_LABELS[d]}
          </label>
        ))}
      </div>
      <FieldError errors={errors} name={`${errorKey}.days`} />
    </>
  );
}
