import { describe, expect, it } from 'vitest';
import { invokeChannels, eventChannels } from '../../shared/ipc/contract';

describe('the StatsD side of the IPC contract', () => {
  it('diagnosis:start takes an optional plan selector and refuses unknown plans', () => {
    const spec = invokeChannels['diagnosis:start'].request;
    expect(spec.safeParse({ target: {}, plan: 'statsd' }).success).toBe(true);
    expect(spec.safeParse({ target: {} }).success).toBe(true);
    expect(spec.safeParse({ target: {}, plan: 'everything' }).success).toBe(false);
  });

  it('statsd-sink:start defaults to loopback and refuses impossible ports and extra fields', () => {
    const spec = invokeChannels['statsd-sink:start'].request;
    expect(spec.parse({ port: 8125 })).toEqual({ port: 8125, host: '127.0.0.1' });
    for (const bad of [{ port: 0 }, { port: 70000 }, { port: 8125.5 }, { port: 8125, extra: 1 }]) expect(spec.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
  });

  it('statsd-sink:event carries batches and the stop', () => {
    const totals = { packets: 1, lines: 1, ok: 1, bad: 0, names: 1, namesCapped: false };
    expect(
      eventChannels['statsd-sink:event'].safeParse({ type: 'batch', sinkId: 's', at: 'now', totals, omitted: 0, names: [], lines: [{ raw: 'a:1|c', ok: true, kind: 'metric', name: 'a', values: [1], type: 'c' }] }).success,
    ).toBe(true);
    expect(eventChannels['statsd-sink:event'].safeParse({ type: 'stopped', sinkId: 's', at: 'now', totals }).success).toBe(true);
  });
});
