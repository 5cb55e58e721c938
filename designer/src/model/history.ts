// A bounded undo/redo stack of snapshots (the caller decides what a snapshot is).

/** Undo/redo over snapshots of type T; the oldest snapshots are dropped past the limit. */
export interface History<T> {
  /** Records the state before a change; clears the redo side. */
  push(snapshot: T): void;
  /** The state to go back to, or undefined; `current` becomes redoable. */
  undo(current: T): T | undefined;
  /** The state to go forward to, or undefined; `current` becomes undoable. */
  redo(current: T): T | undefined;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  clear(): void;
}

/** A new, empty history keeping at most `limit` undo steps. */
export function createHistory<T>(limit = 100): History<T> {
  let past: T[] = [];
  let future: T[] = [];
  const remember = (stack: T[], snapshot: T): T[] => [...stack, snapshot].slice(-Math.max(limit, 0));
  return {
    push(snapshot) {
      past = remember(past, snapshot);
      future = [];
    },
    undo(current) {
      const previous = past.at(-1);
      if (past.length === 0) return undefined;
      past = past.slice(0, -1);
      future = remember(future, current);
      return previous;
    },
    redo(current) {
      const next = future.at(-1);
      if (future.length === 0) return undefined;
      future = future.slice(0, -1);
      past = remember(past, current);
      return next;
    },
    get canUndo() {
      return past.length > 0;
    },
    get canRedo() {
      return future.length > 0;
    },
    clear() {
      past = [];
      future = [];
    },
  };
}
