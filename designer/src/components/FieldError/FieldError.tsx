/** The message for one field key (client check or server 422), announced next to the field. */
export function FieldError({ errors, name }: { errors: Record<string, string>; name: string }) {
  const text = errors[name];
  return text ? <div className="field-error" data-testid={`error-${name}`}>{text}</div> : null;
}
