import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDoctorService } from '../../electron/core/service';
import { dispatchInvoke } from '../../shared/ipc/dispatch';
import { MonitorBatch } from '../../shared/model/monitor';
import { startEmbeddedBroker } from '../../electron/core/demo/embedded-broker';

// The monitor and attempt-log channels of the contract, through the same dispatch main uses.
const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

describe('monitor and attempts over the IPC contract', () => {
  it('starts a monitor, streams valid batches, stops it, and the attempt can be queried and exported', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'siscom-service-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const broker = await startEmbeddedBroker({ sampleIntervalMs: 20 });
    cleanups.push(() => broker.close());
    const batches: unknown[] = [];
    const service = createDoctorService({ transport: 'bridge', dataDir: dir, emit: (channel, payload) => channel === 'monitor:batch' && batches.push(payload) });
    cleanups.push(() => service.dispose());
    const call = (channel: string, request: unknown) => dispatchInvoke(service.handlers, channel, request) as Promise<Record<string, unknown>>;

    const started = await call('monitor:start', { target: { brokerUrl: broker.url, topic: broker.topic, username: 'svc', password: 'not-shown' }, settings: { keepaliveS: 10, backoffMinMs: 200 } });
    expect(started.clientId).toMatch(/^siscom-doctor-/);
    const deadline = Date.now() + 5000;
    while (!batches.some((b) => (b as MonitorBatch).flow.messages > 3) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(await call('monitor:stop', { monitorId: started.monitorId })).toEqual({ stopped: true });
    expect(await call('monitor:stop', { monitorId: started.monitorId })).toEqual({ stopped: false });
    for (const b of batches) expect(MonitorBatch.safeParse(b).success).toBe(true);
    expect((batches.at(-1) as MonitorBatch).final).toBe(true);
    expect(JSON.stringify(batches)).not.toContain('not-shown');

    const q = await call('attempts:query', { outcome: ['connected'] });
    expect(q.logDir).toBe(dir);
    expect(q.records).toHaveLength(1);
    const csv = await call('attempts:export', { query: {}, format: 'csv' });
    expect(csv.fileName).toMatch(/\.csv$/);
    expect(String(csv.text).split('\n')[1]).toContain(',monitor,');
  });

  it('refuses a bad address with a readable reason, and a malformed request', async () => {
    const service = createDoctorService({ transport: 'bridge', emit: () => undefined });
    cleanups.push(() => service.dispose());
    await expect(dispatchInvoke(service.handlers, 'monitor:start', { target: { brokerHost: 'bad host:1883' } })).rejects.toThrow(/not valid|BROKER_HOST/i);
    await expect(dispatchInvoke(service.handlers, 'monitor:start', { target: {}, settings: { keepaliveS: 0 } })).rejects.toThrow(/keepaliveS/);
    // Without a data folder nothing is logged and queries answer empty.
    expect(await dispatchInvoke(service.handlers, 'attempts:query', {})).toEqual({ records: [], bad: [], logDir: null });
  });
});
