import type { BrokerEndpoint, ParsedTargetInput } from '../../../../shared/model/target';
import { SECRET_MASK } from '../../../../shared/model/target';

const quote = (value: string): string => (/^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`);

/**
 * The guide's `mosquitto_sub` line for what a step does, password as ***. `extra` adds flags
 * (`-C 1`, `-W 5` …); the topic defaults to the target's.
 */
export function mosquittoSub(input: ParsedTargetInput, endpoint: BrokerEndpoint, options: { topic?: string; clientId?: string; extra?: string[] } = {}): string {
  const parts = ['mosquitto_sub', '-h', quote(endpoint.host), '-p', String(endpoint.port)];
  if (input.username) parts.push('-u', quote(input.username));
  if (input.password) parts.push('-P', `'${SECRET_MASK}'`);
  if (options.clientId) parts.push('-i', quote(options.clientId));
  parts.push('-V', input.mqttVersion === '5' ? 'mqttv5' : 'mqttv311', '-k', String(input.keepaliveS));
  if (!input.cleanSession) parts.push('-c');
  if (endpoint.protocol === 'mqtts' || endpoint.protocol === 'wss') {
    parts.push(input.tls.caFile ? `--cafile ${quote(input.tls.caFile)}` : '--capath /etc/ssl/certs');
    if (input.tls.insecure) parts.push('--insecure');
  }
  parts.push('-t', quote(options.topic ?? input.topic ?? '#'), '-v', ...(options.extra ?? []));
  return parts.join(' ');
}
