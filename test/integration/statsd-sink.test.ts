import dgram from 'node:dgram';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStatsdSink, SinkStartError } from '../../electron/core/statsd/sink';
import { createSinkSessions } from '../../electron/core/statsd/sink-sessions';
import { startEmbeddedBroker, type EmbeddedBroker } from '../../electron/core/demo/embedded-broker';
import type { StatsdSinkEvent } from '../../shared/model/statsd';
import { runCli } from '../../electron/cli/main';
import { runCliCaptured } from '../helpers/cli';
import { closedPort } from '../helpers/ports';
import { freeUdpPort, startEtsyStatsd, type EtsyStatsd } from '../helpers/etsy-statsd';

async function sendLines(port: number, datagrams: string[], host = '127.0.0.1'): Promise<void> {
  const socket = dgram.createSocket('udp4');
  for (const d of datagrams) await new Promise<void>((r, j) => socket.send(d, port, host, (e) => (e ? j(e) : r())));
  socket.close();
}

async function until(what: () => boolean, ms = 2000): Promise<void> {
  const end = Date.now() + ms;
  while (!what()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('the built-in StatsD sink', () => {
  it('parses packed datagrams from a real socket, flags bad lines, and remembers names in bounded memory', async () => {
    const sink = await startStatsdSink({ port: 0, maxNames: 5, sampleSize: 10 });
    try {
      const lines = Array.from({ length: 100 }, (_, i) => `m${i % 10}:${i}|c`);
      await sendLines(sink.port, ['a.ok:1|c\nb.bad:1|x\nc.tagged:2|g|#env:prod', ...Array.from({ length: 10 }, (_, k) => lines.slice(k * 10, k * 10 + 10).join('\n'))]);
      await until(() => sink.totals().lines === 103);
      expect(sink.totals()).toMatchObject({ packets: 11, lines: 103, ok: 102, bad: 1, names: 5, namesCapped: true });
      expect(sink.names()).toHaveLength(5);
      const { lines: sample, omitted } = sink.drain();
      expect(sample).toHaveLength(10);
      expect(omitted).toBe(93);
      expect(sample.at(-1)).toMatchObject({ name: 'm9', values: [99], type: 'c', from: expect.stringMatching(/^127\.0\.0\.1:\d+$/) });
      expect(sink.drain()).toEqual({ lines: [], omitted: 0 });
    } finally {
      await sink.close();
    }
  });

  it('a port already in use is a readable EADDRINUSE', async () => {
    const first = await startStatsdSink({ port: 0 });
    try {
      const error = await startStatsdSink({ port: first.port }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SinkStartError);
      expect((error as SinkStartError).code).toBe('EADDRINUSE');
      expect((error as Error).message).toMatch(/already in use/);
    } finally {
      await first.close();
    }
  });

  it('batches for the UI: at most one event per 100 ms, each with a bounded sample and the totals', async () => {
    const events: StatsdSinkEvent[] = [];
    const sessions = createSinkSessions((e) => events.push(e));
    const { sinkId, port } = await sessions.start({ port: 0, host: '127.0.0.1' });
    const started = Date.now();
    for (let burst = 0; burst < 10; burst++) {
      await sendLines(port, Array.from({ length: 20 }, (_, i) => Array.from({ length: 10 }, (_, k) => `burst.${burst}:${i * 10 + k}|ms`).join('\n')));
      await new Promise((r) => setTimeout(r, 40));
    }
    await until(() => events.some((e) => e.type === 'batch' && e.totals.lines === 2000));
    const elapsed = Date.now() - started;
    const batches = events.filter((e) => e.type === 'batch');
    expect(batches.length).toBeLessThanOrEqual(Math.ceil(elapsed / 100) + 1);
    for (const b of batches) if (b.type === 'batch') expect(b.lines.length).toBeLessThanOrEqual(50);
    const shown = batches.reduce((n, b) => n + (b.type === 'batch' ? b.lines.length + b.omitted : 0), 0);
    expect(shown).toBe(2000);
    expect(await sessions.stop(sinkId)).toBe(true);
    expect(events.at(-1)).toMatchObject({ type: 'stopped', sinkId, totals: { lines: 2000 } });
    expect(await sessions.stop(sinkId)).toBe(false);
  });
});

describe('siscom-doctor statsd-sink and diagnose --statsd', () => {
  let etsy: EtsyStatsd;
  let broker: EmbeddedBroker;
  beforeAll(async () => {
    etsy = await startEtsyStatsd();
    broker = await startEmbeddedBroker({ publishSamples: false });
  });
  afterAll(async () => {
    await etsy?.close();
    await broker?.close();
  });

  it('statsd-sink --json-lines prints each line parsed, and stops after --count', async () => {
    const port = await freeUdpPort();
    let stdout = '';
    let stderr = '';
    const done = runCli(['statsd-sink', '--port', String(port), '--json-lines', '--count', '3'], {
      stdout: { write: (t: string) => (stdout += t) },
      stderr: { write: (t: string) => (stderr += t) },
      stdin: Readable.from([]),
      env: { LANG: 'en_US.UTF-8' },
      isTTY: false,
    });
    await until(() => stderr.includes('listening'));
    expect(stderr).toContain(`127.0.0.1:${port}`);
    await sendLines(port, ['siscom_api.mqtt.messages:1|c|@0.5|#topic:tracking\nbroken line\nsiscom_api.db.latency:3.5|ms']);
    expect(await done).toBe(0);
    const parsed = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(parsed).toHaveLength(3);
    expect(parsed[0]).toMatchObject({ ok: true, name: 'siscom_api.mqtt.messages', type: 'c', sampleRate: 0.5, tags: ['topic:tracking'] });
    expect(parsed[1]).toMatchObject({ ok: false, problem: 'no_value', raw: 'broken line' });
    expect(parsed[2]).toMatchObject({ ok: true, name: 'siscom_api.db.latency', values: [3.5] });
    expect(stderr).toMatch(/3 lines \(2 valid, 1 bad\)/);
  });

  it('statsd-sink text output flags bad lines in Spanish, and stops on cancel', async () => {
    const port = await freeUdpPort();
    const controller = new AbortController();
    let stdout = '';
    let stderr = '';
    const done = runCli(['statsd-sink', '--port', String(port), '--lang', 'es'], { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) }, stdin: Readable.from([]), env: {}, isTTY: false }, controller.signal);
    await until(() => stderr.includes('escuchando'));
    await sendLines(port, ['a.b:1|q', 'ok.metric:4|g']);
    await until(() => stdout.includes('ok.metric'));
    controller.abort();
    expect(await done).toBe(0);
    expect(stdout).toContain('BAD  tipo desconocido: "a.b:1|q"');
    expect(stdout).toMatch(/g {4}ok\.metric = 4/);
  });

  it.each([
    [['statsd-sink'], /needs --port/],
    [['statsd-sink', '--port', '70000'], /--port takes a number/],
    [['statsd-sink', '--port', '8125', '--host', 'localhost'], /IP address/],
    [['diagnose', '--broker', 'mqtt://127.0.0.1:1', '--statsd', 'udp://x:8125'], /--statsd takes host:port/],
  ])('bad usage %j exits 2 with one line', async (argv, message) => {
    const run = await runCliCaptured(argv);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('statsd-sink on a port in use exits 2 and says why', async () => {
    const taken = await startStatsdSink({ port: 0 });
    try {
      const run = await runCliCaptured(['statsd-sink', '--port', String(taken.port)]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/EADDRINUSE/);
    } finally {
      await taken.close();
    }
  });

  it('diagnose --statsd host:port adds the StatsD steps, proved against Etsy statsd (exit 0)', async () => {
    const run = await runCliCaptured(['diagnose', '--broker', broker.url, '--listen', '0', '--statsd', `127.0.0.1:${etsy.port}`, '--statsd-admin-port', String(etsy.mgmtPort), '--json']);
    const doc = JSON.parse(run.stdout);
    const steps: Array<{ id: string; status: string }> = doc.steps;
    // The broker's own steps are issue 3's business: here they only must not fail.
    expect(steps.filter((s) => !s.id.startsWith('statsd.') && s.status === 'fail')).toEqual([]);
    expect(steps.filter((s) => s.id.startsWith('statsd.')).map((s) => `${s.id}:${s.status}`)).toEqual([
      'statsd.config:pass',
      'statsd.dns:pass',
      'statsd.udp:pass',
      'statsd.admin:pass',
      'statsd.send:pass',
    ]);
    expect(doc.findings.map((f: { id: string }) => f.id).filter((id: string) => id.startsWith('statsd.'))).toEqual(['statsd.ok']);
    expect(run.code).toBe(0);
  });

  it('a .env with STATSD_ENABLED=false gives the info finding statsd.disabled (exit 0); with the port closed it is statsd.port_unreachable (exit 1)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'siscom-statsd-'));
    const off = join(dir, 'off.env');
    await writeFile(off, `BROKER_HOST=127.0.0.1:${broker.port}\nBROKER_TOPIC=tracking/data\nSTATSD_ENABLED=false\nSTATSD_HOST=localhost\nSTATSD_PORT=8126\n`);
    const disabled = await runCliCaptured(['diagnose', '--env', off, '--json']);
    expect(disabled.code).toBe(0);
    const doc = JSON.parse(disabled.stdout);
    // The linter may add config remarks (no MQTT_USERNAME); StatsD's own word is the one info finding.
    expect(doc.findings.filter((f: { id: string }) => f.id.startsWith('statsd.'))).toEqual([expect.objectContaining({ id: 'statsd.disabled', severity: 'info', step: 'statsd.config' })]);
    expect(doc.findings.filter((f: { severity: string }) => f.severity === 'error')).toEqual([]);
    expect(doc.steps.find((s: { id: string }) => s.id === 'statsd.config').status).toBe('skip');

    const on = join(dir, 'on.env');
    await writeFile(on, `BROKER_HOST=127.0.0.1:${broker.port}\nSTATSD_ENABLED=true\nSTATSD_HOST=127.0.0.1\nSTATSD_PORT=${await freeUdpPort()}\nSTATSD_PREFIX=siscom_api\n`);
    const refused = await runCliCaptured(['diagnose', '--env', on, '--statsd-admin-port', String(await closedPort()), '--lang', 'es']);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(/Nada recibe métricas en 127\.0\.0\.1:\d+ \(UDP\)/);
    expect(refused.stdout).toMatch(/Errno 111/);
  });
});

describe('sink sessions', () => {
  it('a second start on the same port replaces the forgotten sink instead of failing', async () => {
    const events: StatsdSinkEvent[] = [];
    const sessions = createSinkSessions((e) => events.push(e));
    const first = await sessions.start({ port: 0, host: '127.0.0.1' });
    const second = await sessions.start({ port: first.port, host: '127.0.0.1' });
    expect(second.port).toBe(first.port);
    expect(events).toEqual([expect.objectContaining({ type: 'stopped', sinkId: first.sinkId })]);
    await sessions.dispose();
    expect(events.at(-1)).toMatchObject({ type: 'stopped', sinkId: second.sinkId });
  });
});
