import { randomUUID } from 'node:crypto';
import { AttemptOutcome, AttemptPhases, type AttemptRecord } from '../../../shared/model/attempt';
import type { RunEvent, StepResult } from '../../../shared/model/report';
import type { MqttVersion } from '../../../shared/model/target';
import type { AttemptLog } from './attempt-log';

/** The monitor's target key (`host:port`, IPv6 in brackets), so the log reads one way for all sources. */
export function attemptTarget(host: string, port: number): string {
  return `${host.includes(':') ? `[${host}]` : host}:${port}`;
}

/**
 * The attempt-log record of a diagnosis's `mqtt.connect` step, from its evidence (which never
 * holds credentials); undefined when the step made no attempt (skipped before connecting).
 */
export function attemptFromConnectStep(step: StepResult, target: string, source: AttemptRecord['source'], mqttVersion: MqttVersion): AttemptRecord | undefined {
  const e = step.evidence;
  const outcome = AttemptOutcome.safeParse(e.outcome);
  const phases = AttemptPhases.safeParse(e.phases);
  if (!outcome.success || !phases.success || typeof e.clientId !== 'string') return undefined;
  return {
    v: 1,
    id: randomUUID(),
    at: step.startedAt,
    source,
    target,
    clientId: e.clientId,
    mqttVersion,
    ...(typeof e.address === 'string' ? { address: e.address } : {}),
    outcome: outcome.data,
    phases: phases.data,
    ...(typeof e.connackCode === 'number' ? { connackCode: e.connackCode } : {}),
    ...(typeof e.errorCode === 'string' ? { errorCode: e.errorCode } : {}),
    ...(typeof e.errorMessage === 'string' ? { errorMessage: e.errorMessage } : {}),
  };
}

/**
 * A run-event listener that appends the run's MQTT connection attempt to the attempt log, so the
 * wizard's and the CLI's attempts sit beside the monitor's. A log that cannot be written never
 * stops the diagnosis: `onError` hears about it.
 */
export function attemptLogTap(log: AttemptLog, source: AttemptRecord['source'], mqttVersion: MqttVersion, onError: (error: unknown) => void = () => undefined): (event: RunEvent) => void {
  let target: string | undefined;
  return (event) => {
    if (event.type !== 'step-finished') return;
    const { result } = event;
    if (result.id === 'config' && typeof result.evidence.host === 'string' && typeof result.evidence.port === 'number') {
      target = attemptTarget(result.evidence.host, result.evidence.port);
    }
    if (result.id !== 'mqtt.connect' || !target) return;
    const record = attemptFromConnectStep(result, target, source, mqttVersion);
    if (!record) return;
    try {
      log.append(record);
    } catch (error) {
      onError(error);
    }
  };
}
