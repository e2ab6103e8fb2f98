import type { LocalizedText } from '../model/localized';

/**
 * The questions for the broker's administrator, as the guide lists them, each with the findings
 * that make it the one to ask first. Reports put the relevant ones on top with our evidence.
 */
export interface AdminQuestion {
  id: string;
  question: LocalizedText;
  /** Why we ask, and what the administrator can look at to answer. */
  why: LocalizedText;
  /** Finding id prefixes that make this question relevant ('' for a question always asked last). */
  relevantTo: string[];
}

export const ADMIN_QUESTIONS: readonly AdminQuestion[] = [
  {
    id: 'duplicate_client_id',
    question: { es: '¿Hay otros clientes conectados con el mismo client_id?', en: 'Are other clients connected with the same client_id?' },
    why: {
      es: 'Dos conexiones con el mismo client_id se expulsan mutuamente. En el registro de mosquitto aparece «Client X already connected, closing old connection».',
      en: 'Two connections with one client_id kick each other off. mosquitto’s log shows "Client X already connected, closing old connection".',
    },
    relevantTo: ['mqtt.session_taken_over', 'monitor.client_id_conflict', 'mqtt.connack.client_id_rejected', 'mqtt.closed_before_connack'],
  },
  {
    id: 'keepalive_and_idle',
    question: { es: '¿Qué keep-alive y qué tiempo de inactividad aplican el broker y la red (balanceador, NAT)?', en: 'What keep-alive and idle timeout do the broker and the network (load balancer, NAT) apply?' },
    why: {
      es: 'Si la red corta conexiones inactivas antes del keep-alive del cliente, la sesión cae a intervalos regulares.',
      en: 'If the network cuts idle connections before the client’s keep-alive, the session drops at regular intervals.',
    },
    relevantTo: ['mqtt.keepalive', 'monitor.idle_timeout', 'config.keepalive'],
  },
  {
    id: 'connection_limits',
    question: { es: '¿Hay un límite de conexiones simultáneas o por IP?', en: 'Is there a limit on simultaneous connections, or per IP address?' },
    why: {
      es: 'Un broker en su límite cierra las conexiones nuevas sin responder; mosquitto registra «max_connections exceeded».',
      en: 'A broker at its limit closes new connections without answering; mosquitto logs "max_connections exceeded".',
    },
    relevantTo: ['mqtt.connection_limit', 'mqtt.closed_before_connack', 'mqtt.connack.server_unavailable', 'mqtt.connack.quota_exceeded', 'tcp.reset'],
  },
  {
    id: 'credentials',
    question: { es: '¿Las credenciales siguen vigentes y tienen permiso sobre el tema?', en: 'Are the credentials still valid, and do they have access to the topic?' },
    why: {
      es: 'Un usuario o contraseña rechazados, o un ACL que no permite el tema, dejan al servicio sin datos.',
      en: 'A refused user or password, or an ACL that does not allow the topic, leaves the service without data.',
    },
    relevantTo: ['mqtt.connack.bad_credentials', 'mqtt.connack.not_authorized', 'mqtt.subscribe', 'monitor.auth_failing'],
  },
  {
    id: 'broker_logs',
    question: { es: '¿Qué muestran los registros del broker a la hora de la prueba, para nuestra dirección y client_id?', en: 'What do the broker’s logs show at the time of the test, for our address and client_id?' },
    why: {
      es: 'El registro del broker dice por qué cerró o rechazó la conexión; la hora, la IP de origen y el client_id de este informe permiten encontrar la línea.',
      en: 'The broker’s log says why it closed or refused the connection; the time, source address and client_id in this report find the line.',
    },
    relevantTo: [''],
  },
];

/** The questions in the order to ask them for these findings: relevant ones first. */
export function questionsFor(findingIds: readonly string[]): Array<AdminQuestion & { relevant: boolean }> {
  const scored = ADMIN_QUESTIONS.map((q) => ({
    ...q,
    relevant: q.relevantTo.some((prefix) => prefix !== '' && findingIds.some((id) => id.startsWith(prefix))),
  }));
  return [...scored.filter((q) => q.relevant), ...scored.filter((q) => !q.relevant)];
}
