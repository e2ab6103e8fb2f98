import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Aedes } from 'aedes';
import { connectOnce, endClient } from '../../electron/core/mqtt/connect-once';
import { startEmbeddedBroker, type EmbeddedBroker } from '../../electron/core/demo/embedded-broker';
import { closedPort, silentListener } from '../helpers/ports';
import type { BrokerEndpoint } from '../../shared/model/target';

const at = (port: number, host = '127.0.0.1'): BrokerEndpoint => ({ protocol: 'mqtt', host, port, portWasDefaulted: false });

describe('connectOnce: one timed MQTT attempt against real peers', () => {
  let broker: EmbeddedBroker;
  let authServer: net.Server;
  let authPort: number;
  beforeAll(async () => {
    broker = await startEmbeddedBroker({ publishSamples: false });
    const aedes = await Aedes.createBroker({
      authenticate: (_client, username, password, done) => {
        const ok = username === 'administrator' && password?.toString() === 'right';
        done(ok ? null : Object.assign(new Error('bad credentials'), { returnCode: 4 }), ok);
      },
    });
    authServer = net.createServer(aedes.handle);
    await new Promise<void>((r) => authServer.listen(0, '127.0.0.1', r));
    authPort = (authServer.address() as net.AddressInfo).port;
  });
  afterAll(async () => {
    await broker.close();
    await new Promise<void>((r) => authServer.close(() => r()));
  });

  it('connects, times TCP and CONNACK, and uses a unique diagnostic client id', async () => {
    const result = await connectOnce(at(broker.port), { mqttVersion: '3.1.1' }, 2000);
    expect(result.outcome).toBe('connected');
    expect(result.connackCode).toBe(0);
    expect(result.clientId).toMatch(/^siscom-doctor-[0-9a-f]{8}$/);
    expect(result.phases.tcpMs).toBeGreaterThanOrEqual(0);
    expect(result.phases.connackMs).toBeGreaterThanOrEqual(0);
    expect(result.address).toBe('127.0.0.1');
    await endClient(result.client!);
  });

  it('a wrong password is a CONNACK refusal with its code', async () => {
    const result = await connectOnce(at(authPort), { mqttVersion: '3.1.1', username: 'administrator', password: 'wrong' }, 2000);
    expect(result).toMatchObject({ outcome: 'refused', connackCode: 4 });
  });

  it('a closed port is a network error ECONNREFUSED', async () => {
    const result = await connectOnce(at(await closedPort()), { mqttVersion: '3.1.1' }, 2000);
    expect(result).toMatchObject({ outcome: 'network_error', errorCode: 'ECONNREFUSED' });
  });

  it('a silent listener ends at the timeout with no CONNACK', async () => {
    const silent = await silentListener();
    try {
      const result = await connectOnce(at(silent.port), { mqttVersion: '3.1.1' }, 300);
      expect(result).toMatchObject({ outcome: 'timeout', errorCode: 'CONNACK_TIMEOUT' });
      expect(result.phases.tcpMs).toBeDefined();
    } finally {
      await silent.close();
    }
  });

  it('a listener that hangs up at once is closed before CONNACK', async () => {
    const server = net.createServer((s) => s.destroy());
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const result = await connectOnce(at((server.address() as net.AddressInfo).port), { mqttVersion: '3.1.1' }, 2000);
      // FIN or, when our CONNECT was still unread, RST: both mean the broker hung up on us.
      expect(result.outcome === 'closed' || (result.outcome === 'network_error' && result.errorCode === 'ECONNRESET')).toBe(true);
    } finally {
      await new Promise<void>((r) => server.close(() => r()));
    }
  });

  it('an HTTP server on the port is a protocol error (not MQTT)', async () => {
    const server = net.createServer((s) => s.once('data', () => s.end('HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n')));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const result = await connectOnce(at((server.address() as net.AddressInfo).port), { mqttVersion: '3.1.1' }, 2000);
      expect(result).toMatchObject({ outcome: 'protocol_error', errorCode: 'MQTT_PARSE' });
    } finally {
      await new Promise<void>((r) => server.close(() => r()));
    }
  });

  it('cancel ends the attempt at once', async () => {
    const silent = await silentListener();
    try {
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 30);
      // A 60 s budget: only the cancel can end this attempt within the test's own time limit.
      const result = await connectOnce(at(silent.port), { mqttVersion: '3.1.1' }, 60_000, controller.signal);
      expect(result.outcome).toBe('cancelled');
    } finally {
      await silent.close();
    }
  });
});
