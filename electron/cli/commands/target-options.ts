import { readFile } from 'node:fs/promises';
import { readEnvFile, targetFromEnv, EnvFileError } from '../../core/env/service-env';
import { DEFAULT_RECONNECT_MAX_MS, DEFAULT_RECONNECT_MIN_MS, MAX_CONNECTION_PROBE, MAX_LISTEN_MS, MAX_TIMEOUT_MS, MIN_TIMEOUT_MS, TargetInput, type ParsedTargetInput } from '../../../shared/model/target';
import { readAll, UsageError, type CliIo } from '../io';

/** The options every command that aims at a broker shares (diagnose, monitor …). */
export const TARGET_OPTIONS = {
  env: { type: 'string' },
  broker: { type: 'string' },
  username: { type: 'string' },
  'password-stdin': { type: 'boolean' },
  topic: { type: 'string' },
  'client-id': { type: 'string' },
  'mqtt-version': { type: 'string' },
  timeout: { type: 'string' },
  'dns-server': { type: 'string' },
  statsd: { type: 'string' },
  'statsd-admin-port': { type: 'string' },
  'clean-session': { type: 'string' },
  keepalive: { type: 'string' },
  'reconnect-min': { type: 'string' },
  'reconnect-max': { type: 'string' },
  'max-inflight': { type: 'string' },
  listen: { type: 'string' },
  'until-first': { type: 'boolean' },
  'ca-file': { type: 'string' },
  insecure: { type: 'boolean' },
  'test-takeover': { type: 'boolean' },
  'test-connection-limit': { type: 'string' },
  'test-publish': { type: 'boolean' },
} as const;

export interface TargetFlags {
  env?: string;
  broker?: string;
  username?: string;
  'password-stdin'?: boolean;
  topic?: string;
  'client-id'?: string;
  'mqtt-version'?: string;
  timeout?: string;
  'dns-server'?: string;
  statsd?: string;
  'statsd-admin-port'?: string;
  'clean-session'?: string;
  keepalive?: string;
  'reconnect-min'?: string;
  'reconnect-max'?: string;
  'max-inflight'?: string;
  listen?: string;
  'until-first'?: boolean;
  'ca-file'?: string;
  insecure?: boolean;
  'test-takeover'?: boolean;
  'test-connection-limit'?: string;
  'test-publish'?: boolean;
}

/**
 * `--statsd host:port` (IPv6 in brackets; the port may be left out): turns the StatsD diagnosis on
 * for that receiver, whatever STATSD_ENABLED says. Values are checked by the statsd.config step.
 */
export function parseStatsdFlag(value: string): { host: string; port?: string } {
  const text = value.trim();
  if (text === '' || /^[a-z]+:\/\//i.test(text)) throw new UsageError(`--statsd takes host:port (e.g. localhost:8125), not "${value}"`);
  const bracketed = /^\[([^\]]+)\](?::(.*))?$/.exec(text);
  if (bracketed) return { host: bracketed[1] as string, ...(bracketed[2] !== undefined ? { port: bracketed[2] } : {}) };
  const parts = text.split(':');
  if (parts.length === 1) return { host: text };
  if (parts.length === 2) return { host: parts[0] as string, port: parts[1] as string };
  return { host: text }; // a bare IPv6 address
}

/** A number of seconds (decimals allowed) as milliseconds, within bounds. */
function parseSeconds(flag: string, value: string, min: number, max: number): number {
  if (!/^\d+(\.\d+)?$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new UsageError(`--${flag} takes seconds from ${min} to ${max}, not "${value}"`);
  }
  return Math.round(Number(value) * 1000);
}

function parseCount(flag: string, value: string, min: number, max: number): number {
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new UsageError(`--${flag} takes a whole number from ${min} to ${max}, not "${value}"`);
  }
  return Number(value);
}

function parseBool(flag: string, value: string): boolean {
  if (['true', 'yes', '1', 'on'].includes(value.toLowerCase())) return true;
  if (['false', 'no', '0', 'off'].includes(value.toLowerCase())) return false;
  throw new UsageError(`--${flag} takes true or false, not "${value}"`);
}

function parseMqttVersion(value: string): '3.1.1' | '5' {
  if (['3.1.1', '311', '4'].includes(value)) return '3.1.1';
  if (['5', '5.0'].includes(value)) return '5';
  throw new UsageError(`--mqtt-version takes 3.1.1 or 5, not "${value}"`);
}

