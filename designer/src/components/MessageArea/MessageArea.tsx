export interface Message {
  kind: 'error' | 'info';
  text: string;
}

/** Where a page reports what its actions did or why they failed; errors are announced (role="alert"). */
export function MessageArea({ message, onDismiss }: { message: Message | null; onDismiss: () => void }) {
  if (!message) return null;
  return (
    <div className={`message message-${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'} data-testid="message">
      <span>{message.text}</span>
      <button type="button" className="link-button" aria-label="Dismiss" onClick={onDismiss}>×</button>
    </div>
  );
}
