import { parseBrokerHost, parseBrokerUrl } from '../../../shared/config/broker-address';
import type { FindingInstance } from '../../../shared/model/report';
import type { ParsedTargetInput } from '../../../shared/model/target';
import type { MonitorBatch } from '../../../shared/model/monitor';
import type { AttemptLog } from '../attempts/attempt-log';
import { diagnosticClientId } from '../mqtt/connect-once';
import { startMonitor, type Monitor, type MonitorOptions } from './monitor';

/** The service's session settings the monitor copies (the guide's recommended values by default). */
export interface MonitorSettings {
  keepaliveS?: number;
  cleanSession?: boolean;
  backoffMinMs?: number;
  backoffMaxMs?: number;
  maxInflight?: number;
  qos?: 0 | 1 | 2;
}

/** The guide's settings: keepalive 120 s, clean_session False, backoff 1 → 120 s, 20 in flight. */
export const GUIDE_SETTINGS: Required<MonitorSettings> = { keepaliveS: 120, cleanSession: false, backoffMinMs: 1000, backoffMaxMs: 120_000, maxInflight: 20, qos: 0 };

export class MonitorTargetError extends Error {
  constructor(readonly finding: FindingInstance) {
    super(`the broker address is not valid (${finding.id})`);
    this.name = 'MonitorTargetError';
  }
}

export interface MonitorSessionOptions {
  input: ParsedTargetInput;
  settings?: MonitorSettings;
  /** Where attempts go; also the source of the target's baseline. */
  log?: AttemptLog;
  onBatch: (batch: MonitorBatch) => void;
  /** Overrides for tests (batch period, thresholds, window, connect timeout). */
  tuning?: Partial<Pick<MonitorOptions, 'batchMs' | 'thresholds' | 'windowMs' | 'connectTimeoutMs' | 'sampleSize' | 'historySize'>>;
}

/**
 * Starts the monitor for a target as a person gave it (URL or BROKER_HOST, credentials, topic,
 * client id): resolves the address, loads the target's recent attempts from the log as the
 * baseline, and appends every new attempt to the log.
 */
export function startMonitorSession(options: MonitorSessionOptions): Monitor {
  const { input } = options;
  const parsed = input.brokerUrl?.trim() ? parseBrokerUrl(input.brokerUrl) : input.brokerHost !== undefined ? parseBrokerHost(input.brokerHost) : undefined;
  if (!parsed) throw new MonitorTargetError({ id: 'config.missing_broker', step: 'config', params: {} });
  if (!parsed.ok) throw new MonitorTargetError({ id: parsed.problem.id, step: 'config', params: parsed.problem.params });
  const { endpoint } = parsed;
  const target = `${endpoint.host.includes(':') ? `[${endpoint.host}]` : endpoint.host}:${endpoint.port}`;
  const s = { ...GUIDE_SETTINGS, ...options.settings };
  const clientId = input.clientId && input.clientId !== '' ? input.clientId : diagnosticClientId();
  let history: MonitorOptions['history'] = [];
  try {
    history = options.log?.read({ target, since: Date.now() - 24 * 3600_000, limit: 500 }).records.filter((r) => r.target === target) ?? [];
  } catch {
    history = [];
  }
  return startMonitor({
    endpoint,
    target,
    settings: {
      clientId,
      mqttVersion: input.mqttVersion,
      keepaliveS: s.keepaliveS,
      cleanSession: s.cleanSession,
      ...(input.username !== undefined ? { username: input.username } : {}),
      ...(input.password !== undefined ? { password: input.password } : {}),
    },
    ...(input.topic ? { topic: input.topic } : {}),
    qos: s.qos,
    backoff: { minMs: s.backoffMinMs, maxMs: s.backoffMaxMs },
    connectTimeoutMs: input.timeoutMs,
    maxInflight: s.maxInflight,
    history,
    ...(options.log ? { onAttempt: (r) => options.log?.append(r) } : {}),
    onBatch: options.onBatch,
    ...options.tuning,
  });
}
