import type { ParsedTargetInput } from '../../../../shared/model/target';
import type { Check, CheckOutcome } from '../../runner/check';
import { connectOnce, diagnosticClientId, endClient } from '../../mqtt/connect-once';
import type { MqttClient } from 'mqtt';
import { extraConnectionTarget } from './opt-in-context';
import { sessionSettings } from './settings';

/**
 * Opt-in: open up to N extra diagnostic connections, one after another, and say where the broker
 * begins refusing (max_connections, a per-IP limit). All are closed at the end.
 */
export const mqttConnectionLimitCheck = (after: string[]): Check => ({
  id: 'mqtt.connection_limit',
  needs: after,
  runAfterFailure: true,
  timeoutMs: (input: ParsedTargetInput) => input.timeoutMs * 2 + input.optIn.connectionLimit * 500,
  async run(ctx): Promise<CheckOutcome> {
    const target = await extraConnectionTarget(ctx);
    if (!target) return { status: 'skip', summary: { key: 'mqtt.optin.no_session' } };
    const asked = ctx.input.optIn.connectionLimit;
    const open: MqttClient[] = [];
    let refusal: { index: number; outcome: string; connackCode?: number; errorCode?: string } | undefined;
    const started = performance.now();
    try {
      for (let i = 1; i <= asked && !ctx.signal.aborted; i++) {
        const r = await connectOnce(target.endpoint, sessionSettings(ctx.input, target.address, target.ca, diagnosticClientId()), ctx.timeoutMs, ctx.signal);
        if (r.outcome === 'connected' && r.client) {
          open.push(r.client);
          continue;
        }
        if (r.outcome !== 'cancelled') refusal = { index: i, outcome: r.outcome, ...(r.connackCode !== undefined ? { connackCode: r.connackCode } : {}), ...(r.errorCode ? { errorCode: r.errorCode } : {}) };
        break;
      }
    } finally {
      await Promise.all(open.map((c) => endClient(c, 500)));
    }
    const evidence = { asked, opened: open.length, plusMainSession: 1, ms: Math.round(performance.now() - started), ...(refusal ? { firstRefusal: refusal } : {}) };
    if (ctx.signal.aborted) return { status: 'skip', summary: { key: 'step.cancelled' }, evidence };
    if (refusal) {
      return {
        status: 'warn',
        summary: { key: 'mqtt.connection_limit.reached', params: { opened: open.length, index: refusal.index } },
        evidence,
        findings: [{ id: 'mqtt.connection_limit', params: { opened: open.length, total: open.length + 1, index: refusal.index, outcome: refusal.outcome, code: refusal.connackCode ?? refusal.errorCode ?? '' } }],
      };
    }
    return { status: 'pass', summary: { key: 'mqtt.connection_limit.none', params: { opened: open.length } }, evidence };
  },
});
