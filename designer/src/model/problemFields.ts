// A 422 ProblemDetails' `errors` map, keyed the way the forms key their fields.

/**
 * "Schedule.From", "$.schedule.from", "retry.Busy.MaxAttempts", "groupIds[0]" → "schedule.from", "retry.busy.maxAttempts", "groupIds":
 * JSON paths and .NET member names both land on the form's camelCase dotted field keys.
 */
export function fieldKeyOf(path: string): string {
  return path
    .replace(/^\$\.?/, '')
    .replace(/\[\d+\]/g, '')
    .split('.')
    .filter(Boolean)
    .map((segment) => segment.charAt(0).toLowerCase() + segment.slice(1))
    .join('.');
}

/** Every message of an `errors` map by field key (several paths of one field are joined). */
export function fieldErrorsOf(errors: unknown): Record<string, string> {
  const found: Record<string, string> = {};
  if (typeof errors !== 'object' || errors === null || Array.isArray(errors)) return found;
  for (const [path, messages] of Object.entries(errors as Record<string, unknown>)) {
    const key = fieldKeyOf(path) || 'form';
    const list = (Array.isArray(messages) ? messages : [messages]).map(String);
    found[key] = found[key] ? `${found[key]}\n${list.join('\n')}` : list.join('\n');
  }
  return found;
}

/** The messages not shown next to any of `shownKeys` (so they can go in a general message instead of getting lost). */
export function unplacedErrors(errors: Record<string, string>, shownKeys: readonly string[]): string[] {
  return Object.entries(errors)
    .filter(([key]) => !shownKeys.includes(key))
    .map(([key, message]) => (key === 'form' ? message : `${key}: ${message}`));
}
