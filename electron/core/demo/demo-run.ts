import { TargetInput, WIZARD_LISTEN_MS, type ParsedTargetInput } from '../../../shared/model/target';
import type { DiagnosisReport, RunEvent } from '../../../shared/model/report';
import { runDiagnosis } from '../runner/run-diagnosis';
import { brokerPlan } from '../checks/plan';
import { startEmbeddedBroker } from './embedded-broker';

export interface DemoRun {
  runId: string;
  brokerUrl: string;
  topic: string;
  input: ParsedTargetInput;
  /** Settles when the diagnosis is over and the demo broker is closed. */
  done: Promise<DiagnosisReport>;
}

/**
 * The app's "try it": an embedded aedes broker fed with sample tracking data, diagnosed in full
 * (listen window included), then closed. Loopback only.
 */
export async function startDemoRun(options: { runId: string; signal: AbortSignal; onEvent: (e: RunEvent) => void; listenMs?: number }): Promise<DemoRun> {
  const broker = await startEmbeddedBroker();
  const input = TargetInput.parse({ brokerUrl: broker.url, topic: broker.topic, listenMs: options.listenMs ?? WIZARD_LISTEN_MS });
  const done = runDiagnosis({ input, checks: brokerPlan(input), runId: options.runId, signal: options.signal, onEvent: options.onEvent }).finally(() => broker.close());
  return { runId: options.runId, brokerUrl: broker.url, topic: broker.topic, input, done };
}
