import { randomUUID } from 'node:crypto';
import os from 'node:os';
import type { EventSink, InvokeHandlers } from '../../shared/ipc/contract';
import { TargetInput } from '../../shared/model/target';
import { runDiagnosis } from './runner/run-diagnosis';
import { brokerPlan } from './checks/plan';
import { TOOL_NAME, TOOL_VERSION } from './version';
import { createMonitorHandlers } from './monitor/monitor-handlers';

export interface DoctorServiceOptions {
  emit: EventSink;
  transport: 'electron' | 'bridge';
  /** The user's data folder (Electron's userData): the attempt log lives there. */
  dataDir?: string;
}

export interface DoctorService {
  handlers: InvokeHandlers;
  /** Cancels every run still going (window closed, app quitting). */
  dispose(): void;
}

/**
 * The core's side of the IPC contract, shared by the Electron main process and the e2e bridge:
 * all behaviour lives here, the transports only carry it.
 */
export function createDoctorService(options: DoctorServiceOptions): DoctorService {
  const runs = new Map<string, AbortController>();
  const monitor = createMonitorHandlers(options.emit, options.dataDir);

  const handlers: InvokeHandlers = {
    ...monitor.handlers,
    'app:info': async () => ({ name: TOOL_NAME, version: TOOL_VERSION, platform: os.platform(), transport: options.transport }),

    'diagnosis:start': async ({ target }) => {
      const runId = randomUUID();
      const controller = new AbortController();
      runs.set(runId, controller);
      const input = TargetInput.parse(target);
      void runDiagnosis({
        input,
        checks: brokerPlan(),
        runId,
        signal: controller.signal,
        onEvent: (event) => options.emit('diagnosis:event', event),
      }).finally(() => runs.delete(runId));
      return { runId };
    },

    'diagnosis:cancel': async ({ runId }) => {
      const controller = runs.get(runId);
      if (!controller) return { cancelled: false };
      controller.abort();
      return { cancelled: true };
    },
  };

  return {
    handlers,
    dispose: () => {
      for (const controller of runs.values()) controller.abort();
      runs.clear();
      monitor.dispose();
    },
  };
}