function parseTimeout(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < MIN_TIMEOUT_MS || Number(value) > MAX_TIMEOUT_MS) {
    throw new UsageError(`--timeout takes milliseconds from ${MIN_TIMEOUT_MS} to ${MAX_TIMEOUT_MS}, not "${value}"`);
  }
  return Number(value);
}

/**
 * Builds the target from the .env file, the process environment (MQTT_PASSWORD only) and flags,
 * in that order of precedence (later wins). Usage problems throw UsageError; address problems
 * are left for the `config` check to report as findings.
 */
export async function resolveTarget(flags: TargetFlags, io: CliIo): Promise<ParsedTargetInput> {
  let target: Partial<TargetInput> = {};
  if (flags.env !== undefined) {
    try {
      target = targetFromEnv(await readEnvFile(flags.env));
      // The config step lints the file itself (positions, duplicates, quotes), not only its values.
      target.envText = await readFile(flags.env, 'utf8');
    } catch (error) {
      if (error instanceof EnvFileError) throw new UsageError(error.message);
      throw error;
    }
  }
  if (io.env.MQTT_PASSWORD !== undefined && io.env.MQTT_PASSWORD !== '') target.password = io.env.MQTT_PASSWORD;
  if (flags.broker !== undefined) {
    target.brokerUrl = flags.broker;
    delete target.brokerHost;
  }
  if (flags.username !== undefined) target.username = flags.username;
  if (flags['password-stdin']) target.password = (await readAll(io.stdin)).replace(/\r?\n$/, '');
  if (flags.topic !== undefined) target.topic = flags.topic;
  if (flags['client-id'] !== undefined) target.clientId = flags['client-id'];
  if (flags['mqtt-version'] !== undefined) target.mqttVersion = parseMqttVersion(flags['mqtt-version']);
  if (flags.timeout !== undefined) target.timeoutMs = parseTimeout(flags.timeout);
  if (flags['dns-server'] !== undefined) target.dnsServer = flags['dns-server'];
  if (target.password) io.protectSecret?.(target.password);
  if (flags.statsd !== undefined) {
    const { host, port } = parseStatsdFlag(flags.statsd);
    target.statsd = { ...target.statsd, enabled: 'true', host, ...(port !== undefined ? { port } : {}) };
  }
  if (flags['statsd-admin-port'] !== undefined) target.statsd = { ...target.statsd, adminPort: flags['statsd-admin-port'] };
  if (flags['clean-session'] !== undefined) target.cleanSession = parseBool('clean-session', flags['clean-session']);
  if (flags.keepalive !== undefined) target.keepaliveS = Math.round(parseSeconds('keepalive', flags.keepalive, 0, 65535) / 1000);
  if (flags['reconnect-min'] !== undefined) target.reconnectMinMs = parseSeconds('reconnect-min', flags['reconnect-min'], 0, 3600);
  if (flags['reconnect-max'] !== undefined) target.reconnectMaxMs = parseSeconds('reconnect-max', flags['reconnect-max'], 0, 3600);
  if ((target.reconnectMinMs ?? DEFAULT_RECONNECT_MIN_MS) > (target.reconnectMaxMs ?? DEFAULT_RECONNECT_MAX_MS)) {
    throw new UsageError('--reconnect-min must not be larger than --reconnect-max');
  }
  if (flags['max-inflight'] !== undefined) target.maxInflight = parseCount('max-inflight', flags['max-inflight'], 1, 65535);
  if (flags.listen !== undefined) target.listenMs = parseSeconds('listen', flags.listen, 0, MAX_LISTEN_MS / 1000);
  if (flags['until-first']) target.untilFirst = true;
  if (flags['ca-file'] !== undefined || flags.insecure) {
    target.tls = { ...(flags['ca-file'] !== undefined ? { caFile: flags['ca-file'] } : {}), insecure: flags.insecure ?? false };
  }
  // The opt-in tests touch the broker: only an explicit flag turns each one on.
  const optIn = {
    takeover: flags['test-takeover'] ?? false,
    connectionLimit: flags['test-connection-limit'] !== undefined ? parseCount('test-connection-limit', flags['test-connection-limit'], 1, MAX_CONNECTION_PROBE) : 0,
    publishRoundTrip: flags['test-publish'] ?? false,
  };
  if (optIn.takeover || optIn.connectionLimit > 0 || optIn.publishRoundTrip) target.optIn = optIn;
  return TargetInput.parse(target);
}
