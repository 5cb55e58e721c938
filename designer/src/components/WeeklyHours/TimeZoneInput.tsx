import { COMMON_TIME_ZONES } from '../../model/zonedTime';

/** A time zone box that suggests the common IANA zones (any other IANA name may be typed). */
export function TimeZoneInput({ id, value, onChange }: { id: string; value: string; onChange: (timeZone: string) => void }) {
  const listId = `${id}-choices`;
  return (
    <>
      <input id={id} list={listId} value={value} onChange={(e) => onChange(e.target.value)} />
      <datalist id={listId}>{COMMON_TIME_ZONES.map((z) => <option key={z} value={z} />)}</datalist>
    </>
  );
}
