import { spawn } from 'node:child_process';
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { attemptsToCsv, attemptsToJson, openAttemptLog, readAttempts } from '../../electron/core/attempts/attempt-log';
import { defaultAttemptLogDir } from '../../electron/core/attempts/default-dir';
import type { AttemptRecord } from '../../shared/model/attempt';

const dirs: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'siscom-attempts-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function rec(i: number, extra: Partial<AttemptRecord> = {}): AttemptRecord {
  return {
    v: 1,
    id: `a-${i}`,
    at: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
    source: 'monitor',
    target: i % 2 ? 'broker-a:1883' : 'broker-b:1883',
    clientId: 'c',
    mqttVersion: '3.1.1',
    outcome: i % 3 === 0 ? 'refused' : 'connected',
    phases: { tcpMs: 1, connackMs: 2, totalMs: 3 },
    ...extra,
  };
}

describe('attempt log', () => {
  it('appends whole lines and reads them back, filtered by time, target and outcome', () => {
    const dir = tempDir();
    const log = openAttemptLog(dir);
    for (let i = 0; i < 30; i++) log.append(rec(i));
    log.close();
    const text = readFileSync(join(dir, 'attempts.jsonl'), 'utf8');
    expect(text.split('\n').filter(Boolean)).toHaveLength(30);
    expect(readAttempts(dir).records.map((r) => r.id)).toEqual(Array.from({ length: 30 }, (_, i) => `a-${i}`));
    const since = readAttempts(dir, { since: new Date(Date.UTC(2026, 0, 1, 0, 0, 20)).toISOString() });
    expect(since.records).toHaveLength(10);
    expect(readAttempts(dir, { target: 'broker-a' }).records.every((r) => r.target === 'broker-a:1883')).toBe(true);
    expect(readAttempts(dir, { outcome: 'refused' }).records).toHaveLength(10);
    expect(readAttempts(dir, { target: 'broker-b', outcome: 'connected', limit: 3 }).records.map((r) => r.id)).toEqual(['a-22', 'a-26', 'a-28']);
  });

  it('refuses a record that does not fit the model, so nothing malformed reaches the file', () => {
    const dir = tempDir();
    const log = openAttemptLog(dir);
    expect(() => log.append({ ...rec(1), outcome: 'bogus' } as unknown as AttemptRecord)).toThrow();
    log.close();
    expect(readAttempts(dir).records).toHaveLength(0);
  });

  it('skips and reports a torn last line, and the next append starts on a fresh line', () => {
    const dir = tempDir();
    const log = openAttemptLog(dir);
    for (let i = 0; i < 5; i++) log.append(rec(i));
    log.close();
    // What a crash in the middle of a write leaves: half a line, no newline.
    const whole = JSON.stringify(rec(5));
    appendFileSync(join(dir, 'attempts.jsonl'), whole.slice(0, whole.length / 2));
    const torn = readAttempts(dir);
    expect(torn.records).toHaveLength(5);
    expect(torn.bad).toEqual([expect.objectContaining({ line: 6, kind: 'torn' })]);

    const again = openAttemptLog(dir);
    again.append(rec(6));
    again.close();
    const after = readAttempts(dir);
    expect(after.records.map((r) => r.id)).toEqual(['a-0', 'a-1', 'a-2', 'a-3', 'a-4', 'a-6']);
    expect(after.bad).toEqual([expect.objectContaining({ line: 6, kind: 'torn' })]);
  });

  it('rotates at the size cap and keeps only maxFiles files', () => {
    const dir = tempDir();
    const lineBytes = Buffer.byteLength(JSON.stringify(rec(10)) + '\n');
    const log = openAttemptLog(dir, { maxBytes: lineBytes * 10, maxFiles: 3 });
    for (let i = 10; i < 60; i++) log.append(rec(i));
    log.close();
    const files = readdirSync(dir).sort();
    expect(files).toEqual(['attempts.1.jsonl', 'attempts.2.jsonl', 'attempts.jsonl']);
    for (const f of files) expect(statSync(join(dir, f)).size).toBeLessThanOrEqual(lineBytes * 10 + 10);
    const back = readAttempts(dir, {}, 3);
    // The newest 30 (3 files × 10), oldest first, no gap.
    expect(back.records.map((r) => r.id)).toEqual(Array.from({ length: 30 }, (_, i) => `a-${i + 30}`));
    expect(back.bad).toEqual([]);
  });

  it('two writers (the app and the CLI) share one log: after one rotates, the other follows the new file', () => {
    const dir = tempDir();
    const lineBytes = Buffer.byteLength(JSON.stringify(rec(10)) + '\n');
    const app = openAttemptLog(dir, { maxBytes: lineBytes * 10, maxFiles: 10 });
    const cli = openAttemptLog(dir, { maxBytes: lineBytes * 10, maxFiles: 10 });
    for (let i = 10; i < 60; i++) (i % 2 ? app : cli).append(rec(i));
    app.close();
    cli.close();
    const back = readAttempts(dir, {}, 10);
    expect(back.records.map((r) => r.id).sort()).toEqual(Array.from({ length: 50 }, (_, i) => `a-${i + 10}`).sort());
    for (const f of readdirSync(dir)) expect(statSync(join(dir, f)).size).toBeLessThanOrEqual(lineBytes * 10 + 10);
  });

  it('a writer killed with SIGKILL in the middle of appending leaves a log that reads back', async () => {
    const dir = tempDir();
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/helpers/attempt-writer.ts', dir], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    await new Promise((r) => setTimeout(r, 400));
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    const result = readAttempts(dir);
    expect(result.records.length).toBeGreaterThan(10);
    // At most the one line being written is lost; everything before it is intact and in order.
    expect(result.bad.length).toBeLessThanOrEqual(1);
    for (const b of result.bad) expect(b.kind).toBe('torn');
    result.records.forEach((r, i) => {
      expect(r.attempt).toBe(i);
      expect(r.errorMessage).toHaveLength(2000);
    });
    // And the log stays usable: the next append lands on its own line.
    const log = openAttemptLog(dir);
    log.append(rec(1));
    log.close();
    expect(readAttempts(dir).records.at(-1)?.id).toBe('a-1');
  });

  it('exports CSV with a header and quoting, and JSON with what could not be read', () => {
    const r = rec(1, { errorMessage: 'refused, "not authorised"', connackCode: 5 });
    const csv = attemptsToCsv([r]);
    const [header, row] = csv.trim().split('\n');
    expect(header?.split(',')).toContain('connackMs');
    expect(row).toContain('"refused, ""not authorised"""');
    expect(row).toContain('broker-a:1883');
    const json = JSON.parse(attemptsToJson({ records: [r], bad: [] }));
    expect(json.attempts[0].id).toBe('a-1');
  });

  it('defaults to the platform state folder', () => {
    expect(defaultAttemptLogDir({}, 'linux', '/home/u')).toBe('/home/u/.local/state/siscom-doctor');
    expect(defaultAttemptLogDir({ XDG_STATE_HOME: '/x/state' }, 'linux', '/home/u')).toBe('/x/state/siscom-doctor');
    expect(defaultAttemptLogDir({ LOCALAPPDATA: 'C:\\Users\\u\\AppData\\Local' }, 'win32', 'C:\\Users\\u')).toContain('siscom-doctor');
    expect(defaultAttemptLogDir({}, 'darwin', '/Users/u')).toBe('/Users/u/Library/Application Support/siscom-doctor');
  });
});

