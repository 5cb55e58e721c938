// Which form control a JSON Schema property gets.
import type { JsonSchema } from '../../model/descriptors';

export type FieldKind = 'text' | 'multiline' | 'code' | 'number' | 'integer' | 'boolean' | 'enum' | 'rows' | 'list' | 'json';

export function primaryType(schema: JsonSchema): string | undefined {
  const t = schema.type;
  return Array.isArray(t) ? t.find((x) => x !== 'null') : t;
}

export function fieldKind(schema: JsonSchema): FieldKind {
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return 'enum';
  switch (primaryType(schema)) {
    case 'string':
      return schema['x-editor'] === 'code' ? 'code' : schema['x-editor'] === 'multiline' ? 'multiline' : 'text';
    case 'number':
      return 'number';
    case 'integer':
      return 'integer';
    case 'boolean':
      return 'boolean';
    case 'array':
      if (schema.items && primaryType(schema.items) === 'object' && schema.items.properties) return 'rows';
      if (schema.items && ['string', 'number', 'integer'].includes(primaryType(schema.items) ?? '')) return 'list';
      return 'json';
    default:
      return schema['x-editor'] === 'code' ? 'code' : 'json';
  }
}

/** "timeoutSeconds" → "Timeout seconds" when the schema has no title. */
export function fieldTitle(name: string, schema: JsonSchema): string {
  if (schema.title) return schema.title;
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
