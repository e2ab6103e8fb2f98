import type { AttemptOutcome } from '../../../shared/model/attempt';

const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ENODATA', 'EAI_FAIL']);
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EHOSTDOWN', 'EPIPE', 'EADDRNOTAVAIL', 'ECONNABORTED']);

/** Sorts an error mqtt.js or a socket raised during a connection attempt. */
export function classifyConnectError(error: unknown): { outcome: AttemptOutcome; connackCode?: number; errorCode?: string; message: string } {
  const e = error as { code?: unknown; message?: string };
  const message = e?.message ?? String(error);
  if (typeof e?.code === 'number') return { outcome: 'refused', connackCode: e.code, message };
  const code = typeof e?.code === 'string' ? e.code : undefined;
  if (message === 'connack timeout') return { outcome: 'timeout', errorCode: 'CONNACK_TIMEOUT', message };
  if (code && DNS_CODES.has(code)) return { outcome: 'dns_error', errorCode: code, message };
  if (code && NETWORK_CODES.has(code)) return { outcome: 'network_error', errorCode: code, message };
  if (code && (/^ERR_(SSL|TLS)_/.test(code) || /CERT|SELF_SIGNED|UNABLE_TO_(VERIFY|GET)/.test(code) || code === 'EPROTO')) {
    return { outcome: 'tls_error', errorCode: code, message };
  }
  // mqtt-packet's parser errors have no code: the peer does not speak MQTT.
  if (!code && /header|packet|protocol|Invalid|Malformed|cmd/i.test(message)) return { outcome: 'protocol_error', errorCode: 'MQTT_PARSE', message };
  return { outcome: 'network_error', ...(code ? { errorCode: code } : {}), message };
}
