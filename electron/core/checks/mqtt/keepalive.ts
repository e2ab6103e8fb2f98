import type { Packet } from 'mqtt';
import type { Check, CheckOutcome } from '../../runner/check';
import type { MqttConnectData } from './connect';

/**
 * PINGREQ → PINGRESP on the open session, sent at once rather than after the keepalive period,
 * so it costs one round trip. The budget is the keepalive's own rule: no answer within 1.5 ×
 * keepalive (or the step timeout, if shorter) is what makes a client drop the connection.
 */
export const mqttKeepaliveCheck: Check = {
  id: 'mqtt.keepalive',
  needs: ['mqtt.connect'],
  async run(ctx): Promise<CheckOutcome> {
    const { session } = ctx.outcome<MqttConnectData>('mqtt.connect')?.data as MqttConnectData;
    const keepaliveS = ctx.input.keepaliveS;
    const serverKeepAlive = session.connack.properties?.serverKeepAlive;
    const effectiveS = serverKeepAlive ?? keepaliveS;
    const budgetMs = effectiveS > 0 ? Math.min(ctx.timeoutMs, effectiveS * 1500) : ctx.timeoutMs;
    const started = performance.now();
    const answer = await new Promise<'pong' | 'timeout' | 'closed' | 'cancelled'>((resolve) => {
      const finish = (r: 'pong' | 'timeout' | 'closed' | 'cancelled'): void => {
        clearTimeout(timer);
        session.client.off('packetreceive', onPacket);
        session.client.off('close', onClose);
        ctx.signal.removeEventListener('abort', onAbort);
        resolve(r);
      };
      const onPacket = (packet: Packet): void => {
        if (packet.cmd === 'pingresp') finish('pong');
      };
      const onClose = (): void => finish('closed');
      const onAbort = (): void => finish('cancelled');
      const timer = setTimeout(() => finish('timeout'), budgetMs);
      session.client.on('packetreceive', onPacket);
      session.client.once('close', onClose);
      ctx.signal.addEventListener('abort', onAbort, { once: true });
      session.client.sendPing();
    });
    const rttMs = Math.round((performance.now() - started) * 10) / 10;
    const evidence = { keepaliveS, ...(serverKeepAlive !== undefined ? { serverKeepAliveS: serverKeepAlive } : {}), budgetMs, ...(answer === 'pong' ? { pingRttMs: rttMs } : { waitedMs: rttMs, result: answer }) };
    if (answer === 'cancelled') return { status: 'skip', summary: { key: 'step.cancelled' }, evidence };
    if (answer === 'pong') {
      const findings = serverKeepAlive !== undefined && serverKeepAlive !== keepaliveS ? [{ id: 'mqtt.keepalive.server_override', params: { keepaliveS, serverKeepAliveS: serverKeepAlive } }] : [];
      return { status: 'pass', summary: { key: 'mqtt.keepalive.ok', params: { ms: Math.round(rttMs), keepaliveS: effectiveS } }, evidence, findings };
    }
    return {
      status: 'fail',
      summary: { key: 'mqtt.keepalive.no_pingresp', params: { ms: budgetMs } },
      evidence,
      findings: [{ id: 'mqtt.keepalive.timeout', params: { keepaliveS: effectiveS, waitedMs: Math.round(rttMs) } }],
    };
  },
};
