import { create } from 'zustand';
import type { AttemptRecord } from '../../../shared/model/attempt';
import type { MessageFlow, MonitorBatch, MonitorState } from '../../../shared/model/monitor';
import type { FindingInstance } from '../../../shared/model/report';

/** Attempts the Monitor tab keeps (the attempt log keeps them all). */
export const MAX_KEPT_ATTEMPTS = 200;

export interface MonitorView {
  monitorId?: string;
  target?: string;
  clientId?: string;
  starting: boolean;
  error?: string;
  state?: MonitorState;
  flow?: MessageFlow;
  attempts: AttemptRecord[];
  findings: FindingInstance[];
  logError?: string;
  begin(): void;
  started(reply: { monitorId: string; target: string; clientId: string }): void;
  failed(error: string): void;
  apply(batch: MonitorBatch): void;
}

/**
 * The Monitor tab's state, fed by batches (at most ten a second from the core). Batches of a
 * monitor other than the current one are ignored; the first batch may beat invoke's reply.
 */
export const useMonitorStore = create<MonitorView>((set) => ({
  starting: false,
  attempts: [],
  findings: [],
  begin: () => set({ starting: true, error: undefined, monitorId: undefined, state: undefined, flow: undefined, attempts: [], findings: [], logError: undefined }),
  started: ({ monitorId, target, clientId }) => set({ starting: false, monitorId, target, clientId }),
  failed: (error) => set({ starting: false, error }),
  apply: (batch) =>
    set((s) => {
      if (s.monitorId !== undefined && s.monitorId !== batch.monitorId) return s;
      if (s.monitorId === undefined && !s.starting) return s;
      return {
        monitorId: batch.monitorId,
        target: batch.target,
        clientId: batch.clientId,
        state: batch.state,
        flow: batch.flow,
        findings: batch.findings,
        attempts: batch.attempts.length ? [...s.attempts, ...batch.attempts].slice(-MAX_KEPT_ATTEMPTS) : s.attempts,
        ...(batch.logError ? { logError: batch.logError } : {}),
      };
    }),
}));
