import { defineFindings } from './definition';

/**
 * Findings of the configuration linter (`siscom-doctor lint`, and the wizard's config step when
 * the target came from a .env). Their instances carry `key` and `line` params. A secret's value
 * is never a param: password findings say what is wrong without repeating it.
 */
export const lintFindings = defineFindings([
  // ── BROKER_HOST ───────────────────────────────────────────────────────────
  {
    id: 'config.tls_port_without_tls',
    severity: 'warning',
    title: { es: 'Puerto 8883 sin TLS', en: 'Port 8883 without TLS' },
    explanation: {
      es: '8883 es el puerto de MQTT con TLS, pero {{where}} hará la conexión en claro. El broker esperará un saludo TLS: la conexión se corta o no llega el CONNACK («connack timeout», rc=7).',
      en: '8883 is the port for MQTT over TLS, but {{where}} will connect in plain text. The broker will expect a TLS handshake: the connection is cut or no CONNACK arrives ("connack timeout", rc=7).',
    },
    fixes: [
      { es: 'Use 1883 para MQTT sin TLS, o mqtts://host:8883 si el servicio admite TLS; pregunte al administrador qué abre el broker.', en: 'Use 1883 for MQTT without TLS, or mqtts://host:8883 if the service supports TLS; ask the administrator what the broker opens.' },
    ],
    kb: ['mqttjs.connack_timeout', 'paho.7'],
  },
  {
    id: 'config.plain_port_with_tls',
    severity: 'warning',
    title: { es: 'TLS contra el puerto 1883', en: 'TLS against port 1883' },
    explanation: {
      es: '{{where}} pide TLS, pero 1883 es el puerto de MQTT en claro. El saludo TLS fallará («wrong version number», MQTT_ERR_TLS).',
      en: '{{where}} asks for TLS, but 1883 is the port for plain MQTT. The TLS handshake will fail ("wrong version number", MQTT_ERR_TLS).',
    },
    fixes: [{ es: 'Use mqtts://host:8883, o mqtt://host:1883 sin TLS.', en: 'Use mqtts://host:8883, or mqtt://host:1883 without TLS.' }],
    kb: ['tls.ERR_SSL_WRONG_VERSION_NUMBER', 'paho.8'],
  },
  // ── BROKER_TOPIC ──────────────────────────────────────────────────────────
  {
    id: 'config.topic_missing',
    severity: 'error',
    title: { es: 'Falta BROKER_TOPIC', en: 'BROKER_TOPIC is missing' },
    explanation: {
      es: 'No hay tema al que suscribirse: el servicio no recibirá datos (o fallará al arrancar).',
      en: 'There is no topic to subscribe to: the service will receive no data (or fail at start).',
    },
    fixes: [{ es: 'Añada BROKER_TOPIC=tracking/data (o el tema que le indique el administrador).', en: 'Add BROKER_TOPIC=tracking/data (or the topic the administrator gives you).' }],
  },
  {
    id: 'config.topic_invalid',
    severity: 'error',
    title: { es: 'El tema «{{topic}}» no es válido', en: 'The topic "{{topic}}" is not valid' },
    explanation: {
      es: 'MQTT no acepta este filtro de tema: {{reason}}. El broker rechazará la suscripción (SUBACK 0x80 o 0x8F).',
      en: 'MQTT does not accept this topic filter: {{reason}}. The broker will refuse the subscription (SUBACK 0x80 or 0x8F).',
    },
    fixes: [
      { es: '«#» solo puede ir al final y solo en su nivel (a/b/#); «+» ocupa un nivel entero (a/+/c).', en: '"#" may only come last and alone in its level (a/b/#); "+" takes a whole level (a/+/c).' },
    ],
    kb: ['suback.0x80', 'reason.0x8F'],
  },
  {
    id: 'config.topic_sys',
    severity: 'warning',
    title: { es: 'El tema empieza por $ ({{topic}})', en: 'The topic starts with $ ({{topic}})' },
    explanation: {
      es: 'Los temas que empiezan por $ ($SYS/...) son del broker: publican sus estadísticas, no datos de dispositivos, y suelen estar restringidos por ACL. Un comodín inicial (# o +) nunca los incluye.',
      en: 'Topics starting with $ ($SYS/...) belong to the broker: they carry its statistics, not device data, and are usually restricted by ACL. A leading wildcard (# or +) never matches them.',
    },
    fixes: [{ es: 'Confirme que el servicio debe leer ese tema y no tracking/data.', en: 'Confirm the service should read that topic and not tracking/data.' }],
  },
  {
    id: 'config.topic_suspicious',
    severity: 'warning',
    title: { es: 'El tema «{{topic}}» parece mal escrito', en: 'The topic "{{topic}}" looks mistyped' },
    explanation: {
      es: 'Es válido para MQTT pero probablemente no es el que quiere: {{reason}}. Los temas distinguen espacios, mayúsculas y barras.',
      en: 'It is valid MQTT but probably not what you mean: {{reason}}. Topics are exact about spaces, case and slashes.',
    },
    fixes: [{ es: 'Copie el tema exacto que publican los dispositivos.', en: 'Copy the exact topic the devices publish on.' }],
  },
  // ── credentials ──────────────────────────────────────────────────────────
  {
    id: 'config.username_missing',
    severity: 'warning',
    title: { es: 'Falta MQTT_USERNAME', en: 'MQTT_USERNAME is missing' },
    explanation: {
      es: 'Sin usuario la conexión es anónima; mosquitto 2 no admite anónimos por defecto y responde CONNACK 5 (no autorizado).',
      en: 'Without a user name the connection is anonymous; mosquitto 2 refuses anonymous clients by default and answers CONNACK 5 (not authorised).',
    },
    fixes: [{ es: 'Añada MQTT_USERNAME con el usuario que le dio el administrador.', en: 'Add MQTT_USERNAME with the user the administrator gave you.' }],
    kb: ['connack.5'],
  },
  {
    id: 'config.password_without_username',
    severity: 'error',
    title: { es: 'Hay MQTT_PASSWORD pero no MQTT_USERNAME', en: 'MQTT_PASSWORD is set but MQTT_USERNAME is not' },
    explanation: {
      es: 'MQTT 3.1.1 no permite enviar una contraseña sin usuario (MQTT-3.1.2-22): muchos brokers cierran la conexión sin responder y otros la rechazan. La contraseña no se usará como se espera.',
      en: 'MQTT 3.1.1 does not allow a password without a user name (MQTT-3.1.2-22): many brokers close the connection without an answer and others refuse it. The password will not be used as expected.',
    },
    fixes: [{ es: 'Añada MQTT_USERNAME con el usuario de esa contraseña.', en: 'Add MQTT_USERNAME with the user that password belongs to.' }],
    kb: ['connack.4'],
  },
  {
    id: 'config.password_missing',
    severity: 'warning',
    title: { es: 'Falta MQTT_PASSWORD', en: 'MQTT_PASSWORD is missing' },
    explanation: {
      es: 'Hay usuario pero no contraseña (ni en el .env ni en el entorno). El broker rechazará la conexión salvo que ese usuario no la necesite.',
      en: 'There is a user but no password (neither in the .env nor in the environment). The broker will refuse the connection unless that user needs none.',
    },
    fixes: [{ es: 'Añada MQTT_PASSWORD al .env o al entorno del servicio.', en: 'Add MQTT_PASSWORD to the .env or to the service environment.' }],
    kb: ['connack.5', 'connack.4'],
  },
  {
    id: 'config.password_placeholder',
    severity: 'error',
    title: { es: 'MQTT_PASSWORD es un texto de ejemplo', en: 'MQTT_PASSWORD is a placeholder' },
    explanation: {
      es: 'La contraseña es un valor de ejemplo (como «tu_password_aquí» o «changeme»), no una contraseña real: el broker responderá «no autorizado».',
      en: 'The password is a sample value (like "tu_password_aquí" or "changeme"), not a real password: the broker will answer "not authorised".',
    },
    fixes: [{ es: 'Ponga la contraseña real que le dio el administrador.', en: 'Put in the real password the administrator gave you.' }],
    kb: ['connack.5'],
  },
  {
    id: 'config.password_quoted',
    severity: 'warning',
    title: { es: 'MQTT_PASSWORD parece pegada con comillas o espacios', en: 'MQTT_PASSWORD looks pasted with quotes or spaces' },
    explanation: {
      es: 'Tras leer el .env, la contraseña (línea {{line}}) empieza o acaba con comillas o espacios. Esos caracteres forman parte de la contraseña enviada y el broker la rechazará.',
      en: 'After reading the .env, the password (line {{line}}) starts or ends with quotes or spaces. Those characters become part of the password sent, and the broker will refuse it.',
    },
    fixes: [{ es: 'Escriba MQTT_PASSWORD=valor sin espacios, o entre un solo par de comillas: MQTT_PASSWORD="valor".', en: 'Write MQTT_PASSWORD=value with no spaces, or in one pair of quotes: MQTT_PASSWORD="value".' }],
    kb: ['connack.4', 'connack.5'],
  },
  {
    id: 'config.value_hash_cut',
    severity: 'warning',
    title: { es: '{{key}} lleva un # sin comillas', en: '{{key}} has an unquoted #' },
    explanation: {
      es: 'En la línea {{line}} el valor de {{key}} contiene «#» sin comillas. El paquete dotenv de Node lo toma como comentario y corta el valor ahí; python-dotenv solo lo hace si hay un espacio antes. Cada programa leerá un valor distinto.',
      en: 'On line {{line}} the value of {{key}} holds a "#" without quotes. Node’s dotenv reads it as a comment and cuts the value there; python-dotenv only does when a space comes before it. Each program will read a different value.',
    },
    fixes: [{ es: 'Ponga el valor entre comillas: {{key}}="…#…".', en: 'Quote the value: {{key}}="…#…".' }],
  },
  // ── STATSD_* ─────────────────────────────────────────────────────────────
  {
    id: 'statsd.config.enabled_not_boolean',
    severity: 'error',
    title: { es: 'STATSD_ENABLED no es un booleano («{{value}}»)', en: 'STATSD_ENABLED is not a boolean ("{{value}}")' },
    explanation: {
      es: 'El servicio espera true o false; pydantic acepta también 1/0, yes/no, on/off. Con «{{value}}» el servicio no arranca o no hace lo que espera.',
      en: 'The service expects true or false; pydantic also takes 1/0, yes/no, on/off. With "{{value}}" the service fails to start or does not do what you expect.',
    },
    fixes: [{ es: 'Escriba STATSD_ENABLED=true o STATSD_ENABLED=false.', en: 'Write STATSD_ENABLED=true or STATSD_ENABLED=false.' }],
  },
  {
    id: 'statsd.config.missing_host',
    severity: 'warning',
    title: { es: 'StatsD activado sin STATSD_HOST', en: 'StatsD enabled without STATSD_HOST' },
    explanation: {
      es: 'STATSD_ENABLED es verdadero pero no hay STATSD_HOST: se usará el valor por defecto del servicio (normalmente localhost), que quizá no es donde escucha Telegraf.',
      en: 'STATSD_ENABLED is true but there is no STATSD_HOST: the service default (usually localhost) is used, which may not be where Telegraf listens.',
    },
    fixes: [{ es: 'Añada STATSD_HOST con el host del receptor de métricas.', en: 'Add STATSD_HOST with the metrics receiver host.' }],
  },
  {
    id: 'statsd.config.missing_port',
    severity: 'warning',
    title: { es: 'StatsD activado sin STATSD_PORT', en: 'StatsD enabled without STATSD_PORT' },
    explanation: {
      es: 'No hay STATSD_PORT: se usará el valor por defecto del servicio (8125 en casi todos los clientes StatsD).',
      en: 'There is no STATSD_PORT: the service default is used (8125 in nearly every StatsD client).',
    },
    fixes: [{ es: 'Escriba el puerto explícitamente: STATSD_PORT=8125.', en: 'Write the port explicitly: STATSD_PORT=8125.' }],
  },
  {
    id: 'statsd.config.invalid_port',
    severity: 'error',
    title: { es: 'STATSD_PORT no es un puerto válido («{{value}}»)', en: 'STATSD_PORT is not a valid port ("{{value}}")' },
    explanation: { es: 'El puerto debe ser un número entre 1 y 65535.', en: 'The port must be a number from 1 to 65535.' },
    fixes: [{ es: 'Use STATSD_PORT=8125, el puerto de métricas de StatsD.', en: 'Use STATSD_PORT=8125, the StatsD metrics port.' }],
  },
  {
    id: 'statsd.config.invalid_host',
    severity: 'error',
    title: { es: 'STATSD_HOST no es válido («{{value}}»)', en: 'STATSD_HOST is not valid ("{{value}}")' },
    explanation: { es: 'El host de StatsD no es utilizable: {{reason}}.', en: 'The StatsD host is not usable: {{reason}}.' },
    fixes: [{ es: 'Escriba solo el nombre o la IP, sin puerto ni protocolo: STATSD_HOST=localhost.', en: 'Write only the name or IP, with no port or protocol: STATSD_HOST=localhost.' }],
  },
  {
    id: 'statsd.config.port_8126',
    severity: 'warning',
    title: { es: 'STATSD_PORT=8126: ¿es de verdad el puerto de métricas?', en: 'STATSD_PORT=8126: is it really the metrics port?' },
    explanation: {
      es: '8126 es el puerto de gestión (TCP) del StatsD de Etsy y el del APM de Datadog; las métricas StatsD van por UDP al 8125. Solo es correcto si el receptor (un Telegraf como el de la guía) escucha métricas UDP en 8126; si no, las métricas se pierden en silencio o aparece «[Errno 111] Connection refused».',
      en: '8126 is Etsy StatsD’s management (TCP) port and Datadog’s APM port; StatsD metrics go over UDP to 8125. It is right only if the receiver (a Telegraf set up like the guide’s) listens for UDP metrics on 8126; otherwise metrics are lost silently or "[Errno 111] Connection refused" appears.',
    },
    fixes: [
      { es: 'En el servidor de métricas, compruebe qué escucha por UDP: ss -ulnp | grep -E "8125|8126" (y en Telegraf, service_address de [[inputs.statsd]]).', en: 'On the metrics server, check what listens on UDP: ss -ulnp | grep -E "8125|8126" (and in Telegraf, service_address of [[inputs.statsd]]).' },
      { es: 'Si nada escucha en 8126/udp, use STATSD_PORT=8125.', en: 'If nothing listens on 8126/udp, use STATSD_PORT=8125.' },
    ],
    command: 'ss -ulnp | grep -E "8125|8126"',
    kb: ['errno.ECONNREFUSED'],
  },
  // ── file hygiene ─────────────────────────────────────────────────────────
  {
    id: 'config.file_empty',
    severity: 'error',
    title: { es: 'El archivo .env está vacío', en: 'The .env file is empty' },
    explanation: { es: 'No hay ningún ajuste en el archivo (o solo comentarios).', en: 'There is no setting in the file (or only comments).' },
    fixes: [{ es: 'Compruebe que es el .env del servicio y que no se vació al copiarlo.', en: 'Check it is the service’s .env and that it was not emptied when copied.' }],
  },
  {
    id: 'config.file_binary',
    severity: 'error',
    title: { es: 'El archivo no es texto', en: 'The file is not text' },
    explanation: {
      es: 'Contiene bytes nulos o de control: no es un .env (quizá un binario, un comprimido o un archivo en UTF-16).',
      en: 'It holds null or control bytes: it is not a .env (perhaps a binary, an archive, or a UTF-16 file).',
    },
    fixes: [{ es: 'Abra el archivo correcto, o guárdelo como texto UTF-8.', en: 'Open the right file, or save it as UTF-8 text.' }],
  },
  {
    id: 'config.file_too_large',
    severity: 'error',
    title: { es: 'El archivo es demasiado grande para ser un .env', en: 'The file is too large to be a .env' },
    explanation: {
      es: 'Tiene {{bytes}} bytes; un .env de servicio ocupa unos cientos. Solo se revisaron los primeros {{limit}} bytes.',
      en: 'It is {{bytes}} bytes; a service .env is a few hundred. Only the first {{limit}} bytes were checked.',
    },
    fixes: [{ es: 'Compruebe que es el archivo correcto.', en: 'Check it is the right file.' }],
  },
  {
    id: 'config.invalid_utf8',
    severity: 'error',
    title: { es: 'Texto no UTF-8 en la línea {{line}}', en: 'Text that is not UTF-8 on line {{line}}' },
    explanation: {
      es: 'La línea {{line}} tiene bytes que no son UTF-8 válido (quizá el archivo se guardó en Latin-1 o Windows-1252). Una contraseña con «ñ» o tildes se enviará distinta.',
      en: 'Line {{line}} has bytes that are not valid UTF-8 (perhaps the file was saved as Latin-1 or Windows-1252). A password with accents will be sent differently.',
    },
    fixes: [{ es: 'Guarde el archivo como UTF-8 (sin BOM).', en: 'Save the file as UTF-8 (without BOM).' }],
  },
  {
    id: 'config.bom',
    severity: 'warning',
    title: { es: 'El archivo empieza con una marca BOM', en: 'The file starts with a byte-order mark (BOM)' },
    explanation: {
      es: 'Hay una marca invisible (U+FEFF) antes de la primera clave. Algunos lectores (python-dotenv al abrir en UTF-8) la pegan al nombre, así que la primera variable ({{key}}) no se reconoce.',
      en: 'An invisible mark (U+FEFF) comes before the first key. Some readers (python-dotenv opening it as UTF-8) glue it to the name, so the first variable ({{key}}) is not recognised.',
    },
    fixes: [{ es: 'Guarde el archivo como UTF-8 sin BOM.', en: 'Save the file as UTF-8 without BOM.' }],
  },
  {
    id: 'config.crlf',
    severity: 'warning',
    title: { es: 'Finales de línea de Windows (CRLF) en {{lines}} líneas', en: 'Windows line endings (CRLF) on {{lines}} lines' },
    explanation: {
      es: 'Las líneas acaban en \\r\\n. dotenv y python-dotenv lo toleran, pero un «source .env» en bash o un docker --env-file dejan el \\r al final del valor: «broker:1883\\r» y una contraseña que no coincide.',
      en: 'Lines end in \\r\\n. dotenv and python-dotenv cope, but a bash "source .env" or docker --env-file keep the \\r at the end of the value: "broker:1883\\r" and a password that does not match.',
    },
    fixes: [{ es: 'Convierta el archivo a finales LF (dos2unix .env, o «LF» en el editor).', en: 'Convert the file to LF endings (dos2unix .env, or "LF" in the editor).' }],
    command: 'dos2unix {{file}}',
  },
  {
    id: 'config.duplicate_key',
    severity: 'warning',
    title: { es: '{{key}} aparece más de una vez', en: '{{key}} appears more than once' },
    explanation: {
      es: '{{key}} está en las líneas {{lines}}. Gana la última (línea {{winner}}), tanto en dotenv como en python-dotenv; quien edite la primera no verá ningún efecto.',
      en: '{{key}} is on lines {{lines}}. The last one wins (line {{winner}}), in dotenv and in python-dotenv alike; whoever edits the first will see no effect.',
    },
    fixes: [{ es: 'Deje una sola línea con {{key}}.', en: 'Keep a single line with {{key}}.' }],
  },
  {
    id: 'config.unbalanced_quote',
    severity: 'error',
    title: { es: 'Comilla sin cerrar en {{key}}', en: 'Unclosed quote in {{key}}' },
    explanation: {
      es: 'El valor de {{key}} (línea {{line}}) abre con {{quote}} y no la cierra. Los lectores de .env no coinciden en qué hacer: tomar la comilla como parte del valor o seguir leyendo las líneas siguientes.',
      en: 'The value of {{key}} (line {{line}}) opens with {{quote}} and never closes it. .env readers disagree on what to do: keep the quote as part of the value, or read on into the next lines.',
    },
    fixes: [{ es: 'Cierre la comilla al final del valor, o quítela.', en: 'Close the quote at the end of the value, or remove it.' }],
  },
  {
    id: 'config.trailing_space',
    severity: 'warning',
    title: { es: 'Espacios al final de {{key}}', en: 'Trailing spaces after {{key}}' },
    explanation: {
      es: 'El valor de {{key}} (línea {{line}}) termina en espacios sin comillas. dotenv los quita, pero docker --env-file y otros los conservan como parte del valor.',
      en: 'The value of {{key}} (line {{line}}) ends in spaces without quotes. dotenv strips them, but docker --env-file and others keep them as part of the value.',
    },
    fixes: [{ es: 'Borre los espacios del final de la línea.', en: 'Delete the spaces at the end of the line.' }],
  },
  {
    id: 'config.line_without_equals',
    severity: 'warning',
    title: { es: 'La línea {{line}} no es CLAVE=valor', en: 'Line {{line}} is not KEY=value' },
    explanation: {
      es: 'La línea {{line}} no tiene «=» ni es un comentario: se ignora. Quizá es un valor que se partió en dos líneas o un comentario sin «#».',
      en: 'Line {{line}} has no "=" and is not a comment: it is ignored. Perhaps a value split over two lines, or a comment without "#".',
    },
    fixes: [{ es: 'Únala a la línea anterior, o empiécela con «#».', en: 'Join it to the line before, or start it with "#".' }],
  },
  {
    id: 'config.invalid_key',
    severity: 'warning',
    title: { es: 'Nombre de variable no válido en la línea {{line}}', en: 'Invalid variable name on line {{line}}' },
    explanation: {
      es: '«{{key}}» no es un nombre de variable de entorno (letras, números y _, sin empezar por número): se ignora o se lee mal.',
      en: '"{{key}}" is not an environment variable name (letters, digits and _, not starting with a digit): it is ignored or misread.',
    },
    fixes: [{ es: 'Corrija el nombre: por ejemplo BROKER_HOST.', en: 'Fix the name: for example BROKER_HOST.' }],
  },
  {
    id: 'config.unknown_key',
    severity: 'warning',
    title: { es: '¿{{key}} o {{suggestion}}?', en: '{{key}} or {{suggestion}}?' },
    explanation: {
      es: '{{key}} (línea {{line}}) no es una variable que el servicio lea, pero se parece mucho a {{suggestion}}. Si es una errata, el servicio usará el valor por defecto de {{suggestion}}.',
      en: '{{key}} (line {{line}}) is not a variable the service reads, but it is very close to {{suggestion}}. If it is a typo, the service will use the default for {{suggestion}}.',
    },
    fixes: [{ es: 'Renombre {{key}} a {{suggestion}}.', en: 'Rename {{key}} to {{suggestion}}.' }],
  },
  // ── client settings ─────────────────────────────────────────────────────
  {
    id: 'config.client.random_id_persistent',
    severity: 'warning',
    title: { es: 'Client id aleatorio con clean_session=false', en: 'Random client id with clean_session=false' },
    explanation: {
      es: 'El client id «{{clientId}}» parece generarse en cada arranque, y clean_session=false pide al broker guardar la sesión. Cada reinicio deja una sesión persistente huérfana (suscripciones y mensajes en cola) que nadie recoge: mosquitto las guarda para siempre salvo que tenga persistent_client_expiration.',
      en: 'The client id "{{clientId}}" looks generated at each start, and clean_session=false asks the broker to keep the session. Every restart leaves an orphaned persistent session (subscriptions and queued messages) nobody picks up: mosquitto keeps them forever unless persistent_client_expiration is set.',
    },
    fixes: [
      { es: 'Use un client id estable por instancia (p. ej. siscom-api-<host>) si quiere sesión persistente.', en: 'Use a stable client id per instance (e.g. siscom-api-<host>) if you want a persistent session.' },
      { es: 'O, con un id aleatorio, use clean_session=true.', en: 'Or, with a random id, use clean_session=true.' },
      { es: 'Pida al administrador persistent_client_expiration (p. ej. 1d) en mosquitto.', en: 'Ask the administrator for persistent_client_expiration (e.g. 1d) in mosquitto.' },
    ],
  },
  {
    id: 'config.client.empty_id_persistent',
    severity: 'error',
    title: { es: 'clean_session=false sin client id', en: 'clean_session=false without a client id' },
    explanation: {
      es: 'Una sesión persistente necesita un client id: paho-mqtt lanza ValueError y MQTT 3.1.1 responde CONNACK 2 (identificador rechazado).',
      en: 'A persistent session needs a client id: paho-mqtt raises ValueError and MQTT 3.1.1 answers CONNACK 2 (identifier rejected).',
    },
    fixes: [{ es: 'Dé un client id estable, o use clean_session=true.', en: 'Give a stable client id, or use clean_session=true.' }],
    kb: ['connack.2'],
  },
  {
    id: 'config.client.shared_id',
    severity: 'error',
    title: { es: '{{instances}} instancias con el mismo client id', en: '{{instances}} instances with the same client id' },
    explanation: {
      es: 'Con un client id fijo («{{clientId}}») en varias instancias, cada conexión expulsa a la anterior: el broker registra «already connected, closing old connection» y cada cliente ve rc=7 (o 0x8E) en bucle.',
      en: 'With one fixed client id ("{{clientId}}") on several instances, each connection kicks out the previous one: the broker logs "already connected, closing old connection" and every client sees rc=7 (or 0x8E) in a loop.',
    },
    fixes: [{ es: 'Añada al client id algo propio y estable de cada instancia (host, número de réplica).', en: 'Add something stable and unique per instance to the client id (host, replica number).' }],
    kb: ['mosquitto.log.already_connected', 'paho.7', 'reason.0x8E'],
  },
  {
    id: 'config.client.static_id',
    severity: 'info',
    title: { es: 'Client id fijo: uno por instancia', en: 'Fixed client id: one per instance' },
    explanation: {
      es: 'El client id «{{clientId}}» es fijo. Está bien si solo corre una instancia con él; dos con el mismo id se expulsan en bucle.',
      en: 'The client id "{{clientId}}" is fixed. That is right if only one instance runs with it; two with the same id kick each other in a loop.',
    },
    fixes: [],
    kb: ['mosquitto.log.already_connected'],
  },
  {
    id: 'config.client.keepalive_long',
    severity: 'warning',
    title: { es: 'Keepalive de {{keepalive}} s: más que muchos tiempos de inactividad de red', en: 'Keepalive of {{keepalive}} s: longer than many network idle timeouts' },
    explanation: {
      es: 'El cliente solo envía PINGREQ tras {{keepalive}} s sin tráfico. Muchos NAT, cortafuegos y balanceadores cortan las conexiones TCP inactivas tras {{idle}}; la conexión se cae en silencio y reaparece como rc=7 o «Keepalive timeout» periódicos.',
      en: 'The client only sends PINGREQ after {{keepalive}} s without traffic. Many NATs, firewalls and load balancers drop idle TCP connections after {{idle}}; the connection dies silently and comes back as periodic rc=7 or "Keepalive timeout".',
    },
    fixes: [
      { es: 'Use un keepalive por debajo del tiempo de inactividad más corto del camino (60 s es seguro en casi todas las redes).', en: 'Use a keepalive below the shortest idle timeout on the path (60 s is safe on nearly every network).' },
      { es: 'Pregunte al equipo de red el timeout de inactividad TCP del balanceador o NAT.', en: 'Ask the network team for the load balancer or NAT idle TCP timeout.' },
    ],
    kb: ['paho.7', 'paho.16', 'mqttjs.keepalive_timeout', 'mosquitto.log.exceeded_timeout'],
  },
  {
    id: 'config.client.keepalive_off',
    severity: 'warning',
    title: { es: 'Keepalive desactivado (0)', en: 'Keepalive turned off (0)' },
    explanation: {
      es: 'Con keepalive 0 ni el cliente ni el broker detectan una conexión muerta: el servicio puede quedarse horas «conectado» sin recibir nada.',
      en: 'With keepalive 0 neither client nor broker detects a dead connection: the service can stay "connected" for hours receiving nothing.',
    },
    fixes: [{ es: 'Use un keepalive de 30 a 60 s.', en: 'Use a keepalive of 30 to 60 s.' }],
  },
  {
    id: 'config.client.keepalive_invalid',
    severity: 'error',
    title: { es: 'Keepalive no válido («{{value}}»)', en: 'Invalid keepalive ("{{value}}")' },
    explanation: { es: 'El keepalive es un número de segundos entre 0 y 65535.', en: 'The keepalive is a number of seconds from 0 to 65535.' },
    fixes: [{ es: 'Use un keepalive de 30 a 60 s.', en: 'Use a keepalive of 30 to 60 s.' }],
  },
  {
    id: 'config.client.unbounded_queue',
    severity: 'warning',
    title: { es: 'Cola de mensajes sin límite (max_queued_messages = 0)', en: 'Unbounded message queue (max_queued_messages = 0)' },
    explanation: {
      es: 'En paho-mqtt, max_queued_messages_set(0) no significa «sin cola» sino «sin límite»: mientras el broker no esté, los mensajes se acumulan en memoria hasta agotarla.',
      en: 'In paho-mqtt, max_queued_messages_set(0) does not mean "no queue" but "no limit": while the broker is away, messages pile up in memory until it runs out.',
    },
    fixes: [{ es: 'Ponga un límite acorde a lo que puede perder o guardar (p. ej. 1000).', en: 'Set a limit that matches what you can afford to lose or hold (e.g. 1000).' }],
    kb: ['paho.1', 'paho.15'],
  },
]);
