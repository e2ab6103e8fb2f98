import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCliCaptured } from '../helpers/cli';
import { closedPort } from '../helpers/ports';

const GOOD = 'BROKER_HOST=127.0.0.1:1883\nBROKER_TOPIC=tracking/data\nMQTT_USERNAME=administrator\nMQTT_PASSWORD=Zr8-real-Secret\nSTATSD_ENABLED=false\n';
const GUIDE = 'BROKER_HOST=127.0.0.1:{{port}}\nBROKER_TOPIC=tracking/data\nMQTT_USERNAME=administrator\nMQTT_PASSWORD=tu_password_aquí\nSTATSD_ENABLED=true\nSTATSD_HOST=localhost\nSTATSD_PORT=8126\n';

describe('siscom-doctor decode', () => {
  it('decode 7: paho’s connection lost, and not a CONNACK code (exit 0)', async () => {
    const run = await runCliCaptured(['decode', '7']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('MQTT_ERR_CONN_LOST');
    expect(run.stdout).toMatch(/Not a CONNACK code/);
    const es = await runCliCaptured(['decode', '7', '--lang', 'es']);
    expect(es.stdout).toMatch(/No es un código CONNACK/);
    expect(es.stdout).toMatch(/Causas probables/);
  });

  it('--json lists every source that defines a number, most likely first', async () => {
    const run = await runCliCaptured(['decode', '5', '--json']);
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout);
    expect(doc).toMatchObject({ tool: 'siscom-doctor', kind: 'code', input: '5', recognised: true });
    expect(doc.matches.map((m: { id: string }) => m.id)).toEqual(['connack.5', 'paho.5']);
    expect(doc.matches[0]).toMatchObject({ source: 'connack', severity: 'error', step: 'mqtt' });
    expect(doc.matches[0].cite).toMatch(/MQTT 3\.1\.1/);
    expect(doc.notDefinedIn.map((a: { source: string }) => a.source)).toEqual(['reason']);
  });

  it('--source narrows, and a negative code is a value, not an option', async () => {
    const lost = JSON.parse((await runCliCaptured(['decode', '7', '--source', 'connack', '--json'])).stdout);
    expect(lost.matches).toEqual([]);
    expect(lost.notDefinedIn[0].note).toMatch(/0 to 5/);
    const again = await runCliCaptured(['decode', '-1', '--json']);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout).matches[0].code).toBe('MQTT_ERR_AGAIN');
  });

  it('reads a pasted trace from stdin and explains every code in it', async () => {
    const trace = [
      'aio_statsd.client - ERROR - status:False error: [Errno 111] Connection refused',
      'ConnectionRefusedError: [Errno 111] Connection refused',
      'paho: Unexpected disconnection, rc=7',
    ].join('\n');
    const run = await runCliCaptured(['decode', '--json'], { stdin: trace });
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout);
    expect(doc.kind).toBe('text');
    expect(doc.hits.map((h: { id: string }) => h.id)).toEqual(['errno.ECONNREFUSED', 'paho.7']);
    expect(doc.hits[0]).toMatchObject({ line: 1, count: 2 });
    expect(doc.hits[0].hint).toMatch(/StatsD/);
    const text = await runCliCaptured(['decode', '-'], { stdin: trace });
    expect(text.stdout).toMatch(/\[line 3\] «rc=7»/);
  });

  it('exits 1 when nothing is recognised and 2 on bad usage', async () => {
    expect((await runCliCaptured(['decode', 'all', 'is', 'well'])).code).toBe(1);
    for (const argv of [['decode', '7', '--source', 'bogus'], ['decode'], ['decode', '7', '--frob']]) {
      const run = await runCliCaptured(argv, { stdin: '' });
      expect(run.code, argv.join(' ')).toBe(2);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});

describe('siscom-doctor lint', () => {
  let dir: string;
  const file = async (name: string, content: string | Uint8Array): Promise<string> => {
    const path = join(dir, name);
    await writeFile(path, content);
    return path;
  };
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'siscom-lint-'));
  });

  it('a clean .env: no findings, exit 0', async () => {
    const run = await runCliCaptured(['lint', '--env', await file('good.env', GOOD)]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/No findings/);
  });

  it('the guide’s .env: placeholder password (error, exit 1) and STATSD_PORT 8126, with key and line', async () => {
    const run = await runCliCaptured(['lint', '--env', await file('guide.env', GUIDE.replace('{{port}}', '1883')), '--json']);
    expect(run.code).toBe(1);
    const doc = JSON.parse(run.stdout);
    expect(doc.counts).toEqual({ error: 1, warning: 1, info: 0 });
    expect(doc.findings.map((f: { id: string }) => f.id)).toEqual(['config.password_placeholder', 'statsd.config.port_8126']);
    expect(doc.findings[0]).toMatchObject({ severity: 'error', key: 'MQTT_PASSWORD', line: 4 });
    for (const f of doc.findings) {
      expect(typeof f.message).toBe('string');
      expect(typeof f.fix).toBe('string');
    }
    const es = await runCliCaptured(['lint', '--env', join(dir, 'guide.env'), '--lang', 'es']);
    expect(es.stdout).toMatch(/guide\.env:7 {2}\[warning\] STATSD_PORT=8126/);
  });

  it('never prints the password, even when it is malformed', async () => {
    const env = await file('quoted.env', GOOD.replace('MQTT_PASSWORD=Zr8-real-Secret', 'MQTT_PASSWORD="\'Zr8-real-Secret\'"') + 'BROKER_HOST="127.0.0.1\nMQTT_PASSWORD=Zr8-real-Secret\n');
    for (const argv of [['lint', '--env', env], ['lint', '--env', env, '--json'], ['lint', '--env', env, '--lang', 'es']]) {
      const run = await runCliCaptured(argv);
      expect(run.stdout + run.stderr).not.toContain('Zr8');
    }
  });

  it.each([
    ['binary', new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 3]), 'config.file_binary'],
    ['empty', '', 'config.file_empty'],
    ['latin1', new Uint8Array([...new TextEncoder().encode(GOOD + 'STATSD_PREFIX=ca'), 0xf1, 0x0a]), 'config.invalid_utf8'],
    ['no-equals', GOOD + 'this line is prose\n', 'config.line_without_equals'],
    ['crlf', GOOD.replace(/\n/g, '\r\n'), 'config.crlf'],
  ])('a %s file is a clear finding, not a crash', async (name, content, id) => {
    const run = await runCliCaptured(['lint', '--env', await file(`${name}.env`, content), '--json']);
    expect([0, 1]).toContain(run.code);
    expect(JSON.parse(run.stdout).findings.map((f: { id: string }) => f.id)).toContain(id);
  });

  it('a huge file is read up to the limit and said to be too large', async () => {
    const huge = GOOD + `STATSD_PREFIX=${'x'.repeat(2 * 1024 * 1024)}\n`;
    const run = await runCliCaptured(['lint', '--env', await file('huge.env', huge), '--json']);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).findings[0].id).toBe('config.file_too_large');
  });

  it('reviews client settings from flags', async () => {
    const run = await runCliCaptured(['lint', '--client-id', 'siscom-api-app-3f2a9c1b', '--clean-session', 'false', '--keepalive', '120', '--max-queued', '0', '--json']);
    expect(run.code).toBe(0); // warnings only
    expect(JSON.parse(run.stdout).findings.map((f: { id: string }) => f.id).sort()).toEqual(['config.client.keepalive_long', 'config.client.random_id_persistent', 'config.client.unbounded_queue']);
    const shared = await runCliCaptured(['lint', '--client-id', 'siscom-api', '--instances', '3', '--json']);
    expect(shared.code).toBe(1);
    expect(JSON.parse(shared.stdout).findings[0].id).toBe('config.client.shared_id');
  });

  it('a FIFO or a device is refused by lint and diagnose, not read forever', async () => {
    const fifo = join(dir, 'pipe.env');
    spawnSync('mkfifo', [fifo]);
    for (const argv of [fifo, '/dev/zero'].flatMap((path) => [['lint', '--env', path], ['diagnose', '--env', path]])) {
      const run = await runCliCaptured(argv);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/not a regular file/);
    }
  });

  it.each([
    [['lint'], /needs --env FILE or client settings/],
    [['lint', '--env', '/nonexistent/x.env'], /does not exist/],
    [['lint', '--clean-session', 'maybe'], /--clean-session takes true or false/],
    [['lint', '--max-queued', '-3'], /--max-queued|Unknown option/],
  ])('bad usage %j exits 2 with one line', async (argv, message) => {
    const run = await runCliCaptured(argv);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('siscom-doctor diagnose --env lints the file in the config step', () => {
  it('adds lint findings, keeps running the network steps, never shows the password', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'siscom-diag-lint-'));
    const port = await closedPort();
    const env = join(dir, 'service.env');
    await writeFile(env, GUIDE.replace('{{port}}', String(port)).replace('tu_password_aquí', 'changeme') + 'BROKER_TOPIC=tracking/data\n');
    const run = await runCliCaptured(['diagnose', '--env', env, '--json', '--timeout', '1000']);
    expect(run.code).toBe(1);
    const doc = JSON.parse(run.stdout);
    const config = doc.steps.find((s: { id: string }) => s.id === 'config');
    expect(config.status).toBe('warn');
    expect(config.summary).toMatch(/the \.env has 3 remarks/);
    const status = (id: string) => doc.steps.find((s: { id: string }) => s.id === id)?.status;
    // The lint remarks warn but do not stop the run: the network steps still ran.
    expect([status('config'), status('dns'), status('tcp')]).toEqual(['warn', 'pass', 'fail']);
    const ids = doc.findings.map((f: { id: string }) => f.id);
    expect(ids).toEqual(expect.arrayContaining(['config.password_placeholder', 'statsd.config.port_8126', 'config.duplicate_key', 'tcp.refused']));
    expect(doc.target.envText).toBeUndefined();
    expect(run.stdout).not.toMatch(/MQTT_PASSWORD=/);
  });

  it('the text report names the knowledge-base entries behind a finding', async () => {
    const run = await runCliCaptured(['diagnose', '--broker', `mqtt://127.0.0.1:${await closedPort()}`]);
    expect(run.stdout).toContain('Related codes (siscom-doctor decode): errno.ECONNREFUSED');
  });

  it('a --topic flag overrides the file, so its topic findings are not raised', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'siscom-diag-lint-'));
    const env = join(dir, 'service.env');
    await writeFile(env, GOOD.replace('BROKER_TOPIC=tracking/data\n', '').replace('1883', String(await closedPort())));
    const withFile = JSON.parse((await runCliCaptured(['diagnose', '--env', env, '--json', '--timeout', '1000'])).stdout);
    expect(withFile.findings.map((f: { id: string }) => f.id)).toContain('config.topic_missing');
    const withFlag = JSON.parse((await runCliCaptured(['diagnose', '--env', env, '--topic', 'tracking/data', '--json', '--timeout', '1000'])).stdout);
    expect(withFlag.findings.map((f: { id: string }) => f.id)).not.toContain('config.topic_missing');
  });
});
