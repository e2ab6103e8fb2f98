import { defineFindings } from './definition';

export const tlsFindings = defineFindings([
  {
    id: 'tls.handshake_failed',
    severity: 'error',
    title: { es: 'Falló el saludo TLS con {{host}}:{{port}}', en: 'The TLS handshake with {{host}}:{{port}} failed' },
    explanation: {
      es: 'El puerto aceptó la conexión TCP pero la negociación TLS terminó con {{code}}: {{message}}. El servidor puede no hablar TLS en ese puerto, exigir otra versión de TLS o un certificado de cliente.',
      en: 'The port accepted the TCP connection but the TLS negotiation ended with {{code}}: {{message}}. The server may not speak TLS on that port, or may require another TLS version or a client certificate.',
    },
    fixes: [
      { es: 'Confirme con el administrador qué puerto sirve MQTT con TLS (suele ser 8883).', en: 'Confirm with the administrator which port serves MQTT over TLS (usually 8883).' },
      { es: 'Mire el detalle con openssl s_client.', en: 'Look at the details with openssl s_client.' },
    ],
    command: 'openssl s_client -connect {{host}}:{{port}} -servername {{host}} </dev/null',
  },
  {
    id: 'tls.cert_expired',
    severity: 'error',
    title: { es: 'El certificado de {{host}} caducó', en: 'The certificate of {{host}} has expired' },
    explanation: {
      es: 'El certificado que presenta el broker ({{subject}}) venció el {{validTo}}. Un cliente que valida certificados, como el servicio, rechaza la conexión (CERT_HAS_EXPIRED).',
      en: 'The certificate the broker presents ({{subject}}) expired on {{validTo}}. A client that validates certificates, as the service does, refuses the connection (CERT_HAS_EXPIRED).',
    },
    fixes: [
      { es: 'El administrador del broker debe renovar el certificado.', en: 'The broker administrator must renew the certificate.' },
      { es: 'Compruebe también que la fecha y hora de este equipo son correctas.', en: 'Also check that this machine’s date and time are right.' },
    ],
    command: 'openssl s_client -connect {{host}}:{{port}} </dev/null | openssl x509 -noout -dates',
    kb: ['tls.CERT_HAS_EXPIRED'],
  },
  {
    id: 'tls.cert_not_yet_valid',
    severity: 'error',
    title: { es: 'El certificado de {{host}} aún no es válido', en: 'The certificate of {{host}} is not valid yet' },
    explanation: {
      es: 'El certificado ({{subject}}) solo vale a partir del {{validFrom}}. Casi siempre el reloj de este equipo o del servidor está mal.',
      en: 'The certificate ({{subject}}) is only valid from {{validFrom}}. Almost always the clock of this machine or of the server is wrong.',
    },
    fixes: [{ es: 'Sincronice la hora (NTP) de este equipo y del broker.', en: 'Synchronise the time (NTP) on this machine and on the broker.' }],
    kb: ['tls.CERT_NOT_YET_VALID'],
  },
  {
    id: 'tls.cert_untrusted',
    severity: 'error',
    title: { es: 'El certificado de {{host}} no es de confianza', en: 'The certificate of {{host}} is not trusted' },
    explanation: {
      es: 'La cadena del certificado no llega a ninguna autoridad en la que este equipo confíe ({{code}}; emisor: {{issuer}}). Suele ser una CA interna de la empresa o un certificado intermedio que el broker no envía.',
      en: 'The certificate chain does not lead to any authority this machine trusts ({{code}}; issuer: {{issuer}}). It is usually a company-internal CA, or an intermediate certificate the broker does not send.',
    },
    fixes: [
      { es: 'Pida el certificado de la CA al administrador y páselo con --ca-file (o el campo «Archivo CA»).', en: 'Ask the administrator for the CA certificate and pass it with --ca-file (or the "CA file" field).' },
      { es: 'Si falta un intermedio, el broker debe servir la cadena completa.', en: 'If an intermediate is missing, the broker must serve the full chain.' },
    ],
    command: 'openssl s_client -connect {{host}}:{{port}} -showcerts </dev/null',
    kb: ['tls.UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'tls.UNABLE_TO_GET_ISSUER_CERT_LOCALLY'],
  },
  {
    id: 'tls.cert_self_signed',
    severity: 'error',
    title: { es: 'El certificado de {{host}} está autofirmado', en: 'The certificate of {{host}} is self-signed' },
    explanation: {
      es: 'El broker presenta un certificado firmado por sí mismo ({{code}}), que ningún cliente acepta por defecto. Es habitual en pruebas; en producción el servicio fallará salvo que confíe en ese certificado.',
      en: 'The broker presents a certificate signed by itself ({{code}}), which no client accepts by default. It is common in testing; in production the service will fail unless it trusts that certificate.',
    },
    fixes: [
      { es: 'Use un certificado de una CA reconocida en el broker.', en: 'Use a certificate from a recognised CA on the broker.' },
      { es: 'O entregue ese certificado al servicio como CA de confianza (--ca-file).', en: 'Or give that certificate to the service as a trusted CA (--ca-file).' },
    ],
    command: 'openssl s_client -connect {{host}}:{{port}} -showcerts </dev/null',
    kb: ['tls.DEPTH_ZERO_SELF_SIGNED_CERT', 'tls.SELF_SIGNED_CERT_IN_CHAIN'],
  },
  {
    id: 'tls.hostname_mismatch',
    severity: 'error',
    title: { es: 'El certificado no corresponde a {{host}}', en: 'The certificate does not match {{host}}' },
    explanation: {
      es: 'El certificado es para «{{san}}», no para {{host}}. El cliente rechaza la conexión (ERR_TLS_CERT_ALTNAME_INVALID) aunque el certificado sea válido.',
      en: 'The certificate is for "{{san}}", not for {{host}}. The client refuses the connection (ERR_TLS_CERT_ALTNAME_INVALID) even though the certificate is otherwise valid.',
    },
    fixes: [
      { es: 'Conéctese con el nombre que figura en el certificado, no con la IP u otro alias.', en: 'Connect with the name the certificate carries, not the IP or another alias.' },
      { es: 'O pida al administrador un certificado que incluya {{host}}.', en: 'Or ask the administrator for a certificate that includes {{host}}.' },
    ],
    kb: ['tls.ERR_TLS_CERT_ALTNAME_INVALID'],
  },
  {
    id: 'tls.plain_port',
    severity: 'error',
    title: { es: '{{host}}:{{port}} habla MQTT sin TLS', en: '{{host}}:{{port}} speaks MQTT without TLS' },
    explanation: {
      es: 'La URL pide TLS (mqtts:// o wss://), pero en el puerto {{port}} el broker escucha MQTT en claro: el saludo TLS falla y, en cambio, una conexión MQTT sin TLS sí recibe respuesta.',
      en: 'The URL asks for TLS (mqtts:// or wss://), but on port {{port}} the broker listens for plain MQTT: the TLS handshake fails, while a plain MQTT connection does get an answer.',
    },
    fixes: [
      { es: 'Use mqtt://{{host}}:{{port}}, o el puerto TLS del broker (suele ser 8883).', en: 'Use mqtt://{{host}}:{{port}}, or the broker’s TLS port (usually 8883).' },
    ],
    command: 'mosquitto_sub -h {{host}} -p {{port}} -t "#" -C 1 -W 5',
  },
  {
    id: 'tls.expected',
    severity: 'error',
    title: { es: '{{host}}:{{port}} espera TLS', en: '{{host}}:{{port}} expects TLS' },
    explanation: {
      es: 'La URL es MQTT en claro, pero el puerto {{port}} solo acepta TLS: el broker cortó la conexión MQTT y, en cambio, completó un saludo TLS.',
      en: 'The URL is plain MQTT, but port {{port}} only accepts TLS: the broker cut the MQTT connection, while it completed a TLS handshake.',
    },
    fixes: [{ es: 'Use mqtts://{{host}}:{{port}} (y el certificado de la CA si es interno).', en: 'Use mqtts://{{host}}:{{port}} (and the CA certificate if it is an internal one).' }],
    command: 'openssl s_client -connect {{host}}:{{port}} </dev/null',
  },
  {
    id: 'tls.ca_file_unreadable',
    severity: 'error',
    title: { es: 'No se pudo leer el archivo CA {{file}}', en: 'The CA file {{file}} could not be read' },
    explanation: { es: 'El archivo de certificados de CA indicado no se pudo abrir ({{code}}).', en: 'The given CA certificate file could not be opened ({{code}}).' },
    fixes: [{ es: 'Revise la ruta y los permisos del archivo (formato PEM).', en: 'Check the file’s path and permissions (PEM format).' }],
  },
]);
