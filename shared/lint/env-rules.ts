import { parseBrokerHost } from '../config/broker-address';
import { issue, type LintIssue } from './issue';
import { checkTopicFilter } from './topic';

export interface EnvRuleOptions {
  /** Line of each key's winning assignment, when the values came from a file. */
  lineOf?: (key: string) => number | undefined;
  /** MQTT_PASSWORD is set in the process environment, so the .env need not carry it. */
  passwordFromEnvironment?: boolean;
}

const TRUE_WORDS = ['true', '1', 'yes', 'on', 't', 'y'];
const FALSE_WORDS = ['false', '0', 'no', 'off', 'f', 'n'];

// Sample passwords from guides and templates. Compared without case, accents or separators.
const PLACEHOLDERS = [
  'tupasswordaqui', 'tucontrasenaaqui', 'tupassword', 'tucontrasena', 'password', 'contrasena', 'yourpassword', 'yourpasswordhere',
  'changeme', 'changeit', 'cambiame', 'secret', 'mypassword', 'passwordhere', 'replaceme', 'todo', 'xxx', 'placeholder', 'example', 'pass', '123456',
];

function normalised(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

export function isPlaceholderPassword(value: string): boolean {
  const v = value.trim();
  if (/^<.*>$/.test(v) || /^\*+$/.test(v) || /^x+$/i.test(v)) return true;
  return PLACEHOLDERS.includes(normalised(v));
}

export function parseBoolean(value: string): boolean | undefined {
  const v = value.trim().toLowerCase();
  if (TRUE_WORDS.includes(v)) return true;
  if (FALSE_WORDS.includes(v)) return false;
  return undefined;
}

function portProblem(value: string): boolean {
  return !/^\d{1,5}$/.test(value.trim()) || Number(value) < 1 || Number(value) > 65535;
}

/** A value as a finding may echo it: its first line only (an unclosed quote can swallow the next lines), at most 80 characters. */
export function shownValue(value: string): string {
  const firstLine = value.split(/\r\n|\r|\n/)[0] as string;
  const cut = firstLine.length > 80 ? `${firstLine.slice(0, 77)}…` : firstLine;
  return cut.length < value.length && !cut.endsWith('…') ? `${cut}…` : cut;
}
const shown = shownValue;

/** The rules on the values the service reads: broker, topic, credentials, StatsD. */
export function lintEnvValues(values: Record<string, string | undefined>, options: EnvRuleOptions = {}): LintIssue[] {
  const out: LintIssue[] = [];
  const at = (key: string): { key: string; line?: number } => {
    const line = options.lineOf?.(key);
    return line === undefined ? { key } : { key, line };
  };

  // BROKER_HOST: the address (config.* ids shared with the config check), then the TLS port.
  const host = values.BROKER_HOST;
  if (host === undefined) out.push(issue('config.missing_broker', { key: 'BROKER_HOST' }));
  else {
    const parsed = parseBrokerHost(host);
    if (!parsed.ok) {
      const params = { ...parsed.problem.params, ...(typeof parsed.problem.params.value === 'string' ? { value: shown(parsed.problem.params.value) } : {}) };
      out.push(issue(parsed.problem.id, at('BROKER_HOST'), params));
    }
    else if (parsed.endpoint.portWasDefaulted) out.push(issue('config.port_defaulted', at('BROKER_HOST'), { protocol: 'mqtt', port: parsed.endpoint.port }));
    else if (parsed.endpoint.port === 8883) out.push(issue('config.tls_port_without_tls', at('BROKER_HOST'), { where: 'BROKER_HOST' }));
  }

  const topic = values.BROKER_TOPIC;
  if (topic === undefined || topic.trim() === '') out.push(issue('config.topic_missing', at('BROKER_TOPIC')));
  else {
    const check = checkTopicFilter(topic);
    if (check.kind === 'invalid') out.push(issue('config.topic_invalid', at('BROKER_TOPIC'), { topic: shown(topic), reason: check.reason }));
    if (check.kind === 'sys') out.push(issue('config.topic_sys', at('BROKER_TOPIC'), { topic: shown(topic) }));
    if (check.kind === 'suspicious') out.push(issue('config.topic_suspicious', at('BROKER_TOPIC'), { topic: shown(topic), reason: check.reason }));
  }

  const user = values.MQTT_USERNAME;
  const password = values.MQTT_PASSWORD;
  const noUser = user === undefined || user.trim() === '';
  const hasPassword = password !== undefined && password !== '';
  // A password with no user is not even valid MQTT 3.1.1: say that, not only that the user is missing.
  if (noUser && hasPassword) out.push(issue('config.password_without_username', at('MQTT_PASSWORD')));
  else if (noUser) out.push(issue('config.username_missing', at('MQTT_USERNAME')));
  if (password === undefined || password === '') {
    if (user !== undefined && user.trim() !== '' && !options.passwordFromEnvironment) out.push(issue('config.password_missing', at('MQTT_PASSWORD')));
  } else if (isPlaceholderPassword(password)) {
    out.push(issue('config.password_placeholder', at('MQTT_PASSWORD')));
  } else if (/^["'`]|["'`]$/.test(password) || password !== password.trim()) {
    out.push(issue('config.password_quoted', at('MQTT_PASSWORD')));
  }

  // StatsD settings only matter when it is on; a value that cannot be read is wrong either way.
  const enabledText = values.STATSD_ENABLED;
  const enabled = enabledText === undefined ? false : parseBoolean(enabledText);
  if (enabledText !== undefined && enabled === undefined) out.push(issue('statsd.config.enabled_not_boolean', at('STATSD_ENABLED'), { value: shown(enabledText) }));
  if (enabled) {
    const statsdHost = values.STATSD_HOST;
    const statsdPort = values.STATSD_PORT;
    if (statsdHost === undefined || statsdHost.trim() === '') out.push(issue('statsd.config.missing_host', at('STATSD_HOST')));
    else {
      const parsed = parseBrokerHost(statsdHost);
      if (!parsed.ok) out.push(issue('statsd.config.invalid_host', at('STATSD_HOST'), { value: shown(statsdHost), reason: String(parsed.problem.params.reason ?? 'not a host name') }));
      else if (!parsed.endpoint.portWasDefaulted) out.push(issue('statsd.config.invalid_host', at('STATSD_HOST'), { value: shown(statsdHost), reason: 'the port goes in STATSD_PORT, not in STATSD_HOST' }));
    }
    if (statsdPort === undefined || statsdPort.trim() === '') out.push(issue('statsd.config.missing_port', at('STATSD_PORT')));
    else if (portProblem(statsdPort)) out.push(issue('statsd.config.invalid_port', at('STATSD_PORT'), { value: shown(statsdPort) }));
    else if (Number(statsdPort) === 8126) out.push(issue('statsd.config.port_8126', at('STATSD_PORT'), { host: statsdHost?.trim() || 'localhost' }));
  }
  return out;
}
