import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../shared/model/localized';
import type { Verdict } from '../../../shared/model/report';
import { doctor } from '../ipc/doctor';
import type { RunView } from './diagnosis-store';

/** The store that tracks a wizard's start request (the broker's diagnosis store, the StatsD store). */
export interface RunStartState {
  begin(): void;
  started(runId: string): void;
  failed(error: string): void;
}

/**
 * What a wizard does with its diagnosis run: start it (through whichever request the wizard
 * sends), cancel it, and say whether it is running and how it ended.
 */
export function useDiagnosisRun(options: { runId: string | undefined; run: RunView | undefined; starting: boolean; startState: () => RunStartState }): {
  running: boolean;
  verdict: Verdict | 'cancelled' | undefined;
  launch(request: (lang: Lang) => Promise<{ runId: string }>): Promise<void>;
  cancel(): void;
} {
  const { i18n } = useTranslation();
  const { runId, run, starting, startState } = options;
  const launch = async (request: (lang: Lang) => Promise<{ runId: string }>): Promise<void> => {
    startState().begin();
    try {
      const { runId: id } = await request(i18n.language === 'es' ? 'es' : 'en');
      startState().started(id);
    } catch (e) {
      startState().failed(e instanceof Error ? e.message : String(e));
    }
  };
  const cancel = (): void => {
    if (runId) void doctor().invoke('diagnosis:cancel', { runId });
  };
  return {
    running: starting || (run !== undefined && run.report === undefined),
    verdict: run?.report ? (run.report.cancelled ? 'cancelled' : run.report.verdict) : undefined,
    launch,
    cancel,
  };
}
