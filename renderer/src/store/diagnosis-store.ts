import { create } from 'zustand';
import type { DiagnosisReport, PlannedStep, RunEvent, StepResult } from '../../../shared/model/report';

export type StepPhase = 'pending' | 'running' | 'done';

export interface StepView {
  id: string;
  phase: StepPhase;
  result?: StepResult;
  /** The latest live state of a long step (the listen window's count and sample). */
  progress?: Record<string, unknown>;
}

export interface RunView {
  runId: string;
  plan: PlannedStep[];
  steps: Record<string, StepView>;
  report?: DiagnosisReport;
}

/** Runs kept in memory; older ones are dropped (the attempt log keeps history). A run a wizard shows is never dropped. */
export const MAX_KEPT_RUNS = 5;

interface DiagnosisState {
  runs: Record<string, RunView>;
  runOrder: string[];
  /** The run the wizard shows. Its events may arrive before invoke's reply names it. */
  currentRunId?: string;
  starting: boolean;
  error?: string;
  begin(): void;
  started(runId: string): void;
  failed(error: string): void;
  apply(event: RunEvent): void;
  /** The run each wizard shows (broker, statsd …): kept however many runs come after it. */
  shown: Record<string, string>;
  show(owner: string, runId: string): void;
}

/** The newest runs up to the limit, plus any run a wizard still shows. */
export function keptRuns(order: readonly string[], shown: readonly string[]): string[] {
  const pinned = new Set(shown);
  const unpinnedToDrop = Math.max(0, order.filter((id) => !pinned.has(id)).length - MAX_KEPT_RUNS);
  let dropped = 0;
  return order.filter((id) => {
    if (pinned.has(id) || dropped >= unpinnedToDrop) return true;
    dropped++;
    return false;
  });
}

function emptyRun(runId: string): RunView {
  return { runId, plan: [], steps: {} };
}

/** Folds one of the core's streamed run events into what the wizard renders. */
export function foldRunEvent(run: RunView, event: RunEvent): RunView {
  switch (event.type) {
    case 'run-started':
      return {
        ...run,
        plan: event.plan,
        steps: Object.fromEntries(event.plan.map((p) => [p.id, run.steps[p.id] ?? { id: p.id, phase: 'pending' as const }])),
      };
    case 'step-started':
      return { ...run, steps: { ...run.steps, [event.stepId]: { id: event.stepId, phase: 'running' } } };
    case 'step-progress': {
      const step = run.steps[event.stepId];
      return { ...run, steps: { ...run.steps, [event.stepId]: { id: event.stepId, phase: step?.phase ?? 'running', ...(step?.result ? { result: step.result } : {}), progress: event.progress } } };
    }
    case 'step-finished':
      return { ...run, steps: { ...run.steps, [event.result.id]: { ...run.steps[event.result.id], id: event.result.id, phase: 'done', result: event.result } } };
    case 'run-finished':
      return { ...run, report: event.report };
  }
}

export const useDiagnosisStore = create<DiagnosisState>((set) => ({
  runs: {},
  runOrder: [],
  shown: {},
  starting: false,
  begin: () => set({ starting: true, error: undefined }),
  started: (runId) => set((s) => ({ currentRunId: runId, starting: false, shown: { ...s.shown, broker: runId } })),
  show: (owner, runId) => set((s) => ({ shown: { ...s.shown, [owner]: runId } })),
  failed: (error) => set({ starting: false, error }),
  apply: (event) =>
    set((s) => {
      const known = s.runs[event.runId];
      const runOrder = known ? s.runOrder : keptRuns([...s.runOrder, event.runId], Object.values(s.shown));
      const runs: Record<string, RunView> = {};
      for (const id of runOrder) {
        const run = id === event.runId ? foldRunEvent(known ?? emptyRun(id), event) : s.runs[id];
        if (run) runs[id] = run;
      }
      return { runs, runOrder };
    }),
}));

export function selectCurrentRun(s: DiagnosisState): RunView | undefined {
  return s.currentRunId ? s.runs[s.currentRunId] : undefined;
}
