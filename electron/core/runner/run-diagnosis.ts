import { randomUUID } from 'node:crypto';
import type { DiagnosisReport, RunEvent, StepResult, Verdict } from '../../../shared/model/report';
import { redactTarget, type ParsedTargetInput } from '../../../shared/model/target';
import { findingDefinition } from '../../../shared/findings';
import type { Check, CheckOutcome } from './check';
import { TOOL_VERSION } from '../version';

export interface RunOptions {
  input: ParsedTargetInput;
  checks: readonly Check[];
  runId?: string;
  signal?: AbortSignal;
  onEvent?: (event: RunEvent) => void;
}

/** A check that overruns its own timeout by this share is stopped by the runner. */
const HARD_STOP_FACTOR = 1.1;
const HARD_STOP_MIN_GRACE_MS = 50;

function now(): string {
  return new Date().toISOString();
}

export function verdictOf(steps: readonly StepResult[]): Verdict {
  let verdict: Verdict = 'pass';
  for (const step of steps) {
    for (const f of step.findings) {
      const severity = findingDefinition(f.id)?.severity ?? 'error';
      if (severity === 'error') return 'fail';
      if (severity === 'warning') verdict = 'warn';
    }
    if (step.status === 'fail') return 'fail';
    if (step.status === 'warn') verdict = 'warn';
  }
  return verdict;
}

function validatePlan(checks: readonly Check[]): void {
  const ids = new Set<string>();
  for (const c of checks) {
    if (ids.has(c.id)) throw new Error(`Check ${c.id} is in the plan twice`);
    for (const need of c.needs ?? []) {
      if (!ids.has(need)) throw new Error(`Check ${c.id} needs ${need}, which must come earlier in the plan`);
    }
    ids.add(c.id);
  }
}

/**
 * Runs a plan of checks: each starts as soon as the checks it needs have finished, so
 * independent checks run concurrently. Every check has its own timeout and AbortSignal; a
 * cancelled run skips what has not started and aborts what has.
 */
export async function runDiagnosis(options: RunOptions): Promise<DiagnosisReport> {
  const { input, checks } = options;
  validatePlan(checks);
  const runId = options.runId ?? randomUUID();
  const emit = options.onEvent ?? (() => undefined);
  const startedAt = now();
  const t0 = performance.now();
  const outcomes = new Map<string, CheckOutcome>();
  const results = new Map<string, StepResult>();

  emit({ type: 'run-started', runId, at: startedAt, plan: checks.map((c) => ({ id: c.id, needs: c.needs ?? [] })) });

  const finish = (check: Check, outcome: CheckOutcome, stepStartedAt: string, ms: number): void => {
    outcomes.set(check.id, outcome);
    const result: StepResult = {
      id: check.id,
      status: outcome.status,
      startedAt: stepStartedAt,
      durationMs: Math.round(ms * 10) / 10,
      summary: { key: outcome.summary.key, params: outcome.summary.params ?? {} },
      evidence: outcome.evidence ?? {},
      ...(outcome.command ? { command: outcome.command } : {}),
      findings: (outcome.findings ?? []).map((f) => ({ id: f.id, step: check.id, params: f.params ?? {} })),
    };
    results.set(check.id, result);
    emit({ type: 'step-finished', runId, at: now(), result });
  };

  const runOne = async (check: Check): Promise<void> => {
    const stepStartedAt = now();
    const blocker = (check.needs ?? []).find((n) => {
      const status = outcomes.get(n)?.status;
      return status !== 'pass' && status !== 'warn';
    });
    if (options.signal?.aborted) {
      finish(check, { status: 'skip', summary: { key: 'step.cancelled' } }, stepStartedAt, 0);
      return;
    }
    if (blocker && !check.runAfterFailure) {
      finish(check, { status: 'skip', summary: { key: 'step.skipped_dependency', params: { dependency: blocker } } }, stepStartedAt, 0);
      return;
    }
    emit({ type: 'step-started', runId, at: stepStartedAt, stepId: check.id });
    const timeoutMs = check.timeoutMs?.(input) ?? input.timeoutMs;
    const controller = new AbortController();
    const onAbort = (): void => controller.abort(options.signal?.reason);
    options.signal?.addEventListener('abort', onAbort, { once: true });
    const started = performance.now();
    let hardStop: NodeJS.Timeout | undefined;
    const guard = new Promise<CheckOutcome>((resolve) => {
      const grace = Math.max(timeoutMs * (HARD_STOP_FACTOR - 1), HARD_STOP_MIN_GRACE_MS);
      hardStop = setTimeout(() => {
        controller.abort(new Error('check timeout'));
        resolve({ status: 'fail', summary: { key: 'step.timeout', params: { timeoutMs } } });
      }, timeoutMs + grace);
    });
    const cancelled = new Promise<CheckOutcome>((resolve) => {
      controller.signal.addEventListener('abort', () => {
        if (options.signal?.aborted) resolve({ status: 'skip', summary: { key: 'step.cancelled' } });
      }, { once: true });
    });
    const ctx = {
      runId,
      input,
      signal: controller.signal,
      timeoutMs,
      outcome: <D>(id: string) => outcomes.get(id) as CheckOutcome<D> | undefined,
      progress: (data: Record<string, unknown>) => emit({ type: 'step-progress', runId, at: now(), stepId: check.id, progress: data }),
    };
    let outcome: CheckOutcome;
    try {
      outcome = await Promise.race([check.run(ctx), guard, cancelled]);
    } catch (error) {
      outcome = options.signal?.aborted
        ? { status: 'skip', summary: { key: 'step.cancelled' } }
        : { status: 'fail', summary: { key: 'step.crashed', params: { message: error instanceof Error ? error.message : String(error) } } };
    } finally {
      clearTimeout(hardStop);
      options.signal?.removeEventListener('abort', onAbort);
      controller.abort();
    }
    finish(check, outcome, stepStartedAt, performance.now() - started);
  };

  // Start every check as soon as all of its needs have settled.
  const settled = new Map<string, Promise<void>>();
  for (const check of checks) {
    const needs = (check.needs ?? []).map((n) => settled.get(n) as Promise<void>);
    settled.set(check.id, Promise.all(needs).then(() => runOne(check)));
  }
  await Promise.all(settled.values());
  // Sessions handed from one check to the next are closed once nothing else needs them.
  await Promise.all([...outcomes.values()].map((o) => o.cleanup?.().catch(() => undefined)));

  const steps = checks.map((c) => results.get(c.id) as StepResult);
  const report: DiagnosisReport = {
    runId,
    tool: 'siscom-doctor',
    version: TOOL_VERSION,
    startedAt,
    durationMs: Math.round((performance.now() - t0) * 10) / 10,
    target: redactTarget(input),
    steps,
    verdict: verdictOf(steps),
    cancelled: options.signal?.aborted ?? false,
  };
  emit({ type: 'run-finished', runId, at: now(), report });
  return report;
}
