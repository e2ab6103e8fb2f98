import { useDiagnosisStore } from '../store/diagnosis-store';
import { create } from 'zustand';
import type { StatsdLine, StatsdNameSeen, StatsdSinkEvent, StatsdSinkTotals } from '../../../shared/model/statsd';

/** Lines the sink view keeps (the core sends at most 10 batches a second, each bounded). */
export const MAX_SINK_LINES = 200;

export interface StatsdSettingsForm {
  enabled: boolean;
  host: string;
  port: string;
  prefix: string;
  adminPort: string;
  timeoutMs: number;
}

export type SinkPhase = 'idle' | 'starting' | 'running' | 'stopping';

export interface SinkView {
  phase: SinkPhase;
  sinkId?: string;
  address?: string;
  port?: number;
  totals?: StatsdSinkTotals;
  /** Newest first; `seq` numbers lines as they arrived (a stable key for the view). */
  lines: Array<{ seq: number; line: StatsdLine }>;
  nextSeq: number;
  names: StatsdNameSeen[];
  omitted: number;
  error?: string;
}

interface StatsdState {
  settings: StatsdSettingsForm;
  /** The StatsD run the wizard shows; its events live in the diagnosis store with every run. */
  runId?: string;
  starting: boolean;
  error?: string;
  showSetup: boolean;
  sink: SinkView;
  setSettings(patch: Partial<StatsdSettingsForm>): void;
  begin(): void;
  started(runId: string): void;
  failed(error: string): void;
  setShowSetup(show: boolean): void;
  sinkStarting(): void;
  sinkStarted(reply: { sinkId: string; address: string; port: number }): void;
  sinkFailed(error: string): void;
  sinkStopping(): void;
  applySinkEvent(event: StatsdSinkEvent): void;
}

const EMPTY_SINK: SinkView = { phase: 'idle', lines: [], nextSeq: 0, names: [], omitted: 0 };

export const DEFAULT_SETTINGS: StatsdSettingsForm = { enabled: true, host: 'localhost', port: '8125', prefix: '', adminPort: '8126', timeoutMs: 3000 };

export const useStatsdStore = create<StatsdState>((set) => ({
  settings: DEFAULT_SETTINGS,
  starting: false,
  showSetup: false,
  sink: EMPTY_SINK,
  setSettings: (patch) => set((s) => ({ settings: { ...s.settings, ...patch } })),
  begin: () => set({ starting: true, error: undefined }),
  started: (runId) => {
    // The diagnosis store keeps this run while the StatsD tab shows it, whatever the broker wizard runs.
    useDiagnosisStore.getState().show('statsd', runId);
    set({ runId, starting: false });
  },
  failed: (error) => set({ starting: false, error }),
  setShowSetup: (showSetup) => set({ showSetup }),
  sinkStarting: () => set((s) => ({ sink: { ...s.sink, phase: 'starting', error: undefined } })),
  sinkStarted: ({ sinkId, address, port }) => set({ sink: { ...EMPTY_SINK, phase: 'running', sinkId, address, port } }),
  sinkFailed: (error) => set((s) => ({ sink: { ...s.sink, phase: 'idle', error } })),
  sinkStopping: () => set((s) => ({ sink: { ...s.sink, phase: 'stopping' } })),
  applySinkEvent: (event) =>
    set((s) => {
      // Events of a sink this view no longer shows (stopped and replaced) are ignored.
      if (s.sink.sinkId !== event.sinkId) return {};
      if (event.type === 'stopped') return { sink: { ...s.sink, phase: 'idle', totals: event.totals, ...(event.error ? { error: event.error } : {}) } };
      const fresh = event.lines.map((line, i) => ({ seq: s.sink.nextSeq + i, line })).reverse();
      const lines = [...fresh, ...s.sink.lines].slice(0, MAX_SINK_LINES);
      return { sink: { ...s.sink, totals: event.totals, lines, nextSeq: s.sink.nextSeq + event.lines.length, names: event.names, omitted: s.sink.omitted + event.omitted } };
    }),
}));
