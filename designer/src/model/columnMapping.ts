// The CSV import wizard's column mapping: what each column of the file goes into, suggested from the headers, and checked
// before the upload.
import type { ContactField } from '../api/campaignViews';

export const BUILT_IN_TARGETS = ['phone', 'name', 'patronymic', 'timeZone'] as const;
export const IGNORE = 'ignore';

/** Every target a column can map to for a group with these fields, with a label for the drop-down. */
export function mappingTargets(fields: readonly ContactField[]): { value: string; label: string }[] {
  return [
    { value: 'phone', label: 'Phone' },
    { value: 'name', label: 'Name' },
    { value: 'patronymic', label: 'Patronymic' },
    { value: 'timeZone', label: 'Time zone' },
    ...fields.map((f) => ({ value: `field:${f.name}`, label: `Field: ${f.label || f.name}` })),
    { value: IGNORE, label: 'Ignore this column' },
  ];
}

const normalise = (text: string) => text.toLowerCase().replace(/[\s_\-.]/g, '');

const SYNONYMS: Record<string, readonly string[]> = {
  phone: ['phone', 'phonenumber', 'telephone', 'tel', 'mobile', 'cell', 'msisdn', 'number', 'телефон', 'номер'],
  name: ['name', 'fullname', 'firstname', 'customer', 'fio', 'имя', 'фио'],
  patronymic: ['patronymic', 'middlename', 'отчество'],
  timeZone: ['timezone', 'tz', 'zone', 'часовойпояс'],
};

function isTarget(value: string, fields: readonly ContactField[]): boolean {
  return value === IGNORE || (BUILT_IN_TARGETS as readonly string[]).includes(value)
    || (value.startsWith('field:') && fields.some((f) => f.name === value.slice(6)));
}

/**
 * A target for every header: the server's suggestion when it names a real target, else by the header's name (built-in synonyms,
 * then a custom field's name or label), else ignore. No target is suggested twice; the later column is ignored.
 */
export function suggestMapping(headers: readonly string[], fields: readonly ContactField[], server: Record<string, string> = {}): Record<string, string> {
  const mapping: Record<string, string> = {};
  const used = new Set<string>();
  for (const header of headers) {
    let target = server[header];
    if (!target || !isTarget(target, fields)) {
      const key = normalise(header);
      target = Object.entries(SYNONYMS).find(([, names]) => names.includes(key))?.[0]
        ?? fields.find((f) => normalise(f.name) === key || (f.label && normalise(f.label) === key))?.name.replace(/^/, 'field:')
        ?? IGNORE;
    }
    if (target !== IGNORE && used.has(target)) target = IGNORE;
    if (target !== IGNORE) used.add(target);
    mapping[header] = target;
  }
  return mapping;
}

/** What stops this mapping from being imported, each naming the column or field at fault; empty when it is fine. */
export function checkMapping(mapping: Record<string, string>, headers: readonly string[], fields: readonly ContactField[]): string[] {
  const problems: string[] = [];
  const byTarget = new Map<string, string[]>();
  for (const header of headers) {
    const target = mapping[header] ?? IGNORE;
    if (!isTarget(target, fields)) {
      problems.push(`Column “${header}” goes to ${target}, which this group does not have; choose another target or ignore it.`);
      continue;
    }
    if (target === IGNORE) continue;
    byTarget.set(target, [...(byTarget.get(target) ?? []), header]);
  }
  if (!byTarget.has('phone')) problems.push('No column is mapped to Phone: every contact needs a phone number.');
  for (const [target, columns] of byTarget)
    if (columns.length > 1)
      problems.push(`Columns ${columns.map((c) => `“${c}”`).join(' and ')} all go to ${target}; map only one of them and ignore the others.`);
  for (const field of fields)
    if (field.required && !byTarget.has(`field:${field.name}`))
      problems.push(`The required field “${field.label || field.name}” has no column: map one to it, or every row will be rejected.`);
  return problems;
}
