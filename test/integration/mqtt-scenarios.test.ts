import net from 'node:net';
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import mqtt from 'mqtt';
import { Aedes } from 'aedes';
import { WebSocketServer, createWebSocketStream } from 'ws';
import { diagnose, findingIds, step } from '../helpers/diagnose';
import { startMosquitto, type Mosquitto } from '../helpers/mosquitto';
import { closedPort, silentListener } from '../helpers/ports';
import { startLoopbackDns } from '../helpers/dns-server';
import { startFaultProxy } from '../helpers/fault-proxy';

const ACL = `user admin
topic readwrite #
topic read $SYS/#

user siscom
topic read tracking/#
topic read $SYS/#
topic readwrite siscom-doctor/#

user other
topic read other/#
topic read $SYS/#
`;

describe('MQTT diagnosis against Debian mosquitto (password file, ACL, live traffic)', () => {
  let broker: Mosquitto;
  let publisher: mqtt.MqttClient;
  let url: string;
  beforeAll(async () => {
    broker = await startMosquitto({ users: { admin: 'adminpw', siscom: 's3cret', other: 'otherpw' }, acl: ACL, extraConfig: ['sys_interval 1'] });
    url = `mqtt://127.0.0.1:${broker.port}`;
    publisher = mqtt.connect(url, { username: 'admin', password: 'adminpw', clientId: 'test-publisher', reconnectPeriod: 200 });
    await new Promise<void>((resolve) => publisher.once('connect', () => resolve()));
    let seq = 0;
    const timer = setInterval(() => publisher.publish('tracking/data', JSON.stringify({ device_id: 'unit-1', seq: seq++, speed_kmh: 42 })), 100);
    publisher.once('end', () => clearInterval(timer));
  });
  afterAll(async () => {
    await new Promise<void>((r) => publisher.end(true, {}, () => r()));
    await broker.stop();
  });

  it('healthy with live traffic: every step passes, messages are counted and shown pretty-printed', async () => {
    const r = await diagnose({ brokerUrl: url, username: 'siscom', password: 's3cret', topic: 'tracking/data', listenMs: 800 });
    expect(findingIds(r)).toEqual([]);
    expect(r.verdict).toBe('pass');
    for (const id of ['config', 'dns', 'icmp', 'tcp', 'mqtt.connect', 'mqtt.subscribe', 'mqtt.keepalive', 'mqtt.broker_info', 'mqtt.messages']) expect(step(r, id).status, id).toBe('pass');
    expect(step(r, 'tls').status).toBe('skip');
    const connect = step(r, 'mqtt.connect');
    expect(connect.evidence).toMatchObject({ outcome: 'connected', connackCode: 0, clientIdSource: 'diagnostic' });
    expect(connect.evidence.clientId).toMatch(/^siscom-doctor-[0-9a-f]{8}$/);
    expect((connect.evidence.phases as { tcpMs: number }).tcpMs).toBeGreaterThanOrEqual(0);
    expect(connect.command).toContain("-P '***'");
    expect(JSON.stringify(r)).not.toContain('s3cret');
    const messages = step(r, 'mqtt.messages').evidence as { count: number; samples: Array<{ format: string; text: string; topic: string }>; topics: Record<string, number> };
    expect(messages.count).toBeGreaterThan(2);
    expect(messages.topics['tracking/data']).toBe(messages.count);
    expect(messages.samples[0]).toMatchObject({ topic: 'tracking/data', format: 'json' });
    expect(messages.samples[0]?.text).toContain('\n  "device_id": "unit-1"');
    expect(step(r, 'mqtt.broker_info').evidence.version).toMatch(/^mosquitto version 2\./);
    expect(step(r, 'mqtt.keepalive').evidence.pingRttMs).toBeGreaterThanOrEqual(0);
  });

  it('--until-first ends the window at the first message', async () => {
    const r = await diagnose({ brokerUrl: url, username: 'siscom', password: 's3cret', topic: 'tracking/data', listenMs: 5000, untilFirst: true });
    expect(step(r, 'mqtt.messages').evidence).toMatchObject({ endedBy: 'first' });
    expect(step(r, 'mqtt.messages').durationMs).toBeLessThan(5000);
  });

  it('wrong password: CONNACK 5, explained as not authorised (mosquitto does not say "bad credentials")', async () => {
    const r = await diagnose({ brokerUrl: url, username: 'siscom', password: 'wrong', topic: 'tracking/data' });
    expect(findingIds(r)).toEqual(['mqtt.connack.not_authorized']);
    expect(step(r, 'mqtt.connect')).toMatchObject({ status: 'fail', evidence: { outcome: 'refused', connackCode: 5, kb: 'connack.5' } });
    expect(step(r, 'mqtt.subscribe').status).toBe('skip');
    expect(r.verdict).toBe('fail');
  });

  it('unknown user: the same CONNACK 5', async () => {
    const r = await diagnose({ brokerUrl: url, username: 'nobody', password: 'x', topic: 'tracking/data' });
    expect(findingIds(r)).toEqual(['mqtt.connack.not_authorized']);
    expect(step(r, 'mqtt.connect').findings[0]?.params).toMatchObject({ code: 5, username: 'nobody' });
  });

  it('MQTT 5: connects, and a wrong password is reason code 0x87', async () => {
    const ok = await diagnose({ brokerUrl: url, username: 'siscom', password: 's3cret', topic: 'tracking/data', mqttVersion: '5' });
    expect(step(ok, 'mqtt.connect').evidence).toMatchObject({ outcome: 'connected', mqttVersion: '5' });
    expect(step(ok, 'mqtt.subscribe').status).toBe('pass');
    const bad = await diagnose({ brokerUrl: url, username: 'siscom', password: 'wrong', mqttVersion: '5' });
    expect(step(bad, 'mqtt.connect').evidence).toMatchObject({ connackCode: 0x87, kb: 'reason.0x87' });
    expect(findingIds(bad)).toEqual(['mqtt.connack.not_authorized']);
  });

  it('ACL-hidden topic: mosquitto grants SUBACK 0 and delivers nothing; $SYS shows the broker is busy', async () => {
    const r = await diagnose({ brokerUrl: url, username: 'other', password: 'otherpw', topic: 'tracking/data', listenMs: 2500 });
    expect(step(r, 'mqtt.subscribe')).toMatchObject({ status: 'pass', evidence: { grantedQos: 0 } });
    expect(step(r, 'mqtt.messages')).toMatchObject({ status: 'warn', evidence: { count: 0 } });
    expect(findingIds(r)).toEqual(['mqtt.subscribe.hidden']);
    expect(r.verdict).toBe('warn');
  });

  it('opt-in publish round trip: latency when allowed; not delivered when the ACL forbids it', async () => {
    const ok = await diagnose({ brokerUrl: url, username: 'siscom', password: 's3cret', topic: 'tracking/data', optIn: { publishRoundTrip: true } });
    expect(step(ok, 'mqtt.publish_roundtrip')).toMatchObject({ status: 'pass' });
    expect(step(ok, 'mqtt.publish_roundtrip').evidence.deliveredMs).toBeGreaterThanOrEqual(0);
    const denied = await diagnose({ brokerUrl: url, username: 'other', password: 'otherpw', topic: 'other/x', optIn: { publishRoundTrip: true }, timeoutMs: 800 });
    expect(findingIds(denied)).toContain('mqtt.publish.not_delivered');
  });

  it('opt-in client id takeover: mosquitto closes the first connection (3.1.1: a bare close)', async () => {
    const r = await diagnose({ brokerUrl: url, username: 'siscom', password: 's3cret', topic: 'tracking/data', optIn: { takeover: true } });
    const takeover = step(r, 'mqtt.takeover');
    expect(takeover).toMatchObject({ status: 'pass', evidence: { firstKicked: true, firstSaw: 'socket closed', second: 'connected' } });
    expect(findingIds(r)).toEqual(['mqtt.session_taken_over']);
    expect(broker.log()).toMatch(/already connected, closing old connection/);
  });

  it('the guide\'s "code 7": with the service\'s id, the running service kicks the diagnosis off mid-window', async () => {
    const running = diagnose({ brokerUrl: url, username: 'siscom', password: 's3cret', topic: 'tracking/data', clientId: 'siscom-api-7', listenMs: 3000 });
    // The "service" reconnects with the same id while the window is open.
    await new Promise((r) => setTimeout(r, 700));
    const service = mqtt.connect(url, { username: 'siscom', password: 's3cret', clientId: 'siscom-api-7', reconnectPeriod: 0 });
    try {
      const r = await running;
      expect(step(r, 'mqtt.messages')).toMatchObject({ status: 'fail', evidence: { endedBy: 'lost' } });
      expect(findingIds(r)).toEqual(['mqtt.client_id.given', 'mqtt.session_taken_over']);
    } finally {
      service.end(true);
    }
  });

  it('the service client id, when asked for, is used with a warning', async () => {
    const r = await diagnose({ brokerUrl: url, username: 'siscom', password: 's3cret', clientId: 'siscom-api-prod' });
    expect(step(r, 'mqtt.connect')).toMatchObject({ status: 'warn', evidence: { clientId: 'siscom-api-prod', clientIdSource: 'given' } });
    expect(findingIds(r)).toEqual(['mqtt.client_id.given']);
  });
});

