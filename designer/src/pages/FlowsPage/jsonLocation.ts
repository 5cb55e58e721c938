/** Line and column (1-based) of a JSON.parse error, from the engine's message ("position 42", "line 3 column 5"). */
export function jsonErrorLocation(text: string, error: unknown): { line: number; column: number } | null {
  const message = error instanceof Error ? error.message : String(error);
  const lineColumn = /line (\d+) column (\d+)/i.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/i.exec(message);
  if (position) {
    const before = text.slice(0, Number(position[1]));
    const lines = before.split('\n');
    return { line: lines.length, column: lines[lines.length - 1].length + 1 };
  }
  if (/unexpected end/i.test(message)) {
    const lines = text.split('\n');
    return { line: lines.length, column: lines[lines.length - 1].length + 1 };
  }
  return null;
}
