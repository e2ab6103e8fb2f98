import type { Check, CheckOutcome } from '../../runner/check';
import type { MqttSession } from '../../mqtt/session';
import { topicMatches } from '../../mqtt/topic-match';
import type { ConfigData } from '../config';
import type { MqttConnectData } from './connect';
import { hex } from './connack';
import { mosquittoSub } from './manual-command';

export interface ReceivedMessage {
  topic: string;
  payload: Buffer;
  atMs: number;
  retain: boolean;
  qos: number;
}

/** Messages on the service's topic since the SUBSCRIBE went out: a bounded record for mqtt.messages. */
export interface TopicCollector {
  topic: string;
  count: number;
  bytes: number;
  topics: Map<string, number>;
  /** The first messages, kept whole for the sample. */
  first: ReceivedMessage[];
  /** The most recent ones (live view). */
  recent: ReceivedMessage[];
  firstAtMs?: number;
  onNext(listener: () => void): () => void;
}

export interface MqttSubscribeData {
  session: MqttSession;
  collector: TopicCollector;
  grantedQos: number;
}

export const KEPT_FIRST = 5;
export const KEPT_RECENT = 5;
const MAX_TOPICS = 20;

function collect(session: MqttSession, topic: string): TopicCollector {
  const listeners = new Set<() => void>();
  const collector: TopicCollector = {
    topic,
    count: 0,
    bytes: 0,
    topics: new Map(),
    first: [],
    recent: [],
    onNext(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  session.onMessage((t, payload, packet) => {
    if (!topicMatches(topic, t)) return;
    const m: ReceivedMessage = { topic: t, payload, atMs: performance.now(), retain: packet.retain, qos: packet.qos };
    collector.count++;
    collector.bytes += payload.length;
    collector.firstAtMs ??= m.atMs;
    if (collector.topics.has(t) || collector.topics.size < MAX_TOPICS) collector.topics.set(t, (collector.topics.get(t) ?? 0) + 1);
    if (collector.first.length < KEPT_FIRST) collector.first.push(m);
    collector.recent.push(m);
    if (collector.recent.length > KEPT_RECENT) collector.recent.shift();
    for (const l of listeners) l();
  });
  return collector;
}

/** Subscribes on an open session; resolves with the granted QoS or the refusal code. */
export function subscribeOn(session: MqttSession, topic: string, qos: 0 | 1, timeoutMs: number, signal: AbortSignal): Promise<{ granted?: number; refusedCode?: number; error?: string; subackMs: number }> {
  const started = performance.now();
  const elapsed = (): number => Math.round((performance.now() - started) * 10) / 10;
  return new Promise((resolve) => {
    let done = false;
    const finish = (r: { granted?: number; refusedCode?: number; error?: string }): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      resolve({ ...r, subackMs: elapsed() });
    };
    const timer = setTimeout(() => finish({ error: 'SUBACK_TIMEOUT' }), timeoutMs);
    const onAbort = (): void => finish({ error: 'ECANCELED' });
    signal.addEventListener('abort', onAbort, { once: true });
    session.client.subscribe(topic, { qos }, (error, granted, suback) => {
      // The SUBACK itself carries the code; mqtt.js's error only names it.
      const code = suback?.granted?.[0] ?? (error as { code?: unknown } | undefined)?.code;
      const value = typeof code === 'number' ? code : typeof code === 'object' && code !== null ? (code as { qos?: number }).qos : undefined;
      if (typeof value === 'number' && value >= 0x80) finish({ refusedCode: value });
      else if (error) finish({ error: error.message });
      else finish({ granted: typeof value === 'number' ? value : (granted?.[0]?.qos ?? 0) });
    });
  });
}

/** SUBSCRIBE to the service's topic: SUBACK with a granted QoS, or a refusal (0x80, 0x87 …). */
export const mqttSubscribeCheck: Check<MqttSubscribeData> = {
  id: 'mqtt.subscribe',
  needs: ['mqtt.connect'],
  async run(ctx): Promise<CheckOutcome<MqttSubscribeData>> {
    const { session } = ctx.outcome<MqttConnectData>('mqtt.connect')?.data as MqttConnectData;
    const { endpoint } = ctx.outcome<ConfigData>('config')?.data as ConfigData;
    const topic = ctx.input.topic?.trim();
    if (!topic) return { status: 'skip', summary: { key: 'mqtt.subscribe.no_topic' } };
    const command = mosquittoSub(ctx.input, endpoint, { topic, extra: ['-C', '1', '-W', String(Math.ceil(ctx.timeoutMs / 1000))] });
    // Listen before subscribing: retained messages may arrive right behind the SUBACK.
    const collector = collect(session, topic);
    const r = await subscribeOn(session, topic, 0, ctx.timeoutMs, ctx.signal);
    const evidence = { topic, subackMs: r.subackMs, ...(r.granted !== undefined ? { grantedQos: r.granted } : {}), ...(r.refusedCode !== undefined ? { refusedCode: r.refusedCode, refusedHex: hex(r.refusedCode) } : {}), ...(r.error ? { error: r.error } : {}) };
    if (r.error === 'ECANCELED') return { status: 'skip', summary: { key: 'step.cancelled' }, evidence };
    if (r.granted !== undefined) {
      return { status: 'pass', summary: { key: 'mqtt.subscribe.granted', params: { topic, qos: r.granted, ms: Math.round(r.subackMs) } }, evidence, command, data: { session, collector, grantedQos: r.granted } };
    }
    if (r.refusedCode !== undefined) {
      return {
        status: 'fail',
        summary: { key: 'mqtt.subscribe.refused', params: { topic, codeHex: hex(r.refusedCode) } },
        evidence,
        command,
        findings: [{ id: 'mqtt.subscribe.denied', params: { topic, code: r.refusedCode, codeHex: hex(r.refusedCode), username: ctx.input.username ?? '' } }],
      };
    }
    return { status: 'fail', summary: { key: 'mqtt.subscribe.no_suback', params: { topic, timeoutMs: ctx.timeoutMs } }, evidence, command, findings: [{ id: 'mqtt.subscribe.no_suback', params: { topic, timeoutMs: ctx.timeoutMs } }] };
  },
};
