import { describe, expect, it } from 'vitest';
import { keptRuns, MAX_KEPT_RUNS } from '../../renderer/src/store/diagnosis-store';

describe('the diagnosis store keeps what a wizard shows', () => {
  it('drops the oldest runs past the limit, never a run a wizard shows', () => {
    const order = Array.from({ length: MAX_KEPT_RUNS + 3 }, (_, i) => `r${i}`);
    expect(keptRuns(order, [])).toEqual(order.slice(-MAX_KEPT_RUNS));
    const kept = keptRuns(order, ['r0']);
    expect(kept[0]).toBe('r0');
    expect(kept).toHaveLength(MAX_KEPT_RUNS + 1);
    expect(kept.slice(1)).toEqual(order.slice(-MAX_KEPT_RUNS));
  });
});
