import type { Check, CheckOutcome } from '../runner/check';
import { probeTls, type TlsProbeResult } from '../net/tls-probe';
import { connectOnce, endClient } from '../mqtt/connect-once';
import type { ConfigData } from './config';
import type { DnsData } from './dns';
import { loadCa } from './tls-ca';

type Finding = { id: string; params?: Record<string, string | number | boolean> };

const UNTRUSTED = new Set(['UNABLE_TO_GET_ISSUER_CERT', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'CERT_UNTRUSTED', 'CERT_CHAIN_TOO_LONG', 'INVALID_CA', 'CERT_SIGNATURE_FAILURE', 'CERT_REVOKED']);
const SELF_SIGNED = new Set(['DEPTH_ZERO_SELF_SIGNED_CERT', 'SELF_SIGNED_CERT_IN_CHAIN']);
// Reported by their own findings, not as an untrusted chain.
const DATES = new Set(['CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID', 'ERR_TLS_CERT_ALTNAME_INVALID']);

/** What is wrong with a completed handshake's certificate, in findings. */
export function certificateFindings(probe: TlsProbeResult, host: string, port: number, now = new Date()): Finding[] {
  const findings: Finding[] = [];
  const leaf = probe.chain[0];
  const code = probe.authorizationError;
  if (leaf && (new Date(leaf.validTo) < now || code === 'CERT_HAS_EXPIRED')) {
    findings.push({ id: 'tls.cert_expired', params: { host, port, subject: leaf.subject, validTo: leaf.validTo } });
  }
  if (leaf && (new Date(leaf.validFrom) > now || code === 'CERT_NOT_YET_VALID')) {
    findings.push({ id: 'tls.cert_not_yet_valid', params: { host, port, subject: leaf.subject, validFrom: leaf.validFrom } });
  }
  if (code && SELF_SIGNED.has(code)) findings.push({ id: 'tls.cert_self_signed', params: { host, port, code, issuer: leaf?.issuer ?? '' } });
  else if (code && (UNTRUSTED.has(code) || !DATES.has(code))) findings.push({ id: 'tls.cert_untrusted', params: { host, port, code, issuer: leaf?.issuer ?? '' } });
  if (probe.hostnameError) findings.push({ id: 'tls.hostname_mismatch', params: { host, port, san: leaf?.san.join(', ') || leaf?.subject || '' } });
  return findings;
}

/**
 * mqtts and wss: the TLS handshake on its own, with the certificate shown (subject, issuer,
 * dates, SANs, chain) and judged (trusted, in date, naming the host). A failed handshake on a
 * port that answers plain MQTT is `tls.plain_port`.
 */
export const tlsCheck: Check = {
  id: 'tls',
  needs: ['config', 'dns'],
  async run(ctx): Promise<CheckOutcome> {
    const { endpoint } = ctx.outcome<ConfigData>('config')?.data as ConfigData;
    const { addresses } = ctx.outcome<DnsData>('dns')?.data as DnsData;
    if (endpoint.protocol !== 'mqtts' && endpoint.protocol !== 'wss') {
      return { status: 'skip', summary: { key: 'tls.not_used', params: { protocol: endpoint.protocol } } };
    }
    const { host, port } = endpoint;
    const address = addresses[0]?.address ?? host;
    const servername = /^[\d.]+$|:/.test(host) ? '' : ` -servername ${host}`;
    const command = `openssl s_client -connect ${host.includes(':') ? `[${host}]` : host}:${port}${servername} -showcerts </dev/null`;
    let ca: string[] | undefined;
    try {
      ca = await loadCa(ctx.input.tls.caFile);
    } catch (error) {
      return {
        status: 'fail',
        summary: { key: 'tls.ca_unreadable', params: { file: ctx.input.tls.caFile ?? '' } },
        findings: [{ id: 'tls.ca_file_unreadable', params: { file: ctx.input.tls.caFile ?? '', code: (error as NodeJS.ErrnoException).code ?? String(error) } }],
      };
    }
    const probe = await probeTls({ host, address, port, timeoutMs: ctx.timeoutMs, signal: ctx.signal, ...(ca ? { ca } : {}), ...(endpoint.protocol === 'mqtts' ? { alpn: ['mqtt'] } : {}) });
    if (probe.errorCode === 'ECANCELED') return { status: 'skip', summary: { key: 'step.cancelled' } };
    if (!probe.ok) {
      const evidence: Record<string, unknown> = { address, port, errorCode: probe.errorCode, errorMessage: probe.errorMessage, ...(probe.tcpMs !== undefined ? { tcpMs: probe.tcpMs } : {}) };
      if (probe.tcpMs === undefined && probe.errorCode !== 'ECONNRESET') {
        // No TCP connection at all: the tcp step explains it.
        return { status: 'fail', summary: { key: 'tls.no_tcp', params: { code: probe.errorCode ?? '' } }, evidence, command };
      }
      // Does the port speak plain MQTT? Then the URL should be mqtt://, not mqtts://.
      const plain = await connectOnce({ ...endpoint, protocol: 'mqtt' }, { mqttVersion: ctx.input.mqttVersion, address }, Math.min(ctx.timeoutMs, 2000), ctx.signal);
      if (plain.client) await endClient(plain.client);
      const answeredMqtt = plain.outcome === 'connected' || plain.outcome === 'refused';
      evidence.plainMqttProbe = { outcome: plain.outcome, ...(plain.connackCode !== undefined ? { connackCode: plain.connackCode } : {}) };
      return {
        status: 'fail',
        summary: { key: 'tls.handshake_failed', params: { code: probe.errorCode ?? '' } },
        evidence,
        command,
        findings: [answeredMqtt ? { id: 'tls.plain_port', params: { host, port } } : { id: 'tls.handshake_failed', params: { host, port, code: probe.errorCode ?? '', message: probe.errorMessage ?? '' } }],
      };
    }
    const findings = certificateFindings(probe, host, port);
    const leaf = probe.chain[0];
    const evidence = {
      address,
      port,
      protocol: probe.protocol,
      cipher: probe.cipher,
      alpn: probe.alpn,
      tcpMs: probe.tcpMs,
      handshakeMs: probe.handshakeMs,
      trusted: probe.authorizationError === undefined,
      ...(probe.authorizationError ? { authorizationError: probe.authorizationError } : {}),
      hostnameMatches: probe.hostnameError === undefined,
      certificate: leaf,
      chain: probe.chain,
      ...(ctx.input.tls.insecure ? { insecure: true } : {}),
    };
    // With --insecure the service connects anyway: problems stay visible, as warnings of the step.
    const status = findings.length === 0 ? 'pass' : ctx.input.tls.insecure ? 'warn' : 'fail';
    return {
      status,
      summary: { key: findings.length === 0 ? 'tls.ok' : 'tls.problems', params: { protocol: probe.protocol ?? '', subject: leaf?.subject ?? '', validTo: leaf?.validTo.slice(0, 10) ?? '', ms: Math.round(probe.handshakeMs ?? 0) } },
      evidence,
      command,
      findings,
    };
  },
};
