import { randomUUID } from 'node:crypto';
import type { IClientOptions, IConnackPacket, IDisconnectPacket, MqttClient } from 'mqtt';
import type { AttemptRecord } from '../../../shared/model/attempt';
import type { BrokerEndpoint } from '../../../shared/model/target';
import type { FindingInstance } from '../../../shared/model/report';
import type { MessageSample, MonitorBatch, MonitorPhase, MonitorState } from '../../../shared/model/monitor';
import { clientOptions, createInstrumentedClient, type MqttSessionSettings } from '../mqtt/connect-once';
import { phasesOf, type PhaseClock } from '../mqtt/instrumented-stream';
import { classifyConnectError } from '../mqtt/classify-error';
import { detectPatterns, type PatternThresholds } from './patterns';
import { RingBuffer } from './ring-buffer';

/** The guide's reconnect_delay_set(min_delay=1, max_delay=120). */
export const DEFAULT_BACKOFF = { minMs: 1000, maxMs: 120_000 };
export const DEFAULT_BATCH_MS = 100;
const PREVIEW_CHARS = 200;

export interface MonitorOptions {
  endpoint: BrokerEndpoint;
  /** How the target is named in records (host:port). */
  target: string;
  settings: MqttSessionSettings & { clientId: string };
  topic?: string;
  qos?: 0 | 1 | 2;
  backoff?: { minMs: number; maxMs: number };
  connectTimeoutMs?: number;
  /** MQTT 5 receive maximum (the guide's max inflight of 20). */
  maxInflight?: number;
  /** Batch period: the listener gets at most one batch per period (default 100 ms = 10/s). */
  batchMs?: number;
  sampleSize?: number;
  /** Attempts kept in memory for the patterns (a ring: older ones drop off). */
  historySize?: number;
  /** Earlier attempts at this target (from the attempt log): the baseline for broker_slow. */
  history?: readonly AttemptRecord[];
  windowMs?: number;
  thresholds?: Partial<PatternThresholds>;
  /** Called for each attempt as soon as it ends (the attempt log appends it). */
  onAttempt?: (record: AttemptRecord) => void;
  onBatch: (batch: MonitorBatch) => void;
  source?: AttemptRecord['source'];
}

export interface Monitor {
  id: string;
  clientId: string;
  target: string;
  /** Ends the session (DISCONNECT), records it, sends the final batch. */
  stop(): Promise<void>;
  /** Resolves when the monitor has stopped, whoever stopped it. */
  done: Promise<void>;
  /** The current state, for callers that poll. */
  state(): MonitorState;
  findings(): FindingInstance[];
}

interface OpenAttempt {
  n: number;
  startedAt: number;
  clock: PhaseClock;
  delayMs: number;
  connackAt?: number;
  connectedAt?: number;
  connackCode?: number;
  phases?: AttemptRecord['phases'];
  error?: ReturnType<typeof classifyConnectError>;
  endReason?: string;
  disconnectCode?: number;
  messagesAtStart: number;
  ended: boolean;
}

/**
 * The live connection monitor: one long-lived MQTT session with the service's settings, with
 * reconnects driven here (exponential backoff from min to max, reset by a CONNACK, as paho's
 * reconnect_delay_set), every attempt timed and recorded, the topic's message flow counted,
 * and everything handed to the listener in batches. Runs in the main process (or the CLI):
 * its keepalive timers never depend on a renderer that the OS may throttle.
 */
