import type { FindingInstance, StepResult, StepStatus, TextParams } from '../../../shared/model/report';
import type { ParsedTargetInput } from '../../../shared/model/target';

/** What a check returns; the runner adds the id, timing and bookkeeping. */
export interface CheckOutcome<D = unknown> {
  status: StepStatus;
  summary: { key: string; params?: TextParams };
  evidence?: Record<string, unknown>;
  command?: string;
  findings?: Array<Omit<FindingInstance, 'step' | 'params'> & { params?: TextParams }>;
  /** Data for the checks that depend on this one; never serialised. */
  data?: D;
  /** Releases what `data` holds open (an MQTT session): the runner calls it when the run ends. */
  cleanup?: () => Promise<void>;
}

export interface CheckContext {
  runId: string;
  input: ParsedTargetInput;
  /** Aborted on cancel and when the check's own time is up. */
  signal: AbortSignal;
  /** The budget for this check's network step. */
  timeoutMs: number;
  /** The outcome of a check this one depends on (declared in `needs`). */
  outcome<D = unknown>(checkId: string): CheckOutcome<D> | undefined;
  /** Live progress of a long step (a listen window), already batched by the check. */
  progress(data: Record<string, unknown>): void;
}

export interface Check<D = unknown> {
  id: string;
  /** Checks whose result this one needs; it runs after them, and is skipped if one did not pass. */
  needs?: string[];
  /** Run even when a dependency failed (the check reads the outcome itself). */
  runAfterFailure?: boolean;
  /** This check's budget; defaults to the target's timeout. */
  timeoutMs?(input: ParsedTargetInput): number;
  run(ctx: CheckContext): Promise<CheckOutcome<D>>;
}

export type { StepResult };
