import net from 'node:net';
import tls from 'node:tls';
import type { BrokerEndpoint } from '../../../shared/model/target';
import { isIpLiteral } from '../../../shared/config/broker-address';

export interface TlsSettings {
  /** Verify the certificate chain and host name (default true, as the service should). */
  rejectUnauthorized?: boolean;
  /** Extra CA certificates (PEM) to trust, e.g. a company CA. */
  ca?: string[];
}

/** Timestamps (performance.now) of one socket's way up, for phase timings. */
export interface PhaseClock {
  start: number;
  lookup?: number;
  connect?: number;
  secure?: number;
  address?: string;
  /** The first bytes the peer sent (up to 64), to name what answered when it is not MQTT. */
  firstBytes?: Buffer;
}

const FIRST_BYTES = 64;

/**
 * A stream builder for mqtt.js's MqttClient that opens the TCP (and TLS) socket itself and
 * records when DNS, TCP and TLS completed: mqtt.js calls it for every (re)connect, so the
 * monitor and the one-shot check both get per-attempt phases. mqtt and mqtts only; ws/wss
 * go through mqtt.js's own transport (without phase split).
 */
export function instrumentedStreamBuilder(endpoint: BrokerEndpoint, onAttempt: (clock: PhaseClock) => void, tlsSettings: TlsSettings = {}, address?: string): () => net.Socket {
  return () => {
    const clock: PhaseClock = { start: performance.now() };
    onAttempt(clock);
    // `address`: the one the dns step resolved (so a --dns-server answer is used, not the system's);
    // the certificate is still checked against the host name.
    const base = { host: address ?? endpoint.host, port: endpoint.port };
    const socket =
      endpoint.protocol === 'mqtts'
        ? tls.connect({
            ...base,
            ...(isIpLiteral(endpoint.host) ? {} : { servername: endpoint.host }),
            rejectUnauthorized: tlsSettings.rejectUnauthorized ?? true,
            ...(tlsSettings.ca ? { ca: tlsSettings.ca } : {}),
            ALPNProtocols: ['mqtt'],
          })
        : net.connect(base);
    socket.once('lookup', (_err, address) => {
      clock.lookup = performance.now();
      clock.address = address;
    });
    socket.once('connect', () => {
      clock.connect = performance.now();
      clock.address ??= socket.remoteAddress;
    });
    socket.once('secureConnect', () => {
      clock.secure = performance.now();
    });
    const onData = (chunk: Buffer): void => {
      clock.firstBytes = Buffer.concat([clock.firstBytes ?? Buffer.alloc(0), chunk]).subarray(0, FIRST_BYTES);
      if (clock.firstBytes.length >= FIRST_BYTES) socket.off('data', onData);
    };
    socket.on('data', onData);
    // MQTT packets are small and latency-bound: no Nagle delay.
    socket.setNoDelay(true);
    return socket;
  };
}

const r = (n: number): number => Math.round(n * 10) / 10;

/** Turns a clock into phase durations; `connackAt` when the CONNACK arrived. */
export function phasesOf(clock: PhaseClock, connackAt?: number, endAt = performance.now()): { dnsMs?: number; tcpMs?: number; tlsMs?: number; connackMs?: number; totalMs: number } {
  const afterDns = clock.lookup ?? clock.start;
  const beforeConnect = clock.secure ?? clock.connect;
  return {
    ...(clock.lookup !== undefined ? { dnsMs: r(clock.lookup - clock.start) } : {}),
    ...(clock.connect !== undefined ? { tcpMs: r(clock.connect - afterDns) } : {}),
    ...(clock.secure !== undefined && clock.connect !== undefined ? { tlsMs: r(clock.secure - clock.connect) } : {}),
    ...(connackAt !== undefined && beforeConnect !== undefined ? { connackMs: r(connackAt - beforeConnect) } : {}),
    totalMs: r((connackAt ?? endAt) - clock.start),
  };
}
