// A 422 ProblemDetails' `errors` map, keyed the way the forms key their fields.

/**
 * "Schedule.From", "$.schedule.from", "retry.Busy.MaxAttempts", "groupIds[0]" → "schedule.from", "retry.busy.maxAttempts", "groupIds":
 * JSON paths and .NET member names both land on the form's camelCase dotted field keys. With `keepIndexes`, "commentTypes[1].name"
 * → "commentTypes.1.name" (for forms that show each row of a list apart).
 */
export function fieldKeyOf(path: string, keepIndexes = false): string {
  return path
    .replace(/^\$\.?/, '')
    .replace(/\[(\d+)\]/g, keepIndexes ? '.$1' : '')
    .split('.')
    .filter(Boolean)
    .map((segment) => segment.charAt(0).toLowerCase() + segment.slice(1))
    .join('.');
}

/** Every message of an `errors` map by field key (`keyOf` of its path; several paths of one field are joined). */
export function fieldErrorsOf(errors: unknown, keyOf: (path: string) => string = fieldKeyOf): Record<string, string> {
  const found: Record<string, string> = {};
  if (typeof errors !== 'object' || errors === null || Array.isArray(errors)) return found;
  for (const [path, messages] of Object.entries(errors as Record<string, unknown>)) {
    const key = keyOf(path) || 'form';
    const list = (Array.isArray(messages) ? messages : [messages]).map(String);
    found[key] = found[key] ? `${found[key]}\n${list.join('\n')}` : list.join('\n');
  }
  return found;
}

/** The messages not shown next to any of `shownKeys` (so they can go in a general message instead of getting lost). */
export function unplacedErrors(errors: Record<string, string>, shownKeys: readonly string[] | ((key: string) => boolean)): string[] {
  const shown = typeof shownKeys === 'function' ? shownKeys : (key: string) => shownKeys.includes(key);
  return Object.entries(errors)
    .filter(([key]) => !shown(key))
    .map(([key, message]) => (key === 'form' ? message : `${key}: ${message}`));
}
