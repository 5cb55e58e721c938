import { describe, expect, it } from 'vitest';
import { autoLayout } from './layout';

describe('autoLayout', () => {
  it('places a chain top to bottom, 64 px nodes 60 px apart', () => {
    const positions = autoLayout([{ id: 'a' }, { id: 'b' }, { id: 'c' }], [{ source: 'a', target: 'b' }, { source: 'b', target: 'c' }]);
    const [a, b, c] = ['a', 'b', 'c'].map((id) => positions.get(id)!);
    expect(a.x).toBe(b.x);
    expect(b.y - a.y).toBe(124);
    expect(c.y - b.y).toBe(124);
  });

  it('spreads siblings side by side at least a node width plus 40 px apart', () => {
    const positions = autoLayout([{ id: 'root' }, { id: 'l' }, { id: 'r' }], [{ source: 'root', target: 'l' }, { source: 'root', target: 'r' }]);
    const [l, r] = [positions.get('l')!, positions.get('r')!];
    expect(l.y).toBe(r.y);
    expect(Math.abs(r.x - l.x)).toBeGreaterThanOrEqual(260);
  });

  it('uses given sizes, rounds to whole pixels and ignores edges to unknown nodes', () => {
    const positions = autoLayout([{ id: 'a', width: 101, height: 33 }, { id: 'b' }], [{ source: 'a', target: 'b' }, { source: 'a', target: 'ghost' }]);
    expect([...positions.keys()]).toEqual(['a', 'b']);
    for (const { x, y } of positions.values()) expect(Number.isInteger(x) && Number.isInteger(y)).toBe(true);
  });

  it('copes with loops and parallel edges', () => {
    const positions = autoLayout([{ id: 'a' }, { id: 'b' }], [{ source: 'a', target: 'b' }, { source: 'a', target: 'b' }, { source: 'b', target: 'a' }, { source: 'b', target: 'b' }]);
    expect(positions.size).toBe(2);
  });
});
