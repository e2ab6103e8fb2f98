import { describe, expect, it } from 'vitest';
import { runDiagnosis } from '../../electron/core/runner/run-diagnosis';
import type { Check } from '../../electron/core/runner/check';
import type { RunEvent } from '../../shared/model/report';
import { TargetInput } from '../../shared/model/target';

const input = TargetInput.parse({ brokerHost: 'x', timeoutMs: 200 });
const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const t = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(t);
      reject(new Error('aborted'));
    });
  });

function timed(id: string, ms: number, needs: string[] = [], status: 'pass' | 'fail' = 'pass', log?: string[]): Check {
  return {
    id,
    needs,
    async run(ctx) {
      log?.push(`start:${id}`);
      await sleep(ms, ctx.signal);
      log?.push(`end:${id}`);
      return { status, summary: { key: 'step.cancelled' } };
    },
  };
}

describe('the runner', () => {
  it('runs independent checks concurrently and dependent ones in order', async () => {
    const log: string[] = [];
    const report = await runDiagnosis({ input, checks: [timed('a', 10, [], 'pass', log), timed('b', 80, ['a'], 'pass', log), timed('c', 80, ['a'], 'pass', log), timed('d', 5, ['b', 'c'], 'pass', log)] });
    expect(report.steps.map((s) => s.status)).toEqual(['pass', 'pass', 'pass', 'pass']);
    expect(log.indexOf('start:b')).toBeLessThan(log.indexOf('end:c'));
    expect(log.indexOf('start:c')).toBeLessThan(log.indexOf('end:b'));
    expect(log.indexOf('start:d')).toBeGreaterThan(Math.max(log.indexOf('end:b'), log.indexOf('end:c')));
  });

  it('skips a check whose dependency failed, naming the dependency', async () => {
    const report = await runDiagnosis({ input, checks: [timed('a', 1, [], 'fail'), timed('b', 1, ['a'])] });
    expect(report.steps[1]).toMatchObject({ id: 'b', status: 'skip', summary: { key: 'step.skipped_dependency', params: { dependency: 'a' } } });
    expect(report.verdict).toBe('fail');
  });

  it('stops a check that overruns its own timeout', async () => {
    const hang: Check = { id: 'hang', timeoutMs: () => 50, run: () => new Promise(() => undefined) };
    const report = await runDiagnosis({ input, checks: [hang] });
    expect(report.steps[0]).toMatchObject({ status: 'fail', summary: { key: 'step.timeout', params: { timeoutMs: 50 } } });
  });

  it('reports a check that throws as a failed step, not a crash', async () => {
    const boom: Check = { id: 'boom', run: async () => { throw new Error('kaput'); } };
    const report = await runDiagnosis({ input, checks: [boom] });
    expect(report.steps[0]).toMatchObject({ status: 'fail', summary: { key: 'step.crashed', params: { message: 'kaput' } } });
  });

  it('cancels: running checks are aborted, later ones skipped', async () => {
    const controller = new AbortController();
    const events: RunEvent[] = [];
    const log: string[] = [];
    const promise = runDiagnosis({ input, signal: controller.signal, onEvent: (e) => events.push(e), checks: [timed('a', 10_000, [], 'pass', log), timed('b', 1, ['a'], 'pass', log)] });
    setTimeout(() => controller.abort(), 20);
    const report = await promise;
    expect(report.cancelled).toBe(true);
    expect(report.steps.map((s) => [s.id, s.status, s.summary.key])).toEqual([
      ['a', 'skip', 'step.cancelled'],
      ['b', 'skip', 'step.cancelled'],
    ]);
    // a was aborted mid-sleep (it never ended on its own) and b never started.
    expect(log).toEqual(['start:a']);
    expect(events.map((e) => e.type)).toEqual(['run-started', 'step-started', 'step-finished', 'step-finished', 'run-finished']);
    expect(new Set(events.map((e) => e.runId)).size).toBe(1);
  });

  it('refuses a plan whose needs come later or are missing', async () => {
    await expect(runDiagnosis({ input, checks: [timed('b', 1, ['a']), timed('a', 1)] })).rejects.toThrow(/needs a/);
  });

  it('never carries the password into the report', async () => {
    const report = await runDiagnosis({ input: TargetInput.parse({ brokerHost: 'x', password: 'hunter2' }), checks: [timed('a', 1)] });
    expect(JSON.stringify(report)).not.toContain('hunter2');
    expect(report.target.password).toBe('***');
  });
});