describe('connection limit (mosquitto max_connections)', () => {
  let broker: Mosquitto;
  beforeAll(async () => {
    broker = await startMosquitto({ allowAnonymous: true, extraConfig: ['max_connections 4'] });
  });
  afterAll(() => broker.stop());

  it('a quiet topic on a quiet broker is only mqtt.no_messages (a warning)', async () => {
    const r = await diagnose({ brokerUrl: `mqtt://127.0.0.1:${broker.port}`, topic: 'tracking/data', listenMs: 300 });
    expect(findingIds(r)).toEqual(['mqtt.no_messages']);
    expect(step(r, 'mqtt.messages').status).toBe('warn');
    expect(r.verdict).toBe('warn');
  });

  it('says where refusals begin', async () => {
    const r = await diagnose({ brokerUrl: `mqtt://127.0.0.1:${broker.port}`, optIn: { connectionLimit: 8 } });
    const limit = step(r, 'mqtt.connection_limit');
    // mosquitto 2.0.11 counts its own way (here it refuses with about max_connections + 2 open), so
    // assert the contract: a refusal, where it began, and every connection before it accepted.
    const evidence = limit.evidence as { opened: number; firstRefusal: { index: number; outcome: string } };
    expect(limit.status).toBe('warn');
    expect(evidence.opened).toBeGreaterThanOrEqual(2);
    expect(evidence.opened).toBeLessThan(8);
    expect(evidence.firstRefusal.index).toBe(evidence.opened + 1);
    expect(['closed', 'network_error']).toContain(evidence.firstRefusal.outcome);
    expect(broker.log()).toMatch(/max_connections|Client connection from .* denied/i);
    expect(findingIds(r)).toEqual(['mqtt.connection_limit']);
  });
});

