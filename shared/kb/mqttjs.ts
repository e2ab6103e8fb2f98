import { t, type KbEntry } from './entry';

const CITE = 'mqtt.js v5 (mqttjs/MQTT.js) src/lib/client.ts';

/**
 * mqtt.js's own error forms. Its CONNACK refusals carry the numeric code (connack.* or reason.*)
 * and its socket errors a string errno (errno.*); only these two are its own.
 */
export const mqttjsEntries: KbEntry[] = [
  {
    id: 'mqttjs.connack_timeout',
    source: 'mqttjs',
    code: 'connack timeout',
    name: "Error('connack timeout')",
    severity: 'error',
    meaning: t('La conexión TCP se abrió, pero el broker no envió CONNACK dentro de connectTimeout (30 s por defecto).', 'The TCP connection opened but the broker sent no CONNACK within connectTimeout (30 s by default).'),
    causes: [
      t('El puerto no es de MQTT, o espera TLS (8883) y el cliente habla en claro.', 'The port is not MQTT, or it expects TLS (8883) and the client speaks plain text.'),
      t('Un proxy o balanceador acepta la conexión pero no la pasa al broker.', 'A proxy or load balancer accepts the connection but does not pass it on to the broker.'),
      t('El broker está saturado o su autenticación externa no responde.', 'The broker is overloaded or its external authentication does not answer.'),
    ],
    next: [t('Compruebe puerto y TLS en los pasos TCP y MQTT.', 'Check port and TLS in the TCP and MQTT steps.')],
    step: 'mqtt',
    cite: `${CITE} (connectTimeout → 'connack timeout')`,
  },
  {
    id: 'mqttjs.keepalive_timeout',
    source: 'mqttjs',
    code: 'Keepalive timeout',
    name: "Error('Keepalive timeout')",
    severity: 'error',
    meaning: t('El cliente envió PINGREQ y no recibió PINGRESP a tiempo (1,5 × keepalive): da la conexión por muerta.', 'The client sent PINGREQ and got no PINGRESP in time (1.5 × keepalive): it deems the connection dead.'),
    causes: [
      t('Un NAT, cortafuegos o balanceador cortó la conexión inactiva sin avisar.', 'A NAT, firewall or load balancer dropped the idle connection without notice.'),
      t('La red perdió paquetes durante un rato.', 'The network lost packets for a while.'),
      t('El broker está bloqueado o saturado.', 'The broker is blocked or overloaded.'),
    ],
    next: [t('Vigile la conexión en el monitor y revise el keepalive con el linter.', 'Watch the connection in the monitor and check the keepalive with the linter.')],
    step: 'monitor',
    cite: `${CITE} (_checkPing → 'Keepalive timeout')`,
  },
];
