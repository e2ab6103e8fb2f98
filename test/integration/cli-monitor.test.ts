import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliCaptured } from '../helpers/cli';
import { startMosquitto, type Mosquitto } from '../helpers/mosquitto';

// `siscom-doctor monitor` and `siscom-doctor attempts` against mosquitto, sharing one log folder.
let broker: Mosquitto;
let dir: string;
beforeAll(async () => {
  broker = await startMosquitto({ users: { svc: 'right-pw' } });
  dir = mkdtempSync(join(tmpdir(), 'siscom-cli-attempts-'));
});
afterAll(async () => {
  await broker.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('siscom-doctor monitor and attempts', () => {
  it('monitors for --duration, streams JSON lines at most 10 a second, and logs the attempt', async () => {
    const run = await runCliCaptured(['monitor', '--broker', `mqtt://127.0.0.1:${broker.port}`, '--username', 'svc', '--password-stdin', '--topic', 'tracking/#', '--duration', '1.5', '--keepalive', '5', '--log', dir, '--json-lines'], { stdin: 'right-pw\n' });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l));
    const batches = lines.filter((l) => l.type === 'batch');
    expect(batches.length).toBeGreaterThan(1);
    expect(batches.length).toBeLessThanOrEqual(17);
    expect(batches.some((b) => b.state.phase === 'connected')).toBe(true);
    expect(batches.at(-1)).toMatchObject({ final: true, state: { phase: 'stopped' } });
    expect(lines.at(-1)).toMatchObject({ type: 'summary' });
    expect(run.stdout).not.toContain('right-pw');
  });

  it('a wrong password ends with the auth finding and exit status 1', async () => {
    const run = await runCliCaptured(['monitor', '--broker', `mqtt://127.0.0.1:${broker.port}`, '--username', 'svc', '--password-stdin', '--duration', '1', '--reconnect-min', '0.2', '--log', dir, '--lang', 'en'], { stdin: 'nope' });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/#1 refused code 5/);
    expect(run.stdout).toContain('monitor.auth_failing');
    expect(run.stdout).toContain('The broker refuses the connection (code 5)');
    expect(run.stdout).not.toContain('nope');
  });

  it('attempts reads the log back as a table, JSON and CSV, filtered by outcome and target', async () => {
    const table = await runCliCaptured(['attempts', '--log', dir]);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^time\s+source\s+target/);
    expect(table.stdout).toContain('connected');
    expect(table.stdout).toContain('refused');
    const json = await runCliCaptured(['attempts', '--log', dir, '--outcome', 'refused', '--json']);
    const doc = JSON.parse(json.stdout);
    expect(doc.attempts.length).toBeGreaterThanOrEqual(2);
    expect(doc.attempts.every((a: { outcome: string; connackCode: number }) => a.outcome === 'refused' && a.connackCode === 5)).toBe(true);
    const csv = await runCliCaptured(['attempts', '--log', dir, '--target', `127.0.0.1:${broker.port}`, '--outcome', 'connected', '--csv']);
    const rows = csv.stdout.trim().split('\n');
    expect(rows[0]).toMatch(/^at,source,target/);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toContain(',monitor,');
    const none = await runCliCaptured(['attempts', '--log', dir, '--since', '2999-01-01']);
    expect(none.stdout).toMatch(/No attempts/);
  });

  it('speaks Spanish when asked', async () => {
    const run = await runCliCaptured(['monitor', '--broker', `mqtt://127.0.0.1:${broker.port}`, '--username', 'svc', '--password-stdin', '--duration', '0.6', '--reconnect-min', '0.2', '--log', dir, '--lang', 'es'], { stdin: 'nope' });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('El broker rechaza la conexión (código 5)');
  });

  it('reports a torn line on stderr and still lists every whole one', async () => {
    const before = JSON.parse((await runCliCaptured(['attempts', '--log', dir, '--json'])).stdout).attempts.length;
    appendFileSync(join(dir, 'attempts.jsonl'), '{"v":1,"id":"half-writ');
    const run = await runCliCaptured(['attempts', '--log', dir, '--csv']);
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(before + 1);
    expect(run.stderr).toMatch(/skipped 1 unreadable line\(s\) \(1 torn/);
    const json = JSON.parse((await runCliCaptured(['attempts', '--log', dir, '--json'])).stdout);
    expect(json.unreadable).toEqual([expect.objectContaining({ kind: 'torn' })]);
  });

  it('bad usage is one line on stderr and exit status 2', async () => {
    for (const argv of [
      ['attempts', '--outcome', 'bogus'],
      ['attempts', '--since', 'yesterday'],
      ['attempts', '--json', '--csv'],
      ['monitor', '--broker', 'mqtt://127.0.0.1:1', '--duration=-3'],
      ['monitor', '--broker', 'mqtt://127.0.0.1:1', '--reconnect-min', '10', '--reconnect-max', '2'],
    ]) {
      const run = await runCliCaptured([...argv, '--log', dir]);
      expect(run.code, argv.join(' ')).toBe(2);
      expect(run.stderr.trim().split('\n'), argv.join(' ')).toHaveLength(1);
    }
  });
});
