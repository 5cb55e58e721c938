import { describe, expect, it } from 'vitest';
import { createHistory } from './history';

describe('createHistory', () => {
  it('undoes and redoes in order', () => {
    const history = createHistory<string>();
    expect([history.canUndo, history.canRedo]).toEqual([false, false]);
    history.push('a');
    history.push('b');
    expect(history.undo('c')).toBe('b');
    expect(history.undo('b')).toBe('a');
    expect(history.undo('a')).toBeUndefined();
    expect([history.canUndo, history.canRedo]).toEqual([false, true]);
    expect(history.redo('a')).toBe('b');
    expect(history.redo('b')).toBe('c');
    expect(history.redo('c')).toBeUndefined();
    expect(history.undo('c')).toBe('b');
  });

  it('forgets the redo side when a new change is pushed', () => {
    const history = createHistory<number>();
    history.push(1);
    history.undo(2);
    history.push(1);
    expect(history.canRedo).toBe(false);
  });

  it('keeps only the newest snapshots up to the limit', () => {
    const history = createHistory<number>(2);
    [1, 2, 3].forEach((n) => history.push(n));
    expect(history.undo(4)).toBe(3);
    expect(history.undo(3)).toBe(2);
    expect(history.canUndo).toBe(false);
  });

  it('clears both sides', () => {
    const history = createHistory<number>();
    history.push(1);
    history.push(2);
    history.undo(3);
    history.clear();
    expect([history.canUndo, history.canRedo]).toEqual([false, false]);
  });
});
