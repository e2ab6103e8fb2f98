import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectOnce, endClient } from '../../electron/core/mqtt/connect-once';
import { startEmbeddedBroker, type EmbeddedBroker } from '../../electron/core/demo/embedded-broker';
import { startFaultProxy } from '../helpers/fault-proxy';
import type { BrokerEndpoint } from '../../shared/model/target';

const at = (port: number): BrokerEndpoint => ({ protocol: 'mqtt', host: '127.0.0.1', port, portWasDefaulted: false });

// The fault proxy is test equipment: prove each fault does what it says against a real broker.
describe('test fault proxy', () => {
  let broker: EmbeddedBroker;
  beforeAll(async () => {
    broker = await startEmbeddedBroker({ publishSamples: false });
  });
  afterAll(() => broker.close());

  it('adds its delay to each direction of the CONNECT → CONNACK round trip', async () => {
    const proxy = await startFaultProxy(broker.port, { delayMs: 40 });
    try {
      const r = await connectOnce(at(proxy.port), { mqttVersion: '3.1.1' }, 2000);
      expect(r.outcome).toBe('connected');
      expect(r.phases.connackMs).toBeGreaterThanOrEqual(75);
      await endClient(r.client!);
    } finally {
      await proxy.close();
    }
  });

  it('reset, blackhole and close-after-bytes each end an attempt their own way', async () => {
    const reset = await startFaultProxy(broker.port, { reset: true });
    const hole = await startFaultProxy(broker.port, { blackhole: true });
    const cut = await startFaultProxy(broker.port, { closeAfterBytes: 1 });
    try {
      expect((await connectOnce(at(reset.port), { mqttVersion: '3.1.1' }, 1000)).errorCode).toBe('ECONNRESET');
      expect((await connectOnce(at(hole.port), { mqttVersion: '3.1.1' }, 200)).outcome).toBe('timeout');
      expect(['closed', 'network_error']).toContain((await connectOnce(at(cut.port), { mqttVersion: '3.1.1' }, 1000)).outcome);
    } finally {
      await Promise.all([reset.close(), hole.close(), cut.close()]);
    }
  });

  it('cuts a connection that stays idle', async () => {
    const proxy = await startFaultProxy(broker.port, { idleCutMs: 150 });
    try {
      const r = await connectOnce(at(proxy.port), { mqttVersion: '3.1.1', keepaliveS: 60 }, 1000);
      expect(r.outcome).toBe('connected');
      await new Promise<void>((resolve) => r.client!.once('close', () => resolve()));
      expect(proxy.stats.idleCuts).toBe(1);
      r.client!.end(true);
    } finally {
      await proxy.close();
    }
  });
});
