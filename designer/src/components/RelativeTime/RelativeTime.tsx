import { localTime, relativeTime } from './time';

/** "5 minutes ago", with the exact local time on hover. */
export function RelativeTime({ iso }: { iso: string }) {
  return <time dateTime={iso} title={localTime(iso)}>{relativeTime(iso)}</time>;
}
