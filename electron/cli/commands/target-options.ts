import { readFile } from 'node:fs/promises';
import { readEnvFile, targetFromEnv, EnvFileError } from '../../core/env/service-env';
import { MAX_TIMEOUT_MS, MIN_TIMEOUT_MS, TargetInput, type ParsedTargetInput } from '../../../shared/model/target';
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
  return TargetInput.parse(target);
}
