// The "New group" dialog: its custom fields editor rows, checks and the API body (POST /api/groups).
import type { ContactFieldType } from '../api/campaignViews';

export const FIELD_TYPES: readonly ContactFieldType[] = ['text', 'number', 'date', 'boolean'];

export interface FieldRow {
  name: string;
  type: ContactFieldType;
  required: boolean;
  pattern: string;
}

export interface GroupForm {
  name: string;
  description: string;
  defaultCountry: string;
  defaultTimeZone: string;
  fields: FieldRow[];
}

export interface GroupBody {
  name: string;
  description?: string;
  defaultCountry: string;
  defaultTimeZone?: string;
  fields: { name: string; type: ContactFieldType; required: boolean; pattern?: string }[];
}

export const newGroupForm = (): GroupForm => ({ name: '', description: '', defaultCountry: 'US', defaultTimeZone: '', fields: [] });

const RESERVED = ['phone', 'name', 'patronymic', 'timezone'];

/** What is wrong, keyed "name", "defaultCountry", "fields[2].name" …; empty when it can be sent. */
export function checkGroupForm(form: GroupForm): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!form.name.trim()) errors.name = 'Give the group a name.';
  if (!/^[A-Za-z]{2}$/.test(form.defaultCountry.trim()))
    errors.defaultCountry = 'The default country is a two-letter code such as US, GB or DE (numbers without a country code are read in it).';
  const seen = new Set<string>();
  form.fields.forEach((field, i) => {
    const name = field.name.trim();
    if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(name))
      errors[`fields[${i}].name`] = `Field ${i + 1}: the name must start with a letter and have only letters, digits and _ (flows read it as contact.fields.${name || 'name'}).`;
    else if (RESERVED.includes(name.toLowerCase())) errors[`fields[${i}].name`] = `Field ${i + 1}: '${name}' is a built-in column already; pick another name.`;
    else if (seen.has(name.toLowerCase())) errors[`fields[${i}].name`] = `Field ${i + 1}: '${name}' is there twice; field names must be unique.`;
    seen.add(name.toLowerCase());
    if (field.pattern.trim()) {
      try {
        new RegExp(field.pattern);
      } catch {
        errors[`fields[${i}].pattern`] = `Field ${i + 1}: the pattern is not a valid regular expression.`;
      }
    }
  });
  return errors;
}

export function groupBody(form: GroupForm): GroupBody {
  return {
    name: form.name.trim(),
    ...(form.description.trim() ? { description: form.description.trim() } : {}),
    defaultCountry: form.defaultCountry.trim().toUpperCase(),
    ...(form.defaultTimeZone.trim() ? { defaultTimeZone: form.defaultTimeZone.trim() } : {}),
    fields: form.fields.map((f) => ({ name: f.name.trim(), type: f.type, required: f.required, ...(f.pattern.trim() ? { pattern: f.pattern.trim() } : {}) })),
  };
}
