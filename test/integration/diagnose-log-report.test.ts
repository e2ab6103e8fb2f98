import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startMosquitto, type Mosquitto } from '../helpers/mosquitto';
import { runCliCaptured } from '../helpers/cli';
import { closedPort } from '../helpers/ports';
import { createDoctorService } from '../../electron/core/service';
import { openAttemptLog } from '../../electron/core/attempts/attempt-log';
import type { RunEvent } from '../../shared/model/report';

// Every diagnosis leaves its MQTT attempt in the local log, and can leave a report for the administrator.
describe('diagnose: attempt log and administrator report', () => {
  let broker: Mosquitto;
  beforeAll(async () => {
    broker = await startMosquitto({ users: { administrator: 'right-pw' } });
  });
  afterAll(() => broker.stop());

  it('appends the attempt (refused, CONNACK 5) and `attempts` reads it back; no password anywhere', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'siscom-log-'));
    const run = await runCliCaptured(['diagnose', '--broker', `mqtt://127.0.0.1:${broker.port}`, '--username', 'administrator', '--password-stdin', '--listen', '0', '--log', dir, '--json'], { stdin: 'wrong-pw-123' });
    expect(run.code).toBe(1);
    const back = await runCliCaptured(['attempts', '--log', dir, '--json']);
    const records = JSON.parse(back.stdout).attempts;
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ source: 'cli', target: `127.0.0.1:${broker.port}`, outcome: 'refused', connackCode: 5, mqttVersion: '3.1.1' });
    expect(records[0].clientId).toMatch(/^siscom-doctor-[0-9a-f]{8}$/);
    expect(await readFile(join(dir, 'attempts.jsonl'), 'utf8')).not.toContain('wrong-pw-123');
  });

  it('--no-log leaves no log; --log and --no-log together is bad usage', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'siscom-log-'));
    const run = await runCliCaptured(['diagnose', '--broker', `mqtt://127.0.0.1:${await closedPort()}`, '--no-log', '--json'], { env: { SISCOM_DOCTOR_LOG_DIR: dir } });
    expect(run.code).toBe(1);
    const back = await runCliCaptured(['attempts', '--log', dir, '--json']);
    expect(JSON.stringify(JSON.parse(back.stdout))).not.toContain('"outcome"');
    const both = await runCliCaptured(['diagnose', '--broker', 'mqtt://127.0.0.1:1', '--no-log', '--log', dir]);
    expect(both.code).toBe(2);
  });

  it('--report writes the administrator report (HTML or Markdown) without the password', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'siscom-report-'));
    const html = join(dir, 'report.html');
    const run = await runCliCaptured(['diagnose', '--broker', `mqtt://127.0.0.1:${broker.port}`, '--username', 'administrator', '--password-stdin', '--listen', '0', '--report', html, '--lang', 'es'], { stdin: 'wrong-pw-123' });
    expect(run.code).toBe(1);
    const text = await readFile(html, 'utf8');
    // mosquitto answers a wrong password with 5, not authorised, under 3.1.1.
    expect(text).toContain('mqtt.connack.not_authorized');
    expect(text).toContain('Preguntas para el administrador del broker');
    expect(text).not.toContain('wrong-pw-123');
    const md = join(dir, 'report.md');
    await runCliCaptured(['diagnose', '--broker', `mqtt://127.0.0.1:${await closedPort()}`, '--report', md]);
    expect(await readFile(md, 'utf8')).toMatch(/^# Siscom Doctor diagnostic report/);
  });

  it('--report with another extension, or into a missing folder, exits 2 with one line', async () => {
    const bad = await runCliCaptured(['diagnose', '--broker', 'mqtt://127.0.0.1:1', '--report', '/tmp/report.pdf']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--report takes a file ending in \.html or \.md/);
    const missing = await runCliCaptured(['diagnose', '--broker', `mqtt://127.0.0.1:${await closedPort()}`, '--report', '/nonexistent-folder/r.md']);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toMatch(/could not be written/);
  });

  it('the wizard (the core service) logs its attempt in the app data folder', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'siscom-app-'));
    let finished: () => void = () => undefined;
    const done = new Promise<void>((resolve) => (finished = resolve));
    const service = createDoctorService({
      transport: 'bridge',
      dataDir,
      emit: (channel, payload) => {
        if (channel === 'diagnosis:event' && (payload as RunEvent).type === 'run-finished') finished();
      },
    });
    await service.handlers['diagnosis:start']({ target: { brokerUrl: `mqtt://127.0.0.1:${broker.port}`, username: 'administrator', password: 'right-pw', mqttVersion: '5', listenMs: 0 } as never });
    await done;
    service.dispose();
    const log = openAttemptLog(dataDir);
    const { records } = log.read({});
    log.close();
    expect(records).toEqual([expect.objectContaining({ source: 'wizard', outcome: 'connected', mqttVersion: '5', target: `127.0.0.1:${broker.port}` })]);
  });
});

describe('the demo run', () => {
  it('keeps its report for export, like any diagnosis', async () => {
    let finished: () => void = () => undefined;
    const done = new Promise<void>((resolve) => (finished = resolve));
    const service = createDoctorService({
      transport: 'bridge',
      emit: (channel, payload) => {
        if (channel === 'diagnosis:event' && (payload as RunEvent).type === 'run-finished') finished();
      },
    });
    const { runId } = await service.handlers['demo:start']({ lang: 'en', listenMs: 0 } as never);
    await done;
    // The report is kept when the demo's run settles, after its broker has closed.
    const report = await vi.waitFor(() => service.handlers['report:render']({ runId, format: 'md', lang: 'en' }), { timeout: 5000 });
    service.dispose();
    expect(report.content).toMatch(/^# Siscom Doctor diagnostic report/);
    expect(report.filename).toMatch(/\.md$/);
  });
});
