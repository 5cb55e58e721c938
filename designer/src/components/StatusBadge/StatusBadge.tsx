/** A flow or instance status as a coloured pill (the .status classes of styles.css). */
export function StatusBadge({ status }: { status: string }) {
  return <span className={`status status-${status}`} data-testid="status">{status}</span>;
}
