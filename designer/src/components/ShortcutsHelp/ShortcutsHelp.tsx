// The editor's keyboard shortcuts, shown by the toolbar's "Keys" button or the ? key.
const SHORTCUTS: [string, string][] = [
  ['Delete / Backspace', 'Delete the selected blocks and edges'],
  ['Ctrl+C, Ctrl+V', 'Copy and paste the selected blocks (with the edges between them)'],
  ['Ctrl+Z', 'Undo'],
  ['Ctrl+Shift+Z or Ctrl+Y', 'Redo'],
  ['Ctrl+A', 'Select every block'],
  ['Ctrl/⌘+click', 'Add a block to the selection'],
  ['Shift+drag', 'Select the blocks in a box'],
  ['Ctrl+S', 'Save now (saving is automatic)'],
  ['Shift+L', 'Auto-layout, top to bottom'],
  ['Shift+1', 'Zoom to fit'],
  ['Esc', 'Clear the selection'],
  ['?', 'Show these keys'],
];

export function ShortcutsHelp({ onClose }: { onClose: () => void }) {
  return (
    <div className="dialog-backdrop" role="presentation" onClick={onClose}>
      <div className="dialog" role="dialog" aria-label="Keyboard shortcuts" onClick={(e) => e.stopPropagation()}>
        <h2>Keyboard shortcuts</h2>
        <table>
          <tbody>
            {SHORTCUTS.map(([keys, what]) => (
              <tr key={keys}><td><kbd>{keys}</kbd></td><td>{what}</td></tr>
            ))}
          </tbody>
        </table>
        <div className="actions"><button type="button" onClick={onClose} autoFocus>Close</button></div>
      </div>
    </div>
  );
}
