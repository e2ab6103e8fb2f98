import type { Check, CheckOutcome } from '../../runner/check';
import { connectOnce, diagnosticClientId, endClient } from '../../mqtt/connect-once';
import { hex } from './connack';
import { extraConnectionTarget, MAIN_MQTT_STEPS } from './opt-in-context';
import { sessionSettings } from './settings';

/**
 * Opt-in: two diagnostic connections with one client id (never the service's). Does the broker
 * kick the first, what does the first see (DISCONNECT 0x8E or a bare close), and how fast?
 * This is what happens to a service when two of its instances share an id.
 */
export const mqttTakeoverCheck: Check = {
  id: 'mqtt.takeover',
  needs: MAIN_MQTT_STEPS,
  runAfterFailure: true,
  async run(ctx): Promise<CheckOutcome> {
    const target = await extraConnectionTarget(ctx);
    if (!target) return { status: 'skip', summary: { key: 'mqtt.optin.no_session' } };
    const clientId = `${diagnosticClientId()}-twin`;
    const settings = sessionSettings(ctx.input, target.address, target.ca, clientId);
    const command = `mosquitto_sub -i ${clientId} … & mosquitto_sub -i ${clientId} …  (two clients, one id)`;
    const first = await connectOnce(target.endpoint, settings, ctx.timeoutMs, ctx.signal);
    if (first.outcome !== 'connected' || !first.client) {
      return { status: 'skip', summary: { key: 'mqtt.optin.no_session' }, evidence: { first: first.outcome } };
    }
    const a = first.client;
    const kicked = new Promise<{ atMs: number; disconnectCode?: number }>((resolve) => {
      a.on('disconnect', (packet) => resolve({ atMs: performance.now(), ...(packet.reasonCode !== undefined ? { disconnectCode: packet.reasonCode } : {}) }));
      a.once('close', () => resolve({ atMs: performance.now() }));
    });
    const second = await connectOnce(target.endpoint, settings, ctx.timeoutMs, ctx.signal);
    const secondAt = performance.now();
    const waitMs = Math.min(ctx.timeoutMs, 2000);
    const kick = await Promise.race([kicked, new Promise<undefined>((r) => setTimeout(() => r(undefined), waitMs))]);
    await Promise.all([endClient(a, 500), second.client ? endClient(second.client, 500) : Promise.resolve()]);
    const evidence: Record<string, unknown> = {
      clientId,
      second: second.outcome,
      ...(second.connackCode !== undefined ? { secondConnackCode: second.connackCode } : {}),
      ...(second.sessionPresent !== undefined ? { secondSessionPresent: second.sessionPresent } : {}),
    };
    if (ctx.signal.aborted) return { status: 'skip', summary: { key: 'step.cancelled' }, evidence };
    if (kick) {
      const afterMs = Math.max(0, Math.round(kick.atMs - secondAt));
      const saw = kick.disconnectCode !== undefined ? `DISCONNECT ${hex(kick.disconnectCode)}` : 'socket closed';
      Object.assign(evidence, { firstKicked: true, firstSaw: saw, kickedAfterSecondConnackMs: afterMs, ...(kick.disconnectCode !== undefined ? { disconnectCode: kick.disconnectCode } : {}) });
      return {
        status: 'pass',
        summary: { key: 'mqtt.takeover.kicked', params: { saw, ms: afterMs } },
        evidence,
        command,
        findings: [{ id: 'mqtt.session_taken_over', params: { clientId, ms: afterMs, saw } }],
      };
    }
    evidence.firstKicked = false;
    if (second.outcome !== 'connected') return { status: 'warn', summary: { key: 'mqtt.takeover.second_refused', params: { outcome: second.outcome } }, evidence, command };
    return { status: 'warn', summary: { key: 'mqtt.takeover.both_stayed', params: { ms: waitMs } }, evidence, command };
  },
};
