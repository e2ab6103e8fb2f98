import { describe, expect, it } from 'vitest';
import { detectPatterns, type PatternContext } from '../../electron/core/monitor/patterns';
import type { AttemptRecord } from '../../shared/model/attempt';

const T0 = Date.UTC(2026, 0, 1, 12, 0, 0);
let seq = 0;
function at(offsetMs: number, extra: Partial<AttemptRecord>): AttemptRecord {
  return {
    v: 1,
    id: `r${seq++}`,
    at: new Date(T0 + offsetMs).toISOString(),
    source: 'monitor',
    target: '127.0.0.1:1883',
    clientId: 'svc-1',
    mqttVersion: '3.1.1',
    outcome: 'connected',
    phases: { tcpMs: 0.5, connackMs: 2, totalMs: 3 },
    ...extra,
  };
}
const ctx = (now: number, extra: Partial<PatternContext> = {}): PatternContext => ({ now: T0 + now, keepaliveS: 60, ...extra });
const ids = (h: AttemptRecord[], c: PatternContext): string[] => detectPatterns(h, c).map((f) => f.id);

describe('monitor patterns on made-up histories', () => {
  it('nothing to say about an empty history', () => {
    expect(detectPatterns([], ctx(0))).toEqual([]);
  });

  it('connect-then-drop, repeatedly, is a client id conflict', () => {
    const h = [0, 2000, 4000, 6000].map((t) => at(t, { sessionMs: 1100, idleMs: 1000, endReason: 'closed' }));
    const f = detectPatterns(h, ctx(8000));
    expect(f.map((x) => x.id)).toEqual(['monitor.client_id_conflict']);
    expect(f[0]?.params).toMatchObject({ clientId: 'svc-1', drops: 4, takeovers: 0, medianSessionS: 1.1 });
  });

  it('one DISCONNECT 0x8E is enough for a conflict', () => {
    const h = [at(0, { sessionMs: 60_000, endReason: 'disconnect', disconnectCode: 0x8e, mqttVersion: '5' })];
    expect(ids(h, ctx(61_000))).toContain('monitor.client_id_conflict');
  });

  it('two quick drops are not yet a pattern, nor are long sessions ended by a restart', () => {
    const h = [at(0, { sessionMs: 1000, endReason: 'closed' }), at(2000, { sessionMs: 1000, endReason: 'closed' }), at(4000, { sessionMs: 600_000, endReason: 'closed' })];
    expect(ids(h, ctx(700_000, { windowMs: 3_600_000 }))).not.toContain('monitor.client_id_conflict');
  });

  it('network failures piling up are an unstable network, with their codes', () => {
    const h = [at(0, { sessionMs: 30_000, endReason: 'ECONNRESET' }), ...[1, 2, 3].map((i) => at(30_000 + i * 1000, { outcome: 'network_error', errorCode: 'ECONNREFUSED', phases: { totalMs: 1 } }))];
    const f = detectPatterns(h, ctx(40_000));
    expect(f.map((x) => x.id)).toEqual(['monitor.network_unstable']);
    expect(f[0]?.params).toMatchObject({ failures: 3, attempts: 4, streak: 3, codes: 'ECONNREFUSED' });
  });

  it('CONNACK refusals are an auth pattern; an old one followed by good connects is not', () => {
    const refused = at(0, { outcome: 'refused', connackCode: 5, phases: { totalMs: 2 } });
    expect(detectPatterns([refused], ctx(1000))[0]).toMatchObject({ id: 'monitor.auth_failing', params: { refusals: 1, code: 5 } });
    const healed = [refused, at(5000, { sessionMs: 20_000, endReason: 'stopped' })];
    expect(ids(healed, ctx(30_000))).not.toContain('monitor.auth_failing');
  });

  it('CONNACK latency far above the target’s own baseline is a slow broker', () => {
    const base = [0, 1, 2, 3].map((i) => at(i * 1000, { phases: { connackMs: 3 + i * 0.1, totalMs: 4 }, sessionMs: 900, endReason: 'stopped' }));
    const slow = [4, 5, 6].map((i) => at(i * 1000, { phases: { connackMs: 800, totalMs: 801 }, sessionMs: 900, endReason: 'stopped' }));
    const f = detectPatterns([...base, ...slow], ctx(8000));
    expect(f.map((x) => x.id)).toEqual(['monitor.broker_slow']);
    expect(f[0]?.params).toMatchObject({ recentMs: 800, baselineMs: 3 });
    // The same latency all along is this broker's normal, not a slowdown.
    const even = [0, 1, 2, 3, 4, 5].map((i) => at(i * 1000, { phases: { connackMs: 800, totalMs: 801 }, sessionMs: 900, endReason: 'stopped' }));
    expect(ids(even, ctx(8000))).not.toContain('monitor.broker_slow');
    // The baseline may come from the log, older than the window.
    const longAgo = [0, 1, 2].map((i) => at(i * 1000, { phases: { connackMs: 3, totalMs: 4 }, sessionMs: 900, endReason: 'stopped' }));
    const today = [0, 1, 2].map((i) => at(3_600_000 + i * 1000, { phases: { connackMs: 900, totalMs: 901 }, sessionMs: 900, endReason: 'stopped' }));
    expect(ids([...longAgo, ...today], ctx(3_610_000))).toContain('monitor.broker_slow');
  });

  it('drops after a regular idle time, before the keepalive, are an idle cut, with the keepalive to use', () => {
    const h = [0, 1, 2, 3].map((i) => at(i * 40_000, { sessionMs: 30_500 + i * 100, idleMs: 30_000 + i * 100, endReason: 'ECONNRESET' }));
    const f = detectPatterns(h, ctx(170_000));
    expect(f.map((x) => x.id)).toEqual(['monitor.idle_timeout']);
    expect(f[0]?.params).toMatchObject({ intervalS: 30.2, sessions: 4, keepaliveS: 60, suggestedKeepaliveS: 15 });
    // With a keepalive shorter than the gaps, pings would have kept the line busy: not an idle cut.
    expect(ids(h, ctx(170_000, { keepaliveS: 20 }))).not.toContain('monitor.idle_timeout');
  });

  it('irregular drops are not an idle cut', () => {
    const h = [5000, 31_000, 12_000, 70_000].map((s, i) => at(i * 100_000, { sessionMs: s, idleMs: s, endReason: 'ECONNRESET' }));
    expect(ids(h, ctx(400_000, { keepaliveS: 120 }))).not.toContain('monitor.idle_timeout');
  });

  it('a session that holds, with no trouble, is stable, with the numbers', () => {
    const f = detectPatterns([], ctx(60_000, { current: { connectedAt: T0, attempt: 1 } }));
    expect(f).toEqual([expect.objectContaining({ id: 'monitor.stable', params: expect.objectContaining({ uptimeS: 60, attempts: 1, failures: 0 }) })]);
    expect(detectPatterns([], ctx(3000, { current: { connectedAt: T0, attempt: 1 } }))).toEqual([]);
  });

  it('only attempts inside the window count', () => {
    const old = [0, 1, 2].map((i) => at(i * 1000, { outcome: 'network_error', errorCode: 'ETIMEDOUT', phases: { totalMs: 1 } }));
    expect(ids(old, ctx(5000))).toContain('monitor.network_unstable');
    expect(ids(old, ctx(3_600_000, { current: { connectedAt: T0 + 3_000_000, attempt: 4 } }))).toEqual(['monitor.stable']);
  });
});
