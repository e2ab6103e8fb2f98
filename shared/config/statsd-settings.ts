import type { TextParams } from '../model/report';
import { DEFAULT_STATSD_PORT } from '../statsd/generators';

/** Etsy statsd's management port; also where Datadog's APM (trace) agent listens. */
export const DEFAULT_STATSD_ADMIN_PORT = 8126;

export interface StatsdSettings {
  enabled: boolean;
  host: string;
  hostDefaulted: boolean;
  port: number;
  portDefaulted: boolean;
  prefix: string;
  adminPort: number;
}

export type StatsdSettingsResult = { ok: true; settings: StatsdSettings } | { ok: false; problems: Array<{ id: string; params: TextParams }> };

/** What the service (pydantic) accepts as a boolean; anything else is a typo that turns metrics off or crashes it. */
export function parseEnabled(value: string | undefined): boolean | undefined {
  if (value === undefined) return false;
  const v = value.trim().toLowerCase();
  if (['true', '1', 'yes', 'on', 'y', 't'].includes(v)) return true;
  if (['false', '0', 'no', 'off', 'n', 'f', ''].includes(v)) return false;
  return undefined;
}

function parsePort(value: string): number | undefined {
  const v = value.trim();
  return /^\d{1,5}$/.test(v) && Number(v) >= 1 && Number(v) <= 65535 ? Number(v) : undefined;
}

const HOST = /^[A-Za-z0-9_.:%-]+$/;
/** Characters that end a name in the StatsD line protocol, so a prefix holding one breaks every line. */
const PREFIX_BREAKERS = /[:|@#\s]/;

/**
 * Reads the service's STATSD_* settings as text (from a .env, flags or the form). Missing host
 * and port take the usual defaults (localhost, 8125); malformed values are `statsd.config.invalid`.
 */
export function parseStatsdSettings(raw: { enabled?: string; host?: string; port?: string; prefix?: string; adminPort?: string } | undefined): StatsdSettingsResult {
  const problems: Array<{ id: string; params: TextParams }> = [];
  const invalid = (field: string, value: string): void => {
    problems.push({ id: 'statsd.config.invalid', params: { field, value } });
  };
  const enabled = parseEnabled(raw?.enabled);
  if (enabled === undefined) invalid('STATSD_ENABLED', raw?.enabled ?? '');
  let host = raw?.host?.trim() ?? '';
  const hostDefaulted = host === '';
  if (hostDefaulted) host = 'localhost';
  if (host.startsWith('[') && host.endsWith(']')) host = host.slice(1, -1);
  if (!HOST.test(host) || /^[a-z]+:\/\//i.test(raw?.host?.trim() ?? '')) invalid('STATSD_HOST', raw?.host ?? '');
  const portText = raw?.port?.trim() ?? '';
  const portDefaulted = portText === '';
  const port = portDefaulted ? DEFAULT_STATSD_PORT : parsePort(portText);
  if (port === undefined) invalid('STATSD_PORT', portText);
  const prefix = raw?.prefix?.trim() ?? '';
  if (PREFIX_BREAKERS.test(prefix)) invalid('STATSD_PREFIX', prefix);
  const adminText = raw?.adminPort?.trim() ?? '';
  const adminPort = adminText === '' ? DEFAULT_STATSD_ADMIN_PORT : parsePort(adminText);
  if (adminPort === undefined) invalid('--statsd-admin-port', adminText);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, settings: { enabled: enabled as boolean, host, hostDefaulted, port: port as number, portDefaulted, prefix: prefix.replace(/\.$/, ''), adminPort: adminPort as number } };
}
