import { describe, expect, it } from 'vitest';
import { connectOnce, endClient } from '../../electron/core/mqtt/connect-once';
import { startMosquitto } from '../helpers/mosquitto';

// The helper starts the real Debian broker with a password file; prove users and refusals work.
describe('mosquitto test helper', () => {
  it('accepts the right password and refuses a wrong one with CONNACK 5, then restarts on the same port', async () => {
    const broker = await startMosquitto({ users: { administrator: 'right-pw' } });
    const endpoint = { protocol: 'mqtt' as const, host: '127.0.0.1', port: broker.port, portWasDefaulted: false };
    try {
      const ok = await connectOnce(endpoint, { mqttVersion: '3.1.1', username: 'administrator', password: 'right-pw' }, 2000);
      expect(ok.outcome).toBe('connected');
      await endClient(ok.client!);
      const bad = await connectOnce(endpoint, { mqttVersion: '3.1.1', username: 'administrator', password: 'nope' }, 2000);
      expect(bad).toMatchObject({ outcome: 'refused', connackCode: 5 });
      await broker.restart();
      const again = await connectOnce(endpoint, { mqttVersion: '5', username: 'administrator', password: 'right-pw' }, 2000);
      expect(again.outcome).toBe('connected');
      await endClient(again.client!);
      expect(broker.log()).toMatch(/New client connected/);
    } finally {
      await broker.stop();
    }
  });
});
