import { randomUUID } from 'node:crypto';
import type { AttemptRecord } from '../../../shared/model/attempt';
import type { MqttVersion } from '../../../shared/model/target';
import type { ConnectAttemptResult } from '../mqtt/connect-once';

/**
 * The attempt-log record of one connectOnce() attempt, for the wizard and `diagnose`:
 * `openAttemptLog(dir).append(attemptRecordFromConnect(result, {...}))`. Only what the result
 * already holds: never the credentials.
 */
export function attemptRecordFromConnect(
  result: ConnectAttemptResult,
  context: { source: AttemptRecord['source']; target: string; mqttVersion: MqttVersion; startedAt: Date },
): AttemptRecord {
  return {
    v: 1,
    id: randomUUID(),
    at: context.startedAt.toISOString(),
    source: context.source,
    target: context.target,
    clientId: result.clientId,
    mqttVersion: context.mqttVersion,
    ...(result.address ? { address: result.address } : {}),
    outcome: result.outcome,
    phases: result.phases,
    ...(result.connackCode !== undefined ? { connackCode: result.connackCode } : {}),
    ...(result.errorCode ? { errorCode: result.errorCode } : {}),
    ...(result.errorMessage ? { errorMessage: result.errorMessage } : {}),
  };
}