describe('aedes refuses a denied subscription with 0x80', () => {
  let server: net.Server;
  let port: number;
  beforeAll(async () => {
    const broker = await Aedes.createBroker({ authorizeSubscribe: (_c, sub, done) => done(null, sub.topic.startsWith('tracking/') ? null : sub) });
    server = net.createServer(broker.handle);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as net.AddressInfo).port;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('mqtt.subscribe.denied with the SUBACK code', async () => {
    const r = await diagnose({ brokerHost: `127.0.0.1:${port}`, topic: 'tracking/data', listenMs: 500 });
    expect(step(r, 'mqtt.subscribe')).toMatchObject({ status: 'fail', evidence: { refusedCode: 0x80 } });
    expect(findingIds(r)).toEqual(['mqtt.subscribe.denied']);
    expect(step(r, 'mqtt.messages').status).toBe('skip');
  });
});

describe('network faults', () => {
  it('closed port: tcp.refused only (mqtt.connect defers to the tcp step), verdict fast', async () => {
    const port = await closedPort();
    const r = await diagnose({ brokerHost: `127.0.0.1:${port}`, topic: 'tracking/data' });
    expect(findingIds(r)).toEqual(['tcp.refused']);
    expect(step(r, 'mqtt.connect')).toMatchObject({ status: 'fail', summary: { key: 'mqtt.connect.no_tcp' } });
    expect(r.durationMs).toBeLessThan(1500);
  });

  it('a listener that accepts TCP and never answers: mqtt.no_connack at the timeout', async () => {
    const silent = await silentListener();
    try {
      const r = await diagnose({ brokerHost: `127.0.0.1:${silent.port}`, timeoutMs: 600 });
      expect(findingIds(r)).toEqual(['mqtt.no_connack']);
      expect(step(r, 'tcp').status).toBe('pass');
      expect(step(r, 'mqtt.connect').durationMs).toBeLessThan(600 * 1.1 + 100);
    } finally {
      await silent.close();
    }
  });

  it('an HTTP server on the port: mqtt.not_mqtt, with what it said', async () => {
    const server = http.createServer((_req, res) => res.end('hello'));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const r = await diagnose({ brokerHost: `127.0.0.1:${(server.address() as net.AddressInfo).port}` });
      expect(findingIds(r)).toEqual(['mqtt.not_mqtt']);
      expect(step(r, 'mqtt.connect').evidence.peerSaid).toMatch(/^HTTP\/1\.1 400/);
    } finally {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    }
  });

  it('an unresolvable name: dns.not_found and every later step skipped', async () => {
    const dns = await startLoopbackDns({});
    try {
      const r = await diagnose({ brokerHost: 'no-such-broker.test:1883', dnsServer: dns.server, topic: 'tracking/data' });
      expect(findingIds(r)).toEqual(['dns.not_found']);
      for (const s of r.steps.slice(2)) expect(s.status, s.id).toBe('skip');
    } finally {
      await dns.close();
    }
  });

  it('a name resolved by the given DNS server is dialled at that address (no second, system lookup)', async () => {
    const aedes = await Aedes.createBroker();
    const server = net.createServer(aedes.handle);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const dns = await startLoopbackDns({ 'broker.test': { kind: 'a', address: '127.0.0.1' } });
    try {
      const r = await diagnose({ brokerHost: `broker.test:${(server.address() as net.AddressInfo).port}`, dnsServer: dns.server });
      expect(step(r, 'mqtt.connect')).toMatchObject({ status: 'pass', evidence: { address: '127.0.0.1' } });
    } finally {
      await dns.close();
      await new Promise<void>((r) => server.close(() => r()));
    }
  });

  it('a proxy that resets, or cuts after a few bytes: mqtt.closed_before_connack', async () => {
    const aedes = await Aedes.createBroker();
    const server = net.createServer(aedes.handle);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const upstream = (server.address() as net.AddressInfo).port;
    const reset = await startFaultProxy(upstream, { reset: true });
    const cut = await startFaultProxy(upstream, { closeAfterBytes: 5 });
    try {
      // A reset right after accept may also reach the tcp step's own connection (tcp.reset).
      expect(findingIds(await diagnose({ brokerHost: `127.0.0.1:${reset.port}` }))).toContain('mqtt.closed_before_connack');
      expect(findingIds(await diagnose({ brokerHost: `127.0.0.1:${cut.port}` }))).toEqual(['mqtt.closed_before_connack']);
    } finally {
      await reset.close();
      await cut.close();
      await new Promise<void>((r) => server.close(() => r()));
    }
  });
});