describe('attempts of one-shot connects (wizard, diagnose)', () => {
  it('a refused connectOnce against mosquitto becomes a log record without the password', async () => {
    const { startMosquitto } = await import('../helpers/mosquitto');
    const { connectOnce } = await import('../../electron/core/mqtt/connect-once');
    const { attemptRecordFromConnect } = await import('../../electron/core/attempts/from-connect');
    const broker = await startMosquitto({ users: { svc: 'right-pw' } });
    const dir = tempDir();
    try {
      const startedAt = new Date();
      const endpoint = { protocol: 'mqtt' as const, host: '127.0.0.1', port: broker.port, portWasDefaulted: false };
      const result = await connectOnce(endpoint, { mqttVersion: '3.1.1', username: 'svc', password: 'secret-wrong' }, 2000);
      const log = openAttemptLog(dir);
      log.append(attemptRecordFromConnect(result, { source: 'cli', target: `127.0.0.1:${broker.port}`, mqttVersion: '3.1.1', startedAt }));
      log.close();
      const [r] = readAttempts(dir).records;
      expect(r).toMatchObject({ source: 'cli', outcome: 'refused', connackCode: 5, address: '127.0.0.1' });
      expect(readFileSync(join(dir, 'attempts.jsonl'), 'utf8')).not.toContain('secret-wrong');
    } finally {
      await broker.stop();
    }
  });
});
