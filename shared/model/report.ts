import { z } from 'zod';

export const StepStatus = z.enum(['pass', 'warn', 'fail', 'skip']);
export type StepStatus = z.infer<typeof StepStatus>;

export const Severity = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;

export const Verdict = z.enum(['pass', 'warn', 'fail']);
export type Verdict = z.infer<typeof Verdict>;

/** Values that fill a finding's or a summary's text: plain data only, never a secret. */
export const TextParams = z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]));
export type TextParams = z.infer<typeof TextParams>;

/** One finding raised by a step: its id points at the catalog in shared/findings. */
export const FindingInstance = z.object({
  id: z.string(),
  step: z.string(),
  params: TextParams.default({}),
});
export type FindingInstance = z.infer<typeof FindingInstance>;

export const StepResult = z.object({
  id: z.string(),
  status: StepStatus,
  startedAt: z.string(),
  durationMs: z.number(),
  /** Key in the step-summary catalog (shared/i18n/summaries) and its parameters. */
  summary: z.object({ key: z.string(), params: TextParams.default({}) }),
  evidence: z.record(z.string(), z.unknown()).default({}),
  /** The manual command a person could run to see the same thing (secrets as ***). */
  command: z.string().optional(),
  findings: z.array(FindingInstance).default([]),
});
export type StepResult = z.infer<typeof StepResult>;

export const PlannedStep = z.object({ id: z.string(), needs: z.array(z.string()) });
export type PlannedStep = z.infer<typeof PlannedStep>;

/** The language-neutral result of a diagnosis run; the CLI, the UI and reports render it. */
export const DiagnosisReport = z.object({
  runId: z.string(),
  tool: z.literal('siscom-doctor'),
  version: z.string(),
  startedAt: z.string(),
  durationMs: z.number(),
  target: z.record(z.string(), z.unknown()),
  steps: z.array(StepResult),
  verdict: Verdict,
  cancelled: z.boolean().default(false),
});
export type DiagnosisReport = z.infer<typeof DiagnosisReport>;

export const RunEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('run-started'), runId: z.string(), at: z.string(), plan: z.array(PlannedStep) }),
  z.object({ type: z.literal('step-started'), runId: z.string(), at: z.string(), stepId: z.string() }),
  /** A long step's live state (count, rate, a bounded sample), at most a few per second. */
  z.object({ type: z.literal('step-progress'), runId: z.string(), at: z.string(), stepId: z.string(), progress: z.record(z.string(), z.unknown()) }),
  z.object({ type: z.literal('step-finished'), runId: z.string(), at: z.string(), result: StepResult }),
  z.object({ type: z.literal('run-finished'), runId: z.string(), at: z.string(), report: DiagnosisReport }),
]);
export type RunEvent = z.infer<typeof RunEvent>;
