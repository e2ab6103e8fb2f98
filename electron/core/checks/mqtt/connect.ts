import type { Check, CheckOutcome } from '../../runner/check';
import { connectOnce, type ConnectAttemptResult } from '../../mqtt/connect-once';
import { openSession, type MqttSession } from '../../mqtt/session';
import { probeTls } from '../../net/tls-probe';
import type { ConfigData } from '../config';
import type { DnsData } from '../dns';
import { loadCa } from '../tls-ca';
import { connackFinding, connackKb, hex } from './connack';
import { mosquittoSub } from './manual-command';
import { sessionSettings } from './settings';

export interface MqttConnectData {
  session: MqttSession;
}

/** Text a peer sent, made safe to show: printable ASCII, the rest as \xNN. */
export function peerText(bytes: Buffer | undefined): string | undefined {
  if (!bytes || bytes.length === 0) return undefined;
  return [...bytes].map((b) => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : b === 0x0a ? '\\n' : b === 0x0d ? '\\r' : `\\x${b.toString(16).padStart(2, '0')}`)).join('');
}

const RESET_CODES = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED']);

/**
 * The guide's `mosquitto_sub` first half: CONNECT → CONNACK with the service's settings and a
 * unique diagnostic client id, timed (TCP, TLS, CONNACK) and every refusal code explained. It
 * runs beside the tcp step (no extra round trip) and keeps the session open for the steps after.
 */
export const mqttConnectCheck: Check<MqttConnectData> = {
  id: 'mqtt.connect',
  needs: ['config', 'dns'],
  async run(ctx): Promise<CheckOutcome<MqttConnectData>> {
    const { endpoint } = ctx.outcome<ConfigData>('config')?.data as ConfigData;
    const { addresses } = ctx.outcome<DnsData>('dns')?.data as DnsData;
    const { input } = ctx;
    const address = addresses[0]?.address;
    const tlsUsed = endpoint.protocol === 'mqtts' || endpoint.protocol === 'wss';
    let ca: string[] | undefined;
    try {
      ca = tlsUsed ? await loadCa(input.tls.caFile) : undefined;
    } catch {
      return { status: 'skip', summary: { key: 'mqtt.connect.tls_failed', params: { code: 'CA_FILE' } } };
    }
    const result = await connectOnce(
      endpoint,
      sessionSettings(input, address, ca),
      ctx.timeoutMs,
      ctx.signal,
    );
    const command = mosquittoSub(input, endpoint, { clientId: result.clientId, extra: ['-C', '1', '-W', String(Math.ceil(ctx.timeoutMs / 1000))] });
    const evidence: Record<string, unknown> = {
      outcome: result.outcome,
      phases: result.phases,
      clientId: result.clientId,
      clientIdSource: input.clientId ? 'given' : 'diagnostic',
      mqttVersion: input.mqttVersion,
      ...(result.address ? { address: result.address } : {}),
      ...(result.connackCode !== undefined ? { connackCode: result.connackCode, kb: connackKb(result.connackCode, input.mqttVersion) } : {}),
      ...(result.errorCode ? { errorCode: result.errorCode } : {}),
      ...(result.errorMessage ? { errorMessage: result.errorMessage } : {}),
      settings: {
        cleanSession: input.cleanSession,
        keepaliveS: input.keepaliveS,
        reconnectMinMs: input.reconnectMinMs,
        reconnectMaxMs: input.reconnectMaxMs,
        maxInflight: input.maxInflight,
        ...(tlsUsed ? { tlsInsecure: input.tls.insecure, caFile: input.tls.caFile } : {}),
      },
    };
    const given = input.clientId ? [{ id: 'mqtt.client_id.given', params: { clientId: input.clientId } }] : [];
    const ms = (n: number | undefined): number => Math.round(n ?? 0);

    if (result.outcome === 'connected' && result.client) {
      const connack = result.connack;
      const props = connack?.properties;
      if (props) evidence.connackProperties = props;
      if (connack?.sessionPresent !== undefined) evidence.sessionPresent = connack.sessionPresent;
      const session = openSession(result.client, result.clientId, endpoint, connack ?? { cmd: 'connack', sessionPresent: false });
      return {
        status: given.length > 0 ? 'warn' : 'pass',
        summary: { key: 'mqtt.connect.ok', params: { clientId: result.clientId, tcpMs: ms(result.phases.tcpMs), connackMs: ms(result.phases.connackMs), version: input.mqttVersion } },
        evidence,
        command,
        findings: given,
        data: { session },
        cleanup: () => session.close(),
      };
    }
    if (result.outcome === 'cancelled') return { status: 'skip', summary: { key: 'step.cancelled' }, evidence };
    if (result.outcome === 'refused' && result.connackCode !== undefined) {
      const finding = connackFinding(result.connackCode, input.mqttVersion);
      return {
        status: 'fail',
        summary: { key: 'mqtt.connect.refused', params: { code: result.connackCode, codeHex: hex(result.connackCode) } },
        evidence,
        command,
        findings: [...given, { id: finding.id, params: { ...finding.params, username: input.username ?? '', clientId: result.clientId } }],
      };
    }
    const tcpConnected = result.phases.tcpMs !== undefined;
    const tlsDone = !tlsUsed || result.phases.tlsMs !== undefined;
    if (!tcpConnected || result.outcome === 'tls_error' || result.outcome === 'dns_error' || (tlsUsed && !tlsDone)) {
      // No TCP (or no TLS) session: the tcp and tls steps beside this one explain why.
      const key = !tcpConnected || result.outcome === 'dns_error' ? 'mqtt.connect.no_tcp' : 'mqtt.connect.tls_failed';
      return { status: 'fail', summary: { key, params: { code: result.errorCode ?? result.outcome } }, evidence, command, findings: given };
    }
    const peer = peerText(result.firstBytes);
    if (peer) evidence.peerSaid = peer;
    const params = { host: endpoint.host, port: endpoint.port, timeoutMs: ctx.timeoutMs, peer: peer ?? '', code: result.errorCode ?? '' };
    // A plain-MQTT URL on a TLS listener fails in one of these ways: check before blaming MQTT.
    const suspicious = result.outcome === 'closed' || result.outcome === 'protocol_error' || (result.outcome === 'network_error' && RESET_CODES.has(result.errorCode ?? ''));
    if (!tlsUsed && suspicious && address) {
      const probe = await probeTls({ host: endpoint.host, address, port: endpoint.port, timeoutMs: Math.min(ctx.timeoutMs, 2000), signal: ctx.signal });
      if (probe.ok) {
        evidence.tlsProbe = { protocol: probe.protocol, subject: probe.chain[0]?.subject };
        return { status: 'fail', summary: { key: 'mqtt.connect.tls_expected' }, evidence, command, findings: [...given, { id: 'tls.expected', params: { host: endpoint.host, port: endpoint.port } }] };
      }
    }
    return { status: 'fail', summary: { key: `mqtt.connect.${result.outcome}`, params }, evidence, command, findings: [...given, { id: findingFor(result), params }] };
  },
};

function findingFor(result: ConnectAttemptResult): string {
  if (result.outcome === 'protocol_error') return 'mqtt.not_mqtt';
  if (result.outcome === 'timeout') return 'mqtt.no_connack';
  return 'mqtt.closed_before_connack';
}
