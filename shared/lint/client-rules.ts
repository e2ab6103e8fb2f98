import { issue, type LintIssue } from './issue';

/** The MQTT client settings the service passes to paho-mqtt (or the app's profile holds). */
export interface ClientSettings {
  clientId?: string;
  cleanSession?: boolean;
  keepalive?: number | string;
  maxQueued?: number;
  /** How many copies of the service run with these settings. */
  instances?: number;
  /** The shortest idle TCP timeout on the path (load balancer, NAT), in seconds, when known. */
  idleTimeout?: number;
}

/** Many NATs and load balancers drop idle TCP between 60 and 350 s; 60 s is safe on nearly all. */
export const SAFE_KEEPALIVE_S = 60;

/**
 * Whether a client id looks made fresh at every start: a UUID, a template placeholder, or a
 * trailing hex run like the guide's `siscom-api-app-3f2a9c1b` (uuid4().hex[:8]).
 */
export function looksRandomClientId(id: string): boolean {
  if (/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i.test(id)) return true;
  if (/\{[^}]*\}|%s|\$\{?RANDOM|uuid|random/i.test(id)) return true;
  const tail = /[-_]([0-9a-f]{6,})$/i.exec(id)?.[1];
  return tail !== undefined && /\d/.test(tail) && /[a-f]/i.test(tail);
}

export function lintClientSettings(s: ClientSettings): LintIssue[] {
  const out: LintIssue[] = [];
  if (s.keepalive !== undefined) {
    const text = String(s.keepalive).trim();
    const keepalive = Number(text);
    if (!/^\d{1,5}$/.test(text) || keepalive > 65535) out.push(issue('config.client.keepalive_invalid', {}, { value: text.slice(0, 20) }));
    else if (keepalive === 0) out.push(issue('config.client.keepalive_off'));
    else if (s.idleTimeout !== undefined ? keepalive >= s.idleTimeout : keepalive > SAFE_KEEPALIVE_S) {
      out.push(issue('config.client.keepalive_long', {}, { keepalive, idle: s.idleTimeout !== undefined ? `${s.idleTimeout} s` : '60-350 s' }));
    }
  }
  if (s.maxQueued === 0) out.push(issue('config.client.unbounded_queue'));
  const id = s.clientId?.trim() ?? '';
  if (s.cleanSession === false && id === '') out.push(issue('config.client.empty_id_persistent'));
  else if (id !== '' && looksRandomClientId(id)) {
    if (s.cleanSession === false) out.push(issue('config.client.random_id_persistent', {}, { clientId: id }));
  } else if (id !== '') {
    if ((s.instances ?? 1) > 1) out.push(issue('config.client.shared_id', {}, { clientId: id, instances: s.instances as number }));
    else if (s.instances === undefined) out.push(issue('config.client.static_id', {}, { clientId: id }));
  }
  return out;
}
