import type { Check, CheckOutcome } from '../../runner/check';
import type { MqttSession } from '../../mqtt/session';
import type { ConfigData } from '../config';
import type { MqttConnectData } from './connect';
import { mosquittoSub } from './manual-command';
import { subscribeOn } from './subscribe';

export const SYS_FILTER = '$SYS/broker/#';
/** Retained $SYS values come right behind the SUBACK; this is how long we wait for stragglers. */
const SETTLE_MS = 15;

const FIELDS: Record<string, string> = {
  version: '$SYS/broker/version',
  uptime: '$SYS/broker/uptime',
  clientsConnected: '$SYS/broker/clients/connected',
  clientsMaximum: '$SYS/broker/clients/maximum',
  clientsTotal: '$SYS/broker/clients/total',
  messagesReceived: '$SYS/broker/messages/received',
  publishReceived: '$SYS/broker/publish/messages/received',
  publishReceivedPerMin: '$SYS/broker/load/publish/received/1min',
  subscriptions: '$SYS/broker/subscriptions/count',
};

export function sysValue(session: MqttSession, field: keyof typeof FIELDS | string): string | undefined {
  const topic = FIELDS[field] ?? field;
  return session.sys.get(topic)?.last;
}

/** Broker facts from `$SYS` (version, uptime, clients) when the broker publishes them and the ACL lets us read them. */
export const mqttBrokerInfoCheck: Check = {
  id: 'mqtt.broker_info',
  needs: ['mqtt.connect'],
  async run(ctx): Promise<CheckOutcome> {
    const { session } = ctx.outcome<MqttConnectData>('mqtt.connect')?.data as MqttConnectData;
    const { endpoint } = ctx.outcome<ConfigData>('config')?.data as ConfigData;
    const command = mosquittoSub(ctx.input, endpoint, { topic: SYS_FILTER, extra: ['-W', '2'] });
    const r = await subscribeOn(session, SYS_FILTER, 0, ctx.timeoutMs, ctx.signal);
    if (r.error === 'ECANCELED') return { status: 'skip', summary: { key: 'step.cancelled' } };
    if (r.refusedCode !== undefined) return { status: 'skip', summary: { key: 'mqtt.broker_info.denied' }, evidence: { refusedCode: r.refusedCode }, command };
    if (r.error) return { status: 'skip', summary: { key: 'mqtt.broker_info.none' }, evidence: { error: r.error }, command };
    // Wait briefly for the retained values, or less once the ones we show have arrived.
    const deadline = performance.now() + SETTLE_MS;
    while (performance.now() < deadline && !(session.sys.has(FIELDS.version as string) && session.sys.has(FIELDS.clientsConnected as string)) && !ctx.signal.aborted) {
      await new Promise((res) => setTimeout(res, 10));
    }
    const info: Record<string, string> = {};
    for (const field of Object.keys(FIELDS)) {
      const v = sysValue(session, field);
      if (v !== undefined) info[field] = v;
    }
    if (Object.keys(info).length === 0) {
      return { status: 'skip', summary: { key: 'mqtt.broker_info.none' }, evidence: { subackMs: r.subackMs, sysTopics: session.sys.size }, command };
    }
    return {
      status: 'pass',
      summary: { key: 'mqtt.broker_info.ok', params: { version: info.version ?? '?', uptime: info.uptime ?? '?', clients: info.clientsConnected ?? '?' } },
      evidence: { ...info, subackMs: r.subackMs },
      command,
    };
  },
};
