import { randomUUID } from 'node:crypto';
import os from 'node:os';
import type { EventSink, InvokeHandlers } from '../../shared/ipc/contract';
import { TargetInput } from '../../shared/model/target';
import { runDiagnosis } from './runner/run-diagnosis';
import { diagnosisPlan } from './checks/diagnosis-plan';
import { createSinkSessions } from './statsd/sink-sessions';
import { startDemoRun } from './demo/demo-run';
import { TOOL_NAME, TOOL_VERSION } from './version';
import type { DiagnosisReport } from '../../shared/model/report';
import { IpcRequestError } from '../../shared/ipc/dispatch';
import { toContractReport } from './report/contract-json';
import { renderAdminReport } from './report/admin-report';

/** Finished reports kept for export; older ones are dropped (the attempt log keeps history). */
const KEPT_REPORTS = 20;
import { createMonitorHandlers } from './monitor/monitor-handlers';
import { attemptLogTap } from './attempts/log-diagnosis';
import { importEnvText, withEnvPassword } from './env/import-env';

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
  const reports = new Map<string, DiagnosisReport>();
  const keepReport = (report: DiagnosisReport): void => {
    reports.set(report.runId, report);
    for (const id of reports.keys()) {
      if (reports.size <= KEPT_REPORTS) break;
      reports.delete(id);
    }
  };
  /** A run's cancel handle while it runs; its report kept for export once it ends (the demo's too). */
  const beginRun = () => {
    const runId = randomUUID();
    const controller = new AbortController();
    runs.set(runId, controller);
    const settle = (done: Promise<DiagnosisReport>): void => {
      void done
        .then(keepReport, () => undefined)
        .finally(() => runs.delete(runId));
    };
    return { runId, controller, settle };
  };
  const sinks = createSinkSessions((event) => options.emit('statsd-sink:event', event));
  const monitor = createMonitorHandlers(options.emit, options.dataDir);

  const handlers: InvokeHandlers = {
    ...monitor.handlers,
    'app:info': async () => ({ name: TOOL_NAME, version: TOOL_VERSION, platform: os.platform(), transport: options.transport }),

    'diagnosis:start': async ({ target, plan }) => {
      const { runId, controller, settle } = beginRun();
      const input = withEnvPassword(TargetInput.parse(target));
      // The wizard's connection attempt joins the monitor's in the local attempt log.
      const logAttempt = monitor.log ? attemptLogTap(monitor.log, 'wizard', input.mqttVersion) : undefined;
      settle(
        runDiagnosis({
          input,
          checks: diagnosisPlan(input, plan ?? 'auto'),
          runId,
          signal: controller.signal,
          onEvent: (event) => {
            logAttempt?.(event);
            options.emit('diagnosis:event', event);
          },
        }),
      );
      return { runId };
    },

    'demo:start': async ({ listenMs }) => {
      const { runId, controller, settle } = beginRun();
      const demo = await startDemoRun({ runId, signal: controller.signal, onEvent: (event) => options.emit('diagnosis:event', event), ...(listenMs !== undefined ? { listenMs } : {}) });
      settle(demo.done);
      return { runId, brokerUrl: demo.brokerUrl, topic: demo.topic };
    },

    'env:import': async ({ text }) => importEnvText(text),

    'diagnosis:cancel': async ({ runId }) => {
      const controller = runs.get(runId);
      if (!controller) return { cancelled: false };
      controller.abort();
      return { cancelled: true };
    },

    'report:render': async ({ runId, format, lang }) => {
      const report = reports.get(runId);
      if (!report) throw new IpcRequestError('That diagnosis is no longer in memory: run it again, then export.');
      const stamp = report.startedAt.replace(/[:.]/g, '-').slice(0, 19);
      return {
        filename: `siscom-doctor-${stamp}.${format}`,
        mime: format === 'html' ? 'text/html' : 'text/markdown',
        content: renderAdminReport(toContractReport(report, lang), lang, format),
      };
    },

    'statsd-sink:start': async (request) => sinks.start(request),
    'statsd-sink:stop': async ({ sinkId }) => ({ stopped: await sinks.stop(sinkId) }),
  };

  return {
    handlers,
    dispose: () => {
      for (const controller of runs.values()) controller.abort();
      runs.clear();
      void sinks.dispose();
      monitor.dispose();
    },
  };
}
