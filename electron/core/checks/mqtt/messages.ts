import type { Check, CheckOutcome } from '../../runner/check';
import type { ParsedTargetInput } from '../../../../shared/model/target';
import { viewPayload } from '../../mqtt/payload-view';
import type { MqttSession } from '../../mqtt/session';
import type { ConfigData } from '../config';
import { mosquittoSub } from './manual-command';
import type { MqttSubscribeData, ReceivedMessage } from './subscribe';

/** One live update of the window at most this often (batched in core, never one per message). */
export const PROGRESS_EVERY_MS = 250;
const TAKEN_OVER = 0x8e;

function sample(m: ReceivedMessage, startedAt: number, limit?: number): Record<string, unknown> {
  const view = viewPayload(m.payload, limit);
  return { topic: m.topic, atMs: Math.max(0, Math.round(m.atMs - startedAt)), retain: m.retain, qos: m.qos, ...view };
}

/** Publishes the broker received over the window, from `$SYS` counters (mosquitto), if it lets us read them. */
function brokerTraffic(session: MqttSession, ownPublishes: number): { publishes?: number; perMin?: number } {
  const counter = session.sys.get('$SYS/broker/publish/messages/received') ?? session.sys.get('$SYS/broker/messages/received');
  const load = session.sys.get('$SYS/broker/load/publish/received/1min');
  const out: { publishes?: number; perMin?: number } = {};
  if (counter && counter.updates > 1) out.publishes = Math.max(0, Number(counter.last) - Number(counter.first) - ownPublishes);
  if (load && Number.isFinite(Number(load.last))) out.perMin = Number(load.last);
  return out;
}

/**
 * `mosquitto_sub -v` for a window: count, rate, topics and a sample of payloads. Silence is a
 * warning; silence while the broker is busy (per `$SYS`) points at an ACL hiding the topic.
 */
export const mqttMessagesCheck = (withRoundTrip: boolean): Check => ({
  id: 'mqtt.messages',
  needs: ['mqtt.subscribe', 'mqtt.broker_info', ...(withRoundTrip ? ['mqtt.publish_roundtrip'] : [])],
  runAfterFailure: true,
  timeoutMs: (input: ParsedTargetInput) => input.listenMs + input.timeoutMs,
  async run(ctx): Promise<CheckOutcome> {
    const sub = ctx.outcome<MqttSubscribeData>('mqtt.subscribe');
    if (sub?.status !== 'pass' || !sub.data) return { status: 'skip', summary: { key: 'step.skipped_dependency', params: { dependency: 'mqtt.subscribe' } } };
    const { session, collector } = sub.data;
    const { endpoint } = ctx.outcome<ConfigData>('config')?.data as ConfigData;
    const { listenMs, untilFirst } = ctx.input;
    const listenS = Math.round(listenMs / 100) / 10;
    const command = mosquittoSub(ctx.input, endpoint, { topic: collector.topic, extra: untilFirst ? ['-C', '1', '-W', String(Math.ceil(listenS))] : ['-W', String(Math.ceil(listenS))] });
    if (listenMs === 0) return { status: 'skip', summary: { key: 'mqtt.messages.no_window' }, command };
    const startedAt = performance.now();
    const countBefore = collector.count;
    const progress = (): void => {
      const elapsed = performance.now() - startedAt;
      ctx.progress({ kind: 'messages', elapsedMs: Math.round(elapsed), listenMs, count: collector.count, ratePerS: Math.round(((collector.count - countBefore) / Math.max(elapsed, 1)) * 10_000) / 10, recent: collector.recent.map((m) => sample(m, startedAt, 512)) });
    };
    const ended = await new Promise<'window' | 'first' | 'lost' | 'cancelled'>((resolve) => {
      let done = false;
      const finish = (why: 'window' | 'first' | 'lost' | 'cancelled'): void => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        clearInterval(ticker);
        offNext();
        session.client.off('close', onClose);
        ctx.signal.removeEventListener('abort', onAbort);
        resolve(why);
      };
      const timer = setTimeout(() => finish('window'), listenMs);
      const ticker = setInterval(progress, PROGRESS_EVERY_MS);
      const offNext = collector.onNext(() => {
        if (untilFirst) finish('first');
      });
      const onClose = (): void => finish('lost');
      const onAbort = (): void => finish('cancelled');
      session.client.once('close', onClose);
      ctx.signal.addEventListener('abort', onAbort, { once: true });
      // Retained messages may already be in before the window opened.
      if (untilFirst && collector.count > 0) finish('first');
      if (!session.client.connected) finish('lost');
    });
    progress();
    const elapsedMs = Math.round(performance.now() - startedAt);
    const count = collector.count;
    const evidence: Record<string, unknown> = {
      topic: collector.topic,
      listenMs,
      listenedMs: elapsedMs,
      endedBy: ended,
      count,
      bytes: collector.bytes,
      ratePerS: Math.round((count / Math.max(elapsedMs, 1)) * 10_000) / 10,
      topics: Object.fromEntries(collector.topics),
      samples: collector.first.map((m) => sample(m, startedAt)),
      ...(collector.firstAtMs !== undefined ? { firstAfterMs: Math.max(0, Math.round(collector.firstAtMs - startedAt)) } : {}),
    };
    if (ended === 'cancelled') return { status: 'skip', summary: { key: 'step.cancelled' }, evidence };
    if (ended === 'lost') {
      const code = session.lost?.disconnectCode;
      evidence.disconnectCode = code;
      const takenOver = code === TAKEN_OVER || (code === undefined && ctx.input.clientId !== undefined && ctx.input.clientId !== '');
      return {
        status: 'fail',
        summary: { key: 'mqtt.messages.lost', params: { ms: elapsedMs } },
        evidence,
        command,
        findings: [takenOver ? { id: 'mqtt.session_taken_over', params: { clientId: session.clientId, ms: elapsedMs } } : { id: 'mqtt.connection_dropped', params: { ms: elapsedMs, code: code ?? '' } }],
      };
    }
    if (count > 0) {
      return { status: 'pass', summary: { key: 'mqtt.messages.received', params: { count, seconds: Math.round(elapsedMs / 100) / 10, rate: evidence.ratePerS as number, topic: collector.topic } }, evidence, command };
    }
    // Our own round-trip publish is not the service's traffic.
    const traffic = brokerTraffic(session, withRoundTrip ? 1 : 0);
    evidence.brokerTraffic = traffic;
    const busy = (traffic.publishes ?? 0) > 0 || (traffic.perMin ?? 0) > 0;
    return {
      status: 'warn',
      summary: { key: 'mqtt.messages.none', params: { seconds: Math.round(elapsedMs / 100) / 10, topic: collector.topic } },
      evidence,
      command,
      findings: [
        busy
          ? { id: 'mqtt.subscribe.hidden', params: { topic: collector.topic, seconds: listenS, publishes: traffic.publishes ?? '?', perMin: traffic.perMin ?? '?', username: ctx.input.username ?? '' } }
          : { id: 'mqtt.no_messages', params: { topic: collector.topic, seconds: listenS } },
      ],
    };
  },
});
