import { mkdtemp, writeFile, chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedBroker, type EmbeddedBroker } from '../../electron/core/demo/embedded-broker';
import { runCliCaptured, TEST_LOG_DIR } from '../helpers/cli';
import { closedPort } from '../helpers/ports';

const CONTRACT_KEYS = ['tool', 'version', 'startedAt', 'durationMs', 'target', 'steps', 'findings', 'verdict'];

describe('siscom-doctor CLI', () => {
  let broker: EmbeddedBroker;
  let dir: string;
  beforeAll(async () => {
    broker = await startEmbeddedBroker({ publishSamples: false });
    dir = await mkdtemp(join(tmpdir(), 'siscom-cli-'));
  });
  afterAll(() => broker.close());

  it('diagnose --json on a closed port: one JSON document, tcp.refused, exit 1', async () => {
    const port = await closedPort();
    const run = await runCliCaptured(['diagnose', '--broker', `mqtt://127.0.0.1:${port}`, '--json']);
    expect(run.code).toBe(1);
    const doc = JSON.parse(run.stdout);
    for (const key of CONTRACT_KEYS) expect(doc).toHaveProperty(key);
    expect(doc.tool).toBe('siscom-doctor');
    expect(doc.findings.map((f: { id: string }) => f.id)).toEqual(['tcp.refused']);
    expect(doc.findings[0]).toMatchObject({ severity: 'error', step: 'tcp' });
    expect(doc.findings[0].fixes.length).toBeGreaterThan(0);
    expect(doc.steps.map((s: { id: string; status: string }) => `${s.id}:${s.status}`).slice(0, 4)).toEqual(['config:pass', 'dns:pass', 'icmp:pass', 'tcp:fail']);
    expect(doc.steps.find((s: { id: string }) => s.id === 'mqtt.connect').status).toBe('fail');
    expect(doc.verdict).toBe('fail');
  });

  it('diagnose against a live broker exits 0, in Spanish when asked', async () => {
    const run = await runCliCaptured(['diagnose', '--broker', broker.url, '--lang', 'es']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Puerto');
    expect(run.stdout).toContain('TODO BIEN');
    expect(run.stdout).not.toMatch(/\x1b\[/); // no colour off a TTY
  });

  it('reads the service .env; flags override it; the password never appears', async () => {
    const env = join(dir, 'service.env');
    await writeFile(env, `BROKER_HOST=127.0.0.1:${broker.port}\nBROKER_TOPIC=tracking/data\nMQTT_USERNAME=administrator\nMQTT_PASSWORD="s3cr3t-pw"\nSTATSD_ENABLED=false\n`);
    const run = await runCliCaptured(['diagnose', '--env', env, '--json', '--topic', 'other/topic', '--listen', '0.2']);
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout);
    expect(doc.target).toMatchObject({ brokerHost: `127.0.0.1:${broker.port}`, topic: 'other/topic', username: 'administrator', password: '***' });
    expect(run.stdout + run.stderr).not.toContain('s3cr3t-pw');
  });

  it('takes the password from stdin or the environment, and never prints it', async () => {
    const viaStdin = await runCliCaptured(['diagnose', '--broker', broker.url, '--password-stdin', '--json'], { stdin: 'from-stdin-pw\n' });
    expect(JSON.parse(viaStdin.stdout).target.password).toBe('***');
    expect(viaStdin.stdout).not.toContain('from-stdin-pw');
    const viaEnv = await runCliCaptured(['diagnose', '--broker', broker.url], { env: { MQTT_PASSWORD: 'from-env-pw' } });
    expect(viaEnv.stdout + viaEnv.stderr).not.toContain('from-env-pw');
    expect(viaEnv.stdout).toContain('password=***');
  });

  it.each([
    [['diagnose', '--bogus'], /Unknown option '--bogus'/],
    [['diagnose', '--env', '/nonexistent/service.env'], /does not exist/],
    [['diagnose', '--broker', 'x', '--timeout', 'soon'], /--timeout takes milliseconds/],
    [['diagnose', '--broker', 'x', '--mqtt-version', '4.0'], /--mqtt-version takes 3.1.1 or 5/],
    [['diagnose', '--lang', 'fr'], /--lang takes "es" or "en"/],
    [['frobnicate'], /unknown command "frobnicate"/],
  ])('bad usage %j exits 2 with one line on stderr', async (argv, message) => {
    const run = await runCliCaptured(argv);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('an unreadable .env exits 2', async () => {
    const env = join(dir, 'locked.env');
    await writeFile(env, 'BROKER_HOST=x\n');
    await chmod(env, 0o000);
    // root reads anything; the folder case is unreadable for everyone.
    const run = await runCliCaptured(['diagnose', '--env', process.getuid?.() === 0 ? dir : env]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/folder|cannot be read/);
  });

  it.each([
    ['BROKER_HOST=:1883', 'config.invalid_broker_host'],
    ['BROKER_HOST=broker:70000', 'config.invalid_port'],
    ['BROKER_HOST=', 'config.invalid_broker_host'],
    ['BROKER_TOPIC=x', 'config.missing_broker'],
  ])('a .env with %s is the finding %s (exit 1), not a crash', async (line, id) => {
    const env = join(dir, `bad-${id}.env`);
    await writeFile(env, `${line}\n`);
    const run = await runCliCaptured(['diagnose', '--env', env, '--json']);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).findings.map((f: { id: string }) => f.id)).toContain(id);
  });

  it('--help lists the commands and --version prints the version', async () => {
    const help = await runCliCaptured(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/diagnose/);
    expect(help.stdout).toMatch(/demo/);
    const version = await runCliCaptured(['--version']);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('demo starts an embedded broker and diagnoses it', async () => {
    const run = await runCliCaptured(['demo', '--json', '--listen', '1']);
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout);
    expect(doc.target.brokerUrl).toMatch(/^mqtt:\/\/127\.0\.0\.1:\d+$/);
    expect(doc.verdict).toBe('pass');
  });

  it('the installed launcher (npx siscom-doctor) keeps the contract on a closed port', () => {
    const result = spawnSync('npx', ['--no-install', 'siscom-doctor', 'diagnose', '--broker', 'mqtt://127.0.0.1:1', '--json'], {
      encoding: 'utf8',
      timeout: 20_000,
      env: { ...process.env, SISCOM_DOCTOR_LOG_DIR: TEST_LOG_DIR },
    });
    expect(result.status).toBe(1);
    const doc = JSON.parse(result.stdout);
    expect(doc.findings.map((f: { id: string }) => f.id)).toContain('tcp.refused');
  });
});

describe('npm start without an Electron binary', () => {
  it('says so in one line and points to the headless CLI, with no stack trace', () => {
    const probe = spawnSync(process.execPath, ['-e', "require('electron')"], { encoding: 'utf8' });
    // Only meaningful where Electron cannot be had (this machine, CI); elsewhere start opens the app.
    expect(probe.status, 'this test expects a machine without the Electron binary').not.toBe(0);
    const result = spawnSync(process.execPath, ['scripts/start.js'], { encoding: 'utf8', timeout: 20_000 });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/npx siscom-doctor --help/);
    expect(result.stdout).toBe('');
  });
});

describe('secret scrubbing', () => {
  it('a password that would appear in any output is written as ***', async () => {
    // The password doubles as the topic here: whatever path prints it, it must come out masked.
    const run = await runCliCaptured(['diagnose', '--broker', 'mqtt://127.0.0.1:1', '--password-stdin', '--topic', 'leak-me-pw', '--json'], { stdin: 'leak-me-pw\n' });
    expect(run.stdout + run.stderr).not.toContain('leak-me-pw');
    expect(JSON.parse(run.stdout).target.topic).toBe('***');
  });
});
