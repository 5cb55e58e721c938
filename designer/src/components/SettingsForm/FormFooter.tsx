/**
 * The bottom of a settings form: its general message, Cancel (when there is somewhere to go back to) and the submit button
 * (disabled, with `refusal` as its title, when the caller's role may not save).
 */
export function FormFooter({ general, busy, submitLabel, onCancel, refusal }: {
  general: string | null; busy: boolean; submitLabel: string; onCancel?: () => void; refusal?: string;
}) {
  return (
    <>
      {general && <div className="message message-error" role="alert" data-testid="form-message">{general}</div>}
      <div className="actions">
        {onCancel && <button type="button" onClick={onCancel}>Cancel</button>}
        <button type="submit" className="primary" disabled={busy || refusal !== undefined} title={refusal}>{submitLabel}</button>
      </div>
    </>
  );
}
