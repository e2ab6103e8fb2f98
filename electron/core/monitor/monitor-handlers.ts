import type { EventSink, InvokeHandlers } from '../../../shared/ipc/contract';
import { TargetInput } from '../../../shared/model/target';
import { renderFinding } from '../../../shared/i18n';
import { IpcRequestError } from '../../../shared/ipc/dispatch';
import { attemptsToCsv, attemptsToJson, openAttemptLog, type AttemptLog, type AttemptQuery } from '../attempts/attempt-log';
import { MonitorTargetError, startMonitorSession } from './monitor-session';
import type { Monitor } from './monitor';

type Handlers = Pick<InvokeHandlers, 'monitor:start' | 'monitor:stop' | 'attempts:query' | 'attempts:export'>;

export interface MonitorHandlers {
  handlers: Handlers;
  /** The attempt log, for other parts of the core (the wizard's attempts), or undefined without a data folder. */
  log?: AttemptLog;
  dispose(): void;
}

/** Live monitors run here, in the main process; the renderer only receives their batches. */
export const MAX_MONITORS = 4;

/**
 * The monitor and attempt-log side of the IPC contract. `dataDir` is the user's data folder
 * (Electron's userData); without one, nothing is logged and queries answer empty.
 */
export function createMonitorHandlers(emit: EventSink, dataDir?: string): MonitorHandlers {
  let log: AttemptLog | undefined;
  try {
    log = dataDir ? openAttemptLog(dataDir) : undefined;
  } catch {
    // An unwritable data folder must not keep the app from starting: it runs without a log.
    log = undefined;
  }
  const monitors = new Map<string, Monitor>();
  const query = (q: AttemptQuery) => (log ? log.read(q) : { records: [], bad: [] });

  const handlers: Handlers = {
    'monitor:start': async ({ target, settings }) => {
      if (monitors.size >= MAX_MONITORS) throw new IpcRequestError(`at most ${MAX_MONITORS} monitors may run at once; stop one first`);
      let monitor: Monitor;
      try {
        monitor = startMonitorSession({
          input: TargetInput.parse(target),
          ...(settings ? { settings } : {}),
          ...(log ? { log } : {}),
          onBatch: (batch) => emit('monitor:batch', batch),
        });
      } catch (error) {
        if (error instanceof MonitorTargetError) throw new IpcRequestError(renderFinding(error.finding, 'en').title);
        throw error;
      }
      monitors.set(monitor.id, monitor);
      void monitor.done.then(() => monitors.delete(monitor.id));
      return { monitorId: monitor.id, clientId: monitor.clientId, target: monitor.target };
    },
    'monitor:stop': async ({ monitorId }) => {
      const monitor = monitors.get(monitorId);
      if (!monitor) return { stopped: false };
      await monitor.stop();
      return { stopped: true };
    },
    'attempts:query': async (q) => ({ ...query(q), logDir: log?.dir ?? null }),
    'attempts:export': async ({ query: q, format }) => {
      const result = query(q);
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      return format === 'csv'
        ? { fileName: `siscom-doctor-attempts-${stamp}.csv`, mimeType: 'text/csv', text: attemptsToCsv(result.records) }
        : { fileName: `siscom-doctor-attempts-${stamp}.json`, mimeType: 'application/json', text: attemptsToJson(result) };
    },
  };

  return {
    handlers,
    ...(log ? { log } : {}),
    dispose: () => {
      for (const m of monitors.values()) void m.stop();
      monitors.clear();
      log?.close();
    },
  };
}