describe('a broker that answers CONNECT and SUBSCRIBE but never PINGREQ', () => {
  it('is mqtt.keepalive.timeout within 1.5 × keepalive', async () => {
    // A hand-made peer: no real broker drops PINGREQ on cue. Packets are tiny, one per chunk here.
    const server = net.createServer((socket) => {
      socket.on('data', (chunk: Buffer) => {
        let i = 0;
        while (i < chunk.length) {
          const type = (chunk[i] as number) >> 4;
          const length = chunk[i + 1] as number; // every packet of this exchange is under 128 bytes
          if (type === 1) socket.write(Buffer.from([0x20, 0x02, 0x00, 0x00])); // CONNECT → CONNACK 0
          if (type === 8) socket.write(Buffer.from([0x90, 0x03, chunk[i + 2] as number, chunk[i + 3] as number, 0x00])); // SUBSCRIBE → SUBACK QoS 0
          i += 2 + length; // PINGREQ (type 12): no answer
        }
      });
      socket.on('error', () => undefined);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const r = await diagnose({ brokerHost: `127.0.0.1:${(server.address() as net.AddressInfo).port}`, keepaliveS: 1, timeoutMs: 3000 });
      expect(step(r, 'mqtt.connect').status).toBe('pass');
      expect(step(r, 'mqtt.keepalive')).toMatchObject({ status: 'fail', evidence: { budgetMs: 1500 } });
      expect(findingIds(r)).toContain('mqtt.keepalive.timeout');
      expect(step(r, 'mqtt.keepalive').durationMs).toBeLessThan(1500 * 1.1 + 100);
    } finally {
      server.close();
    }
  });
});

describe('MQTT over WebSocket (aedes behind a ws server)', () => {
  it('ws:// connects and subscribes through the same steps', async () => {
    const aedes = await Aedes.createBroker();
    const httpServer = http.createServer();
    const wss = new WebSocketServer({ server: httpServer, path: '/mqtt' });
    wss.on('connection', (socket) => aedes.handle(createWebSocketStream(socket) as unknown as net.Socket));
    await new Promise<void>((r) => httpServer.listen(0, '127.0.0.1', r));
    try {
      const r = await diagnose({ brokerUrl: `ws://127.0.0.1:${(httpServer.address() as net.AddressInfo).port}/mqtt`, topic: 'tracking/data' });
      expect(step(r, 'mqtt.connect')).toMatchObject({ status: 'pass', evidence: { outcome: 'connected' } });
      expect(step(r, 'mqtt.subscribe').status).toBe('pass');
      expect(findingIds(r)).toEqual([]);
    } finally {
      for (const c of wss.clients) c.terminate();
      await new Promise<void>((r) => wss.close(() => r()));
      await new Promise<void>((r) => httpServer.close(() => r()));
      await new Promise<void>((r) => aedes.close(() => r()));
    }
  });
});
