import type { Check, CheckOutcome } from '../../runner/check';
import type { ConfigData } from '../config';
import type { MqttConnectData } from './connect';
import { hex } from './connack';
import { subscribeOn } from './subscribe';

export const roundTripTopic = (clientId: string): string => `siscom-doctor/${clientId}/roundtrip`;

/**
 * Opt-in: publish (QoS 1) on a diagnostic topic of our own and wait for it to come back:
 * PUBACK time, delivery time, and whether the ACL lets this user publish at all.
 */
export const mqttPublishRoundTripCheck: Check = {
  id: 'mqtt.publish_roundtrip',
  needs: ['mqtt.connect'],
  async run(ctx): Promise<CheckOutcome> {
    const { session } = ctx.outcome<MqttConnectData>('mqtt.connect')?.data as MqttConnectData;
    const { endpoint } = ctx.outcome<ConfigData>('config')?.data as ConfigData;
    const topic = roundTripTopic(session.clientId);
    const host = endpoint.host;
    const command = `mosquitto_pub -h ${host} -p ${endpoint.port}${ctx.input.username ? ` -u ${ctx.input.username}` : ''}${ctx.input.password ? " -P '***'" : ''} -q 1 -t ${topic} -m probe`;
    const sub = await subscribeOn(session, topic, 1, ctx.timeoutMs, ctx.signal);
    if (sub.error === 'ECANCELED') return { status: 'skip', summary: { key: 'step.cancelled' } };
    const payload = JSON.stringify({ probe: 'siscom-doctor', at: new Date().toISOString() });
    const started = performance.now();
    let pubackMs: number | undefined;
    let pubackCode: number | undefined;
    const delivered = new Promise<number | undefined>((resolve) => {
      const timer = setTimeout(() => done(undefined), ctx.timeoutMs);
      const off = session.onMessage((t, p) => {
        if (t === topic && p.toString() === payload) done(performance.now() - started);
      });
      const onAbort = (): void => done(undefined);
      ctx.signal.addEventListener('abort', onAbort, { once: true });
      function done(ms: number | undefined): void {
        clearTimeout(timer);
        off();
        ctx.signal.removeEventListener('abort', onAbort);
        resolve(ms);
      }
    });
    session.client.publish(topic, payload, { qos: 1 }, (error, packet) => {
      pubackMs = performance.now() - started;
      const code = (error as { code?: unknown } | undefined)?.code ?? (packet as { reasonCode?: number } | undefined)?.reasonCode;
      if (typeof code === 'number') pubackCode = code;
    });
    const deliveredMs = await delivered;
    session.client.unsubscribe(topic);
    const r = (n: number | undefined): number | undefined => (n === undefined ? undefined : Math.round(n * 10) / 10);
    const evidence = { topic, qos: 1, ...(sub.granted !== undefined ? { subscribeGranted: sub.granted } : { subscribeRefused: sub.refusedCode ?? sub.error }), pubackMs: r(pubackMs), ...(pubackCode !== undefined ? { pubackCode } : {}), deliveredMs: r(deliveredMs) };
    if (ctx.signal.aborted) return { status: 'skip', summary: { key: 'step.cancelled' }, evidence };
    if (pubackCode !== undefined && pubackCode >= 0x80) {
      return { status: 'fail', summary: { key: 'mqtt.publish_roundtrip.denied', params: { codeHex: hex(pubackCode) } }, evidence, command, findings: [{ id: 'mqtt.publish.denied', params: { topic, codeHex: hex(pubackCode), username: ctx.input.username ?? '' } }] };
    }
    if (deliveredMs === undefined) {
      return { status: 'warn', summary: { key: 'mqtt.publish_roundtrip.lost', params: { timeoutMs: ctx.timeoutMs } }, evidence, command, findings: [{ id: 'mqtt.publish.not_delivered', params: { topic, timeoutMs: ctx.timeoutMs, username: ctx.input.username ?? '' } }] };
    }
    return { status: 'pass', summary: { key: 'mqtt.publish_roundtrip.ok', params: { ms: Math.round(deliveredMs), pubackMs: Math.round(pubackMs ?? 0) } }, evidence, command };
  },
};
