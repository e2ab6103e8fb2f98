import tls, { type DetailedPeerCertificate } from 'node:tls';
import { isIpLiteral } from '../../../shared/config/broker-address';

export interface CertificateView {
  subject: string;
  issuer: string;
  validFrom: string;
  validTo: string;
  san: string[];
  fingerprint256: string;
  selfIssued: boolean;
}

export interface TlsProbeResult {
  ok: boolean;
  /** Handshake time from TCP connect to secureConnect. */
  handshakeMs?: number;
  tcpMs?: number;
  protocol?: string;
  cipher?: string;
  alpn?: string | false;
  /** Chain as the server sent it, leaf first. */
  chain: CertificateView[];
  /** The trust verdict against the system CAs (plus any given): null when trusted. */
  authorizationError?: string;
  /** Whether the leaf names the host (tls.checkServerIdentity). */
  hostnameError?: string;
  errorCode?: string;
  errorMessage?: string;
}

const dn = (o: Record<string, string | string[] | undefined> | undefined): string =>
  o
    ? Object.entries(o)
        .map(([k, v]) => `${k}=${Array.isArray(v) ? v.join('+') : v}`)
        .join(', ')
    : '';

function viewOf(cert: DetailedPeerCertificate): CertificateView {
  return {
    subject: dn(cert.subject as unknown as Record<string, string>),
    issuer: dn(cert.issuer as unknown as Record<string, string>),
    validFrom: new Date(cert.valid_from).toISOString(),
    validTo: new Date(cert.valid_to).toISOString(),
    san: (cert.subjectaltname ?? '').split(/,\s*/).filter(Boolean),
    fingerprint256: cert.fingerprint256,
    selfIssued: dn(cert.subject as unknown as Record<string, string>) === dn(cert.issuer as unknown as Record<string, string>),
  };
}

function chainOf(leaf: DetailedPeerCertificate): CertificateView[] {
  const chain: CertificateView[] = [];
  const seen = new Set<string>();
  let cert: DetailedPeerCertificate | undefined = leaf;
  while (cert && cert.fingerprint256 && !seen.has(cert.fingerprint256) && chain.length < 10) {
    seen.add(cert.fingerprint256);
    chain.push(viewOf(cert));
    cert = cert.issuerCertificate;
  }
  return chain;
}

/**
 * A TLS handshake that never refuses the certificate, so its subject, dates, SANs and chain can
 * be shown; node still computes the trust verdict (authorizationError) and we check the host name.
 */
export function probeTls(options: { host: string; address: string; port: number; timeoutMs: number; signal?: AbortSignal; ca?: string[]; alpn?: string[] }): Promise<TlsProbeResult> {
  return new Promise((resolve) => {
    const started = performance.now();
    let connectedAt: number | undefined;
    let done = false;
    const socket = tls.connect({
      host: options.address,
      port: options.port,
      ...(isIpLiteral(options.host) ? {} : { servername: options.host }),
      rejectUnauthorized: false,
      ...(options.ca ? { ca: options.ca } : {}),
      ...(options.alpn ? { ALPNProtocols: options.alpn } : {}),
    });
    const finish = (result: TlsProbeResult): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      socket.destroy();
      resolve(result);
    };
    const timer = setTimeout(
      () => finish({ ok: false, chain: [], errorCode: 'ETIMEDOUT', errorMessage: `no TLS handshake within ${options.timeoutMs} ms`, ...(connectedAt ? { tcpMs: Math.round(connectedAt - started) } : {}) }),
      options.timeoutMs,
    );
    const onAbort = (): void => finish({ ok: false, chain: [], errorCode: 'ECANCELED', errorMessage: 'cancelled' });
    options.signal?.addEventListener('abort', onAbort, { once: true });
    socket.once('connect', () => (connectedAt = performance.now()));
    socket.once('secureConnect', () => {
      const now = performance.now();
      const leaf = socket.getPeerCertificate(true);
      const hostError = leaf && Object.keys(leaf).length > 0 ? tls.checkServerIdentity(options.host, leaf) : new Error('no certificate');
      const cipher = socket.getCipher();
      finish({
        ok: true,
        ...(connectedAt ? { tcpMs: Math.round((connectedAt - started) * 10) / 10, handshakeMs: Math.round((now - connectedAt) * 10) / 10 } : {}),
        protocol: socket.getProtocol() ?? undefined,
        cipher: cipher?.name,
        alpn: socket.alpnProtocol ?? false,
        chain: leaf && Object.keys(leaf).length > 0 ? chainOf(leaf) : [],
        ...(socket.authorizationError ? { authorizationError: String((socket.authorizationError as unknown as { code?: string }).code ?? socket.authorizationError) } : {}),
        ...(hostError ? { hostnameError: hostError.message } : {}),
      });
    });
    socket.once('error', (error: NodeJS.ErrnoException) =>
      finish({ ok: false, chain: [], errorCode: error.code ?? 'TLS_ERROR', errorMessage: error.message, ...(connectedAt ? { tcpMs: Math.round(connectedAt - started) } : {}) }),
    );
    socket.once('close', () => finish({ ok: false, chain: [], errorCode: 'ECONNRESET', errorMessage: 'the server closed the connection during the TLS handshake' }));
  });
}
