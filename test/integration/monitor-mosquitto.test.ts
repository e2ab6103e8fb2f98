import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mqtt from 'mqtt';
import { afterEach, describe, expect, it } from 'vitest';
import { openAttemptLog, type AttemptLog } from '../../electron/core/attempts/attempt-log';
import { startMonitorSession, type MonitorSettings } from '../../electron/core/monitor/monitor-session';
import type { Monitor } from '../../electron/core/monitor/monitor';
import type { MonitorBatch } from '../../shared/model/monitor';
import { TargetInput } from '../../shared/model/target';
import { startMosquitto, type Mosquitto } from '../helpers/mosquitto';
import { startFaultProxy, type FaultProxy } from '../helpers/fault-proxy';

// The monitor against Debian's mosquitto 2.0.11: small keepalives and backoffs keep each case to seconds.
const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function broker(options: Parameters<typeof startMosquitto>[0] = {}): Promise<Mosquitto> {
  const b = await startMosquitto({ users: { svc: 'right-pw' }, ...options });
  cleanups.push(() => b.stop());
  return b;
}

function attemptLog(): AttemptLog {
  const dir = mkdtempSync(join(tmpdir(), 'siscom-monitor-'));
  const log = openAttemptLog(dir);
  cleanups.push(() => {
    log.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return log;
}

const FAST: MonitorSettings = { keepaliveS: 30, backoffMinMs: 200, backoffMaxMs: 1600, cleanSession: true };

function monitor(port: number, input: Partial<TargetInput>, settings: MonitorSettings = FAST, log?: AttemptLog) {
  const batches: MonitorBatch[] = [];
  const m: Monitor = startMonitorSession({
    input: TargetInput.parse({ brokerHost: `127.0.0.1:${port}`, username: 'svc', password: 'right-pw', timeoutMs: 2000, ...input }),
    settings,
    ...(log ? { log } : {}),
    onBatch: (b) => batches.push(b),
  });
  cleanups.push(() => m.stop());
  return { m, batches, attempts: () => batches.flatMap((b) => b.attempts) };
}

async function until<T>(what: string, fn: () => T | undefined | false, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = fn();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('live monitor against mosquitto', () => {
  it('records a broker restart mid-session: the drop, the refused reconnects with their backoff, the way back', async () => {
    const b = await broker();
    const log = attemptLog();
    const { m, batches, attempts } = monitor(b.port, { topic: 'tracking/data' }, FAST, log);
    await until('connected', () => m.state().phase === 'connected');
    await b.restart(1100);
    await until('reconnected', () => attempts().some((a) => a.outcome === 'network_error') && m.state().phase === 'connected');
    await m.stop();

    const all = attempts();
    expect(all[0]).toMatchObject({ outcome: 'connected', attempt: 1, endReason: 'closed', source: 'monitor', target: `127.0.0.1:${b.port}` });
    expect(all[0]?.phases.connackMs).toBeGreaterThan(0);
    const refused = all.filter((a) => a.outcome === 'network_error');
    expect(refused.length).toBeGreaterThanOrEqual(2);
    for (const r of refused) expect(r.errorCode).toBe('ECONNREFUSED');
    // The backoff doubles from the minimum after each failure: 200, 400, 800 …
    expect(refused.map((r) => r.delayMs).slice(0, 3)).toEqual([200, 400, 800].slice(0, Math.min(3, refused.length)));
    expect(all.at(-1)).toMatchObject({ outcome: 'connected', endReason: 'stopped' });
    // The state went through offline with the next delay announced.
    expect(batches.some((x) => x.state.phase === 'offline' && x.state.nextDelayMs === 400)).toBe(true);
    // Everything is in the attempt log too, and nothing secret.
    const logged = log.read().records;
    expect(logged.map((r) => r.id)).toEqual(all.map((r) => r.id));
    expect(JSON.stringify(logged)).not.toContain('right-pw');
  });

  it('two clients fighting over one client id: the conflict finding appears', async () => {
    const b = await broker();
    const { m, batches } = monitor(b.port, { clientId: 'siscom-api-1', topic: 'tracking/data' });
    await until('connected', () => m.state().phase === 'connected');
    const rival = mqtt.connect(`mqtt://127.0.0.1:${b.port}`, { clientId: 'siscom-api-1', username: 'svc', password: 'right-pw', reconnectPeriod: 300 });
    rival.on('error', () => undefined);
    cleanups.push(() => new Promise<void>((r) => rival.end(true, {}, () => r())));
    const conflict = await until('the conflict finding', () => batches.at(-1)?.findings.find((f) => f.id === 'monitor.client_id_conflict'), 30_000);
    expect(conflict.params).toMatchObject({ clientId: 'siscom-api-1', host: '127.0.0.1' });
    expect(Number(conflict.params.drops)).toBeGreaterThanOrEqual(3);
    // mosquitto 2.0.11 says so in its log, and closes the old socket without a DISCONNECT.
    expect(b.log()).toMatch(/already connected, closing old connection/);
    const dropped = batches.flatMap((x) => x.attempts).filter((a) => a.outcome === 'connected');
    expect(dropped.every((a) => a.disconnectCode === undefined && a.endReason === 'closed')).toBe(true);
  });

  it('a wrong password: every attempt is refused with CONNACK 5 and the auth finding appears', async () => {
    const b = await broker();
    const { m, batches, attempts } = monitor(b.port, { password: 'wrong-pw' });
    const auth = await until('the auth finding', () => batches.at(-1)?.findings.find((f) => f.id === 'monitor.auth_failing'));
    expect(auth.params).toMatchObject({ code: 5 });
    expect(attempts()[0]).toMatchObject({ outcome: 'refused', connackCode: 5 });
    expect(m.state().phase).not.toBe('connected');
    expect(JSON.stringify(batches)).not.toContain('wrong-pw');
  });

  it('the same refusal under MQTT 5 carries reason 0x87', async () => {
    const b = await broker();
    const { attempts } = monitor(b.port, { password: 'wrong-pw', mqttVersion: '5' });
    const first = await until('a refused attempt', () => attempts()[0]);
    expect(first).toMatchObject({ outcome: 'refused', connackCode: 0x87, mqttVersion: '5' });
  });

  it('a fault proxy that cuts idle connections: the idle-timeout finding names the interval and a keepalive to use', async () => {
    const b = await broker();
    const proxy: FaultProxy = await startFaultProxy(b.port, { idleCutMs: 1200 });
    cleanups.push(() => proxy.close());
    const { batches, attempts } = monitor(proxy.port, {}, { ...FAST, keepaliveS: 30 });
    const idle = await until('the idle finding', () => batches.at(-1)?.findings.find((f) => f.id === 'monitor.idle_timeout'), 20_000);
    expect(Number(idle.params.intervalS)).toBeGreaterThanOrEqual(1);
    expect(Number(idle.params.intervalS)).toBeLessThan(2);
    expect(idle.params).toMatchObject({ keepaliveS: 30, suggestedKeepaliveS: 1 });
    expect(proxy.stats.idleCuts).toBeGreaterThanOrEqual(3);
    expect(attempts().filter((a) => a.endReason === 'ECONNRESET').length).toBeGreaterThanOrEqual(3);
    expect(batches.at(-1)?.findings.map((f) => f.id)).not.toContain('monitor.client_id_conflict');
  });

  it('counts the topic’s messages in batches of at most 10 a second, with a bounded sample', async () => {
    const b = await broker();
    const { m, batches } = monitor(b.port, { topic: 'tracking/data' });
    await until('subscribed', () => m.state().subscription);
    const pub = mqtt.connect(`mqtt://127.0.0.1:${b.port}`, { username: 'svc', password: 'right-pw', reconnectPeriod: 0 });
    cleanups.push(() => new Promise<void>((r) => pub.end(true, {}, () => r())));
    await new Promise<void>((r) => pub.once('connect', () => r()));
    const started = Date.now();
    const firstBatch = batches.length;
    for (let i = 0; i < 2000; i++) pub.publish('tracking/data', JSON.stringify({ i, device_id: 'unit-1' }));
    await until('all messages', () => (batches.at(-1)?.flow.messages ?? 0) >= 2000);
    await new Promise((r) => setTimeout(r, 300));
    const elapsed = (Date.now() - started) / 1000;
    const last = batches.at(-1) as MonitorBatch;
    expect(last.flow.messages).toBe(2000);
    expect(last.flow.sample.length).toBeLessThanOrEqual(10);
    expect(last.flow.sample.at(-1)?.preview).toContain('"i":1999');
    expect(last.state.subscription).toEqual({ topic: 'tracking/data', granted: 0 });
    // However many messages, no more than ~10 batches a second reach the listener.
    expect(batches.length - firstBatch).toBeLessThanOrEqual(Math.ceil(elapsed * 10) + 1);
  });

  it('a broker that turns slow (proxy delay) against its own fast baseline: the broker_slow finding', async () => {
    const b = await broker();
    const proxy = await startFaultProxy(b.port);
    cleanups.push(() => proxy.close());
    const { m, batches } = monitor(proxy.port, {});
    const reconnects = async (n: number): Promise<void> => {
      for (let i = 0; i < n; i++) {
        await until('connected', () => m.state().phase === 'connected');
        const before = m.state().attempt;
        proxy.dropAll();
        await until('reconnected', () => m.state().phase === 'connected' && m.state().attempt > before);
      }
    };
    await reconnects(3);
    proxy.settings.delayMs = 300;
    await reconnects(3);
    const slow = await until('the slow finding', () => batches.at(-1)?.findings.find((f) => f.id === 'monitor.broker_slow'));
    expect(Number(slow.params.recentMs)).toBeGreaterThanOrEqual(550);
    expect(Number(slow.params.baselineMs)).toBeLessThan(100);
  });

  it('pings that go unanswered end the session with a keepalive timeout, and a CONNACK that never comes is a connack timeout', async () => {
    const b = await broker();
    const proxy = await startFaultProxy(b.port);
    cleanups.push(() => proxy.close());
    const { m, attempts } = monitor(proxy.port, { timeoutMs: 1000 }, { ...FAST, keepaliveS: 1 });
    await until('connected', () => m.state().phase === 'connected');
    proxy.settings.delayMs = 10_000;
    const ended = await until('the keepalive timeout', () => attempts().find((a) => a.endReason === 'keepalive_timeout'));
    expect(ended.outcome).toBe('connected');
    expect(ended.sessionMs).toBeGreaterThanOrEqual(1000);
    const timedOut = await until('a connack timeout', () => attempts().find((a) => a.outcome === 'timeout'));
    expect(timedOut.errorCode).toBe('CONNACK_TIMEOUT');
  });
});