export function startMonitor(options: MonitorOptions): Monitor {
  const id = randomUUID();
  const backoff = options.backoff ?? DEFAULT_BACKOFF;
  const batchMs = options.batchMs ?? DEFAULT_BATCH_MS;
  const history = new RingBuffer<AttemptRecord>(options.historySize ?? 1000);
  for (const r of options.history ?? []) history.push(r);
  const sample = new RingBuffer<{ at: number; topic: string; payload: Buffer }>(options.sampleSize ?? 10);
  const pending: AttemptRecord[] = [];
  const source = options.source ?? 'monitor';
  const settings = options.settings;
  const keepaliveS = settings.keepaliveS ?? 60;

  let phase: MonitorPhase = 'connecting';
  let attemptNo = 0;
  let failures = 0;
  let nextDelayMs: number | undefined;
  let nextDelayForAttempt = 0;
  let current: OpenAttempt | undefined;
  let subscribed = false;
  let subscription: MonitorState['subscription'];
  let stopped = false;
  let reconnectTimer: NodeJS.Timeout | undefined;
  let findings: FindingInstance[] = [];
  let findingsDirty = true;
  let logError: string | undefined;
  // Message counters: the hot path only bumps these.
  let messages = 0;
  let bytes = 0;
  let lastMessageAt = 0;
  let lastRxAt = 0;
  let dirty = true;
  let lastEmitAt = 0;
  let lastBatch = { at: Date.now(), messages: 0, bytes: 0 };

  const beginAttempt = (clock: PhaseClock): void => {
    attemptNo++;
    current = { n: attemptNo, startedAt: Date.now(), clock, delayMs: nextDelayForAttempt, messagesAtStart: messages, ended: false };
    phase = attemptNo === 1 ? 'connecting' : 'reconnecting';
    nextDelayMs = undefined;
    dirty = true;
  };

  const v5 = settings.mqttVersion === '5';
  const mqttOptions: IClientOptions = {
    ...clientOptions(settings, settings.clientId, options.connectTimeoutMs ?? 10_000),
    reconnectPeriod: 0,
    // Node timers, always: the monitor lives in the main process (mqtt.js would pick web
    // workers wherever it sees a window, e.g. under jsdom).
    timerVariant: 'native',
    ...(v5 && options.maxInflight ? { properties: { receiveMaximum: options.maxInflight } } : {}),
  };
  const client: MqttClient = createInstrumentedClient(options.endpoint, mqttOptions, beginAttempt, settings.tls);

  const record = (a: OpenAttempt): AttemptRecord => {
    const now = Date.now();
    const connected = a.connectedAt !== undefined;
    const e = a.error;
    const r: AttemptRecord = {
      v: 1,
      id: randomUUID(),
      at: new Date(a.startedAt).toISOString(),
      source,
      target: options.target,
      clientId: settings.clientId,
      mqttVersion: settings.mqttVersion,
      ...(a.clock.address ? { address: a.clock.address } : {}),
      outcome: connected ? 'connected' : e ? e.outcome : stopped ? 'cancelled' : 'closed',
      phases: a.phases ?? phasesOf(a.clock),
      ...(a.connackCode !== undefined ? { connackCode: a.connackCode } : e?.connackCode !== undefined ? { connackCode: e.connackCode } : {}),
      ...(!connected && e?.errorCode ? { errorCode: e.errorCode } : {}),
      ...(!connected && e ? { errorMessage: e.message } : !connected && !stopped ? { errorMessage: 'the connection closed before any CONNACK' } : {}),
      attempt: a.n,
      delayMs: a.delayMs,
    };
    if (connected) {
      r.sessionMs = now - (a.connectedAt as number);
      r.idleMs = now - Math.max(lastRxAt, a.connectedAt as number);
      r.endReason = a.endReason ?? (stopped ? 'stopped' : 'closed');
      if (a.disconnectCode !== undefined) r.disconnectCode = a.disconnectCode;
      r.messages = messages - a.messagesAtStart;
    }
    return r;
  };

  const finish = (a: OpenAttempt): void => {
    if (a.ended) return;
    a.ended = true;
    const r = record(a);
    history.push(r);
    pending.push(r);
    if (pending.length > 200) pending.splice(0, pending.length - 200);
    findingsDirty = true;
    dirty = true;
    try {
      options.onAttempt?.(r);
      logError = undefined;
    } catch (error) {
      logError = error instanceof Error ? error.message : String(error);
    }
  };

  const scheduleReconnect = (): void => {
    if (stopped) return;
    const wasConnected = current?.connectedAt !== undefined;
    // A dropped session waits the minimum; each failed attempt after it doubles the wait.
    failures = wasConnected ? 1 : failures + 1;
    const delay = Math.min(backoff.maxMs, backoff.minMs * 2 ** (failures - 1));
    phase = 'offline';
    nextDelayMs = delay;
    nextDelayForAttempt = delay;
    dirty = true;
    reconnectTimer = setTimeout(() => {
      reconnectTimer = undefined;
      if (stopped) return;
      const before = attemptNo;
      client.reconnect();
      // ws/wss go through mqtt.js's own transport, which does not call our stream builder.
      if (attemptNo === before) beginAttempt({ start: performance.now() });
    }, delay);
  };

  const markRx = (): void => {
    lastRxAt = Date.now();
  };
  client.on('connect', (packet: IConnackPacket) => {
    const a = current;
    if (!a) return;
    const at = performance.now();
    a.connackAt = at;
    a.connectedAt = Date.now();
    lastRxAt = a.connectedAt;
    a.connackCode = packet.returnCode ?? packet.reasonCode ?? 0;
    a.phases = phasesOf(a.clock, at);
    phase = 'connected';
    failures = 0;
    // Anything from the broker (PINGRESP included) resets the idle clock; per socket chunk,
    // not per packet, to keep the message path cheap.
    client.stream.on('data', markRx);
    dirty = true;
    findingsDirty = true;
    if (options.topic && !subscribed) {
      subscribed = true;
      client.subscribe(options.topic, { qos: options.qos ?? 0 }, (err, granted) => {
        subscription = { topic: options.topic as string, granted: err ? 128 : (granted?.[0]?.qos ?? 128) };
        dirty = true;
      });
    }
  });
  client.on('message', (topic: string, payload: Buffer) => {
    messages++;
    bytes += payload.length;
    lastMessageAt = Date.now();
    sample.push({ at: lastMessageAt, topic, payload });
  });
  client.on('disconnect', (packet: IDisconnectPacket) => {
    if (!current) return;
    current.endReason = 'disconnect';
    current.disconnectCode = packet.reasonCode ?? 0;
  });
  client.on('error', (error: Error) => {
    const a = current;
    if (!a || a.ended) return;
    if (a.connectedAt !== undefined) {
      const code = (error as { code?: unknown }).code;
      if (error.message === 'Keepalive timeout') a.endReason = 'keepalive_timeout';
      else a.endReason ??= typeof code === 'string' ? code : error.message;
    } else {
      a.error = classifyConnectError(error);
    }
  });
  client.on('close', () => {
    const a = current;
    if (a && !a.ended) finish(a);
    if (!stopped) scheduleReconnect();
  });

  const flowSample = (): MessageSample[] =>
    sample.toArray().map((m) => {
      const text = m.payload.subarray(0, PREVIEW_CHARS * 4).toString('utf8');
      return { at: m.at, topic: m.topic, bytes: m.payload.length, preview: text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS)}…` : text };
    });

  const state = (): MonitorState => ({
    phase,
    attempt: attemptNo,
    ...(nextDelayMs !== undefined ? { nextDelayMs } : {}),
    ...(phase === 'connected' && current?.connectedAt !== undefined ? { connectedAt: current.connectedAt } : {}),
    ...(subscription ? { subscription } : {}),
  });

  const currentFindings = (now: number): FindingInstance[] => {
    const open = phase === 'connected' && current?.connectedAt !== undefined ? { connectedAt: current.connectedAt, attempt: current.n } : undefined;
    return detectPatterns(history.toArray(), {
      now,
      keepaliveS,
      ...(options.windowMs !== undefined ? { windowMs: options.windowMs } : {}),
      ...(open ? { current: open } : {}),
      ...(options.thresholds ? { thresholds: options.thresholds } : {}),
    }).map((f) => ({ ...f, params: { host: options.endpoint.host, port: options.endpoint.port, ...f.params } }));
  };

  const emit = (final = false): void => {
    const now = Date.now();
    // The stable finding depends on uptime, so look again once a second even when nothing happened.
    if (findingsDirty || now - lastEmitAt >= 1000 || final) {
      findings = currentFindings(now);
      findingsDirty = false;
    }
    const dt = Math.max(1, now - lastBatch.at) / 1000;
    const batch: MonitorBatch = {
      monitorId: id,
      at: now,
      target: options.target,
      clientId: settings.clientId,
      state: state(),
      attempts: pending.splice(0),
      flow: {
        messages,
        bytes,
        ratePerS: Math.round(((messages - lastBatch.messages) / dt) * 10) / 10,
        bytesPerS: Math.round((bytes - lastBatch.bytes) / dt),
        sinceLastMs: lastMessageAt ? now - lastMessageAt : null,
        sample: flowSample(),
      },
      findings,
      ...(logError ? { logError } : {}),
      ...(final ? { final: true } : {}),
    };
    lastBatch = { at: now, messages, bytes };
    lastEmitAt = now;
    dirty = false;
    options.onBatch(batch);
  };

  let lastSeenMessages = 0;
  const ticker = setInterval(() => {
    const flowed = messages !== lastSeenMessages;
    lastSeenMessages = messages;
    if (dirty || flowed || Date.now() - lastEmitAt >= 1000) emit();
  }, batchMs);

  let resolveDone: () => void = () => undefined;
  const done = new Promise<void>((r) => (resolveDone = r));
  let stopping: Promise<void> | undefined;

  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      stopped = true;
      clearTimeout(reconnectTimer);
      clearInterval(ticker);
      await new Promise<void>((resolve) => {
        const guard = setTimeout(() => {
          client.end(true);
          resolve();
        }, 1000);
        client.end(false, {}, () => {
          clearTimeout(guard);
          resolve();
        });
      });
      if (current && !current.ended) {
        if (current.connectedAt !== undefined) current.endReason = 'stopped';
        finish(current);
      }
      phase = 'stopped';
      nextDelayMs = undefined;
      emit(true);
      resolveDone();
    })();
    return stopping;
  };

  return { id, clientId: settings.clientId, target: options.target, stop, done, state, findings: () => findings };
}
