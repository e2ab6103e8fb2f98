import { DEFAULT_PORTS, type BrokerEndpoint, type BrokerProtocol } from '../model/target';
import type { TextParams } from '../model/report';

export type AddressProblem = { id: string; params: TextParams };
export type AddressResult = { ok: true; endpoint: BrokerEndpoint } | { ok: false; problem: AddressProblem };

const HOSTNAME = /^(?=.{1,253}$)([A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?)(\.[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?)*\.?$/;
const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const IPV6 = /^[0-9A-Fa-f:.]+(%[A-Za-z0-9_.-]+)?$/;

const URL_PROTOCOLS: Record<string, BrokerProtocol> = {
  'mqtt:': 'mqtt',
  'tcp:': 'mqtt',
  'mqtts:': 'mqtts',
  'ssl:': 'mqtts',
  'tls:': 'mqtts',
  'ws:': 'ws',
  'wss:': 'wss',
};

function hostProblem(value: string, reason: string): AddressResult {
  return { ok: false, problem: { id: 'config.invalid_broker_host', params: { value, reason } } };
}

export function isIpLiteral(host: string): boolean {
  return IPV4.test(host) || (host.includes(':') && IPV6.test(host));
}

function checkHost(value: string, host: string): AddressResult | undefined {
  if (host === '') return hostProblem(value, 'empty host');
  if (/\s/.test(host)) return hostProblem(value, 'the host contains spaces');
  if (host.includes(':')) {
    return IPV6.test(host) ? undefined : hostProblem(value, 'not a valid IPv6 address');
  }
  if (/^[\d.]+$/.test(host) && !IPV4.test(host)) return hostProblem(value, 'not a valid IPv4 address');
  if (!HOSTNAME.test(host)) return hostProblem(value, 'the host name has characters a DNS name cannot have');
  return undefined;
}

function parsePort(value: string, raw: string): number | AddressResult {
  if (!/^\d{1,5}$/.test(raw) || Number(raw) < 1 || Number(raw) > 65535) {
    return { ok: false, problem: { id: 'config.invalid_port', params: { value: raw === '' ? value : raw } } };
  }
  return Number(raw);
}

/**
 * Parses the service's `BROKER_HOST` (`host[:port]`, IPv6 in brackets). The service speaks plain
 * MQTT to it, so the protocol is mqtt and the port defaults to 1883.
 */
export function parseBrokerHost(value: string): AddressResult {
  const text = value.trim();
  if (text === '') return hostProblem(value, 'empty value');
  if (/^[a-z]+:\/\//i.test(text)) {
    return hostProblem(value, 'BROKER_HOST takes host:port without a protocol prefix');
  }
  let host: string;
  let portText: string | undefined;
  if (text.startsWith('[')) {
    const close = text.indexOf(']');
    if (close < 0) return hostProblem(value, 'an opening [ without its closing ]');
    host = text.slice(1, close);
    const rest = text.slice(close + 1);
    if (rest !== '' && !rest.startsWith(':')) return hostProblem(value, 'unexpected text after ]');
    portText = rest === '' ? undefined : rest.slice(1);
    if (!host.includes(':')) return hostProblem(value, 'brackets are only for IPv6 addresses');
  } else {
    const colons = text.split(':').length - 1;
    if (colons > 1) return hostProblem(value, 'an IPv6 address must be written in brackets, e.g. [::1]:1883');
    [host, portText] = colons === 1 ? (text.split(':') as [string, string]) : [text, undefined];
  }
  const bad = checkHost(value, host);
  if (bad) return bad;
  let port = DEFAULT_PORTS.mqtt;
  if (portText !== undefined) {
    const parsed = parsePort(value, portText);
    if (typeof parsed !== 'number') return parsed;
    port = parsed;
  }
  return { ok: true, endpoint: { protocol: 'mqtt', host, port, portWasDefaulted: portText === undefined } };
}

const URL_SHAPE = /^([a-z][a-z0-9+.-]*):\/\/(?:([^@/?#]*)@)?(\[[^\]]*\]|[^/:?#]*)(?::([^/?#]*))?([^?#]*)?/i;

/** Parses a broker URL: mqtt://, mqtts://, ws://, wss:// (and the tcp/ssl aliases mqtt.js takes). */
export function parseBrokerUrl(value: string): AddressResult {
  const text = value.trim();
  const shape = URL_SHAPE.exec(text);
  // Credentials inside a URL are masked before the value is echoed anywhere.
  const shown = shape?.[2] !== undefined ? text.replace(`${shape[2]}@`, '***@') : text;
  const urlProblem = (reason: string): AddressResult => ({ ok: false, problem: { id: 'config.invalid_url', params: { value: shown, reason } } });
  if (!shape) return urlProblem('it must start with mqtt://, mqtts://, ws:// or wss://');
  const [, scheme = '', userinfo, rawHost = '', rawPort, rawPath = ''] = shape;
  const protocol = URL_PROTOCOLS[`${scheme.toLowerCase()}:`];
  if (!protocol) return urlProblem(`the protocol ${scheme} is not one MQTT uses`);
  if (userinfo !== undefined) return urlProblem('put the user and password in their own fields, not in the URL');
  const host = rawHost.startsWith('[') ? rawHost.slice(1, -1) : rawHost;
  if (rawHost.startsWith('[') && !host.includes(':')) return hostProblem(shown, 'brackets are only for IPv6 addresses');
  const bad = checkHost(shown, host);
  if (bad) return bad;
  let port = DEFAULT_PORTS[protocol];
  if (rawPort !== undefined) {
    const parsed = parsePort(shown, rawPort);
    if (typeof parsed !== 'number') return parsed;
    port = parsed;
  }
  const path = protocol === 'ws' || protocol === 'wss' ? (rawPath === '' || rawPath === '/' ? '/mqtt' : rawPath) : undefined;
  return {
    ok: true,
    endpoint: { protocol, host, port, portWasDefaulted: rawPort === undefined, ...(path ? { path } : {}) },
  };
}

/** The address as a URL, for display (IPv6 in brackets). */
export function endpointUrl(e: BrokerEndpoint): string {
  const host = e.host.includes(':') ? `[${e.host}]` : e.host;
  return `${e.protocol}://${host}:${e.port}${e.path ?? ''}`;
}
