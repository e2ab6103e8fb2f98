import { defineFindings } from './definition';

const ADMIN = { es: 'Si el problema sigue, envíe este informe al administrador del broker.', en: 'If it persists, send this report to the broker administrator.' };

export const mqttFindings = defineFindings([
  {
    id: 'mqtt.not_mqtt',
    severity: 'error',
    title: { es: 'En {{host}}:{{port}} responde algo que no es MQTT', en: 'Something that is not MQTT answers at {{host}}:{{port}}' },
    explanation: {
      es: 'El puerto aceptó la conexión, pero al CONNECT respondió con datos que no son un paquete MQTT (empezaban por «{{peer}}»). Suele ser otro servicio (HTTP, SSH, un proxy) en ese puerto, o un puerto de WebSocket al que se habla MQTT directo.',
      en: 'The port accepted the connection but answered the CONNECT with bytes that are not an MQTT packet (starting "{{peer}}"). It is usually another service (HTTP, SSH, a proxy) on that port, or a WebSocket port spoken to in raw MQTT.',
    },
    fixes: [
      { es: 'Compruebe el puerto: MQTT usa 1883 (8883 con TLS); si el broker ofrece WebSocket, use ws:// o wss:// con su ruta.', en: 'Check the port: MQTT uses 1883 (8883 with TLS); if the broker offers WebSocket, use ws:// or wss:// with its path.' },
      ADMIN,
    ],
    command: 'nc -v {{host}} {{port}}',
  },
  {
    id: 'mqtt.closed_before_connack',
    severity: 'error',
    title: { es: 'El broker cerró la conexión sin responder', en: 'The broker closed the connection without answering' },
    explanation: {
      es: 'La conexión TCP a {{host}}:{{port}} se abrió, pero el otro extremo la cerró antes de enviar ningún CONNACK. Causas habituales: el límite de conexiones del broker (max_connections), una IP bloqueada, o un listener de otro protocolo (TLS, WebSocket) en ese puerto.',
      en: 'The TCP connection to {{host}}:{{port}} opened, but the other end closed it before sending any CONNACK. Usual causes: the broker’s connection limit (max_connections), a banned address, or a listener for another protocol (TLS, WebSocket) on that port.',
    },
    fixes: [
      { es: 'Pregunte al administrador si hay límite de conexiones o de IP, y qué dice el log del broker a esta hora.', en: 'Ask the administrator about connection or per-IP limits, and what the broker log says at this time.' },
      { es: 'Pruebe mqtts:// o ws:// si ese puerto es de TLS o WebSocket.', en: 'Try mqtts:// or ws:// if that port is for TLS or WebSocket.' },
    ],
    command: 'mosquitto_sub -h {{host}} -p {{port}} -t "#" -C 1 -W 5 -d',
  },
  {
    id: 'mqtt.no_connack',
    severity: 'error',
    title: { es: 'El broker no respondió al CONNECT', en: 'The broker did not answer the CONNECT' },
    explanation: {
      es: 'La conexión TCP a {{host}}:{{port}} funciona, pero no llegó ningún CONNACK en {{timeoutMs}} ms. El servicio en ese puerto acepta conexiones y no habla MQTT (o está colgado), o un equipo intermedio retiene el tráfico.',
      en: 'The TCP connection to {{host}}:{{port}} works, but no CONNACK arrived within {{timeoutMs}} ms. What listens there accepts connections and does not speak MQTT (or is stuck), or a device on the way holds the traffic.',
    },
    fixes: [
      { es: 'Confirme el puerto MQTT con el administrador y que el broker no está sobrecargado.', en: 'Confirm the MQTT port with the administrator, and that the broker is not overloaded.' },
      { es: 'Si el puerto es TLS, use mqtts://.', en: 'If the port is a TLS one, use mqtts://.' },
    ],
    command: 'mosquitto_sub -h {{host}} -p {{port}} -t "#" -C 1 -W 5 -d',
  },
  {
    id: 'mqtt.connack.unacceptable_protocol',
    severity: 'error',
    title: { es: 'El broker no acepta MQTT {{version}} (código {{code}})', en: 'The broker does not accept MQTT {{version}} (code {{code}})' },
    explanation: {
      es: 'El CONNACK devolvió {{code}} ({{codeHex}}): versión de protocolo inaceptable. El broker no habla la versión de MQTT que usa el cliente.',
      en: 'The CONNACK returned {{code}} ({{codeHex}}): unacceptable protocol version. The broker does not speak the MQTT version the client uses.',
    },
    fixes: [{ es: 'Use MQTT 3.1.1 (la que usa el servicio), o la que el administrador indique.', en: 'Use MQTT 3.1.1 (what the service uses), or the one the administrator names.' }],
    kb: ['connack.1', 'reason.0x84'],
  },
  {
    id: 'mqtt.connack.client_id_rejected',
    severity: 'error',
    title: { es: 'El broker rechazó el client ID {{clientId}}', en: 'The broker rejected the client ID {{clientId}}' },
    explanation: {
      es: 'El CONNACK devolvió {{code}} ({{codeHex}}): identificador de cliente rechazado. Puede ser demasiado largo, tener caracteres no permitidos o no cumplir un prefijo que exige el broker.',
      en: 'The CONNACK returned {{code}} ({{codeHex}}): client identifier rejected. It may be too long, have characters the broker does not allow, or miss a prefix the broker requires.',
    },
    fixes: [{ es: 'Use un client ID corto de letras, números y guiones; pregunte si el broker exige un prefijo.', en: 'Use a short client ID of letters, digits and dashes; ask whether the broker requires a prefix.' }],
    kb: ['connack.2', 'reason.0x85'],
  },
  {
    id: 'mqtt.connack.server_unavailable',
    severity: 'error',
    title: { es: 'El broker no está disponible (código {{code}})', en: 'The broker is unavailable (code {{code}})' },
    explanation: {
      es: 'El CONNACK devolvió {{code}} ({{codeHex}}): el servidor está, pero no atiende conexiones MQTT ahora (arrancando, sobrecargado o en mantenimiento).',
      en: 'The CONNACK returned {{code}} ({{codeHex}}): the server is there but is not taking MQTT connections now (starting, overloaded or in maintenance).',
    },
    fixes: [{ es: 'Repita en unos minutos y avise al administrador si persiste.', en: 'Try again in a few minutes and tell the administrator if it persists.' }],
    kb: ['connack.3', 'reason.0x88', 'reason.0x89'],
  },
  {
    id: 'mqtt.connack.bad_credentials',
    severity: 'error',
    title: { es: 'Usuario o contraseña incorrectos para {{username}}', en: 'Wrong user name or password for {{username}}' },
    explanation: {
      es: 'El CONNACK devolvió {{code}} ({{codeHex}}): el broker no aceptó el usuario «{{username}}» con esa contraseña.',
      en: 'The CONNACK returned {{code}} ({{codeHex}}): the broker did not accept the user "{{username}}" with that password.',
    },
    fixes: [
      { es: 'Revise MQTT_USERNAME y MQTT_PASSWORD en el .env (espacios, comillas, mayúsculas).', en: 'Check MQTT_USERNAME and MQTT_PASSWORD in the .env (spaces, quotes, case).' },
      { es: 'Pregunte al administrador si las credenciales siguen vigentes.', en: 'Ask the administrator whether the credentials are still valid.' },
    ],
    kb: ['connack.4', 'reason.0x86'],
  },
  {
    id: 'mqtt.connack.not_authorized',
    severity: 'error',
    title: { es: 'El broker no autoriza la conexión de {{username}} (código {{code}})', en: 'The broker does not authorise {{username}} to connect (code {{code}})' },
    explanation: {
      es: 'El CONNACK devolvió {{code}} ({{codeHex}}): no autorizado. Ojo: mosquitto responde así (5, o 0x87 en MQTT 5) tanto a una contraseña incorrecta como a un usuario que no existe, no solo a un usuario sin permiso; casi siempre es un problema de credenciales.',
      en: 'The CONNACK returned {{code}} ({{codeHex}}): not authorised. Note: mosquitto answers this way (5, or 0x87 in MQTT 5) to a wrong password and to an unknown user alike, not only to a user without permission; it is almost always a credentials problem.',
    },
    fixes: [
      { es: 'Revise MQTT_USERNAME y MQTT_PASSWORD en el .env.', en: 'Check MQTT_USERNAME and MQTT_PASSWORD in the .env.' },
      { es: 'Pida al administrador que confirme que el usuario existe y puede conectarse (y que no se exige TLS o un certificado de cliente).', en: 'Ask the administrator to confirm the user exists and may connect (and that TLS or a client certificate is not required).' },
    ],
    kb: ['connack.5', 'reason.0x87'],
  },
  {
    id: 'mqtt.connack.banned',
    severity: 'error',
    title: { es: 'El broker ha vetado a este cliente', en: 'The broker has banned this client' },
    explanation: {
      es: 'El CONNACK devolvió {{codeHex}} (Banned): el broker rechaza a este usuario, client ID o dirección IP de forma explícita.',
      en: 'The CONNACK returned {{codeHex}} (Banned): the broker explicitly refuses this user, client ID or IP address.',
    },
    fixes: [{ es: 'Pregunte al administrador por qué está vetado y cómo levantarlo.', en: 'Ask the administrator why it is banned and how to lift it.' }],
    kb: ['reason.0x8A'],
  },
  {
    id: 'mqtt.connack.use_another_server',
    severity: 'error',
    title: { es: 'El broker pide usar otro servidor', en: 'The broker asks to use another server' },
    explanation: {
      es: 'El CONNACK devolvió {{codeHex}}: este broker no atiende a este cliente y lo remite a otro (migración o reparto de carga). La evidencia muestra la referencia del servidor si la envió.',
      en: 'The CONNACK returned {{codeHex}}: this broker does not serve this client and sends it elsewhere (a migration or load sharing). The evidence shows the server reference if it sent one.',
    },
    fixes: [{ es: 'Pida al administrador la dirección actual del broker y actualice BROKER_HOST.', en: 'Ask the administrator for the broker’s current address and update BROKER_HOST.' }],
    kb: ['reason.0x9C', 'reason.0x9D'],
  },
  {
    id: 'mqtt.connack.quota_exceeded',
    severity: 'error',
    title: { es: 'Cuota del broker superada (código {{codeHex}})', en: 'Broker quota exceeded (code {{codeHex}})' },
    explanation: {
      es: 'El CONNACK devolvió {{codeHex}}: se superó una cuota (conexiones o frecuencia de conexión). Un servicio que reconecta en bucle puede provocarlo.',
      en: 'The CONNACK returned {{codeHex}}: a quota was exceeded (connections or connection rate). A service reconnecting in a loop can cause it.',
    },
    fixes: [
      { es: 'Aumente el retardo mínimo de reconexión del servicio y evite varias instancias con el mismo usuario.', en: 'Raise the service’s minimum reconnect delay and avoid many instances on one user.' },
      ADMIN,
    ],
    kb: ['reason.0x97', 'reason.0x9F'],
  },
  {
    id: 'mqtt.connack.refused',
    severity: 'error',
    title: { es: 'El broker rechazó la conexión (código {{codeHex}})', en: 'The broker refused the connection (code {{codeHex}})' },
    explanation: {
      es: 'El CONNACK devolvió {{code}} ({{codeHex}}) con MQTT {{version}}. Consulte el decodificador para el significado exacto del código.',
      en: 'The CONNACK returned {{code}} ({{codeHex}}) with MQTT {{version}}. See the decoder for the code’s exact meaning.',
    },
    fixes: [ADMIN],
  },
  {
    id: 'mqtt.client_id.given',
    severity: 'warning',
    title: { es: 'Se usa el client ID «{{clientId}}» en vez de uno de diagnóstico', en: 'Using the client ID "{{clientId}}" instead of a diagnostic one' },
    explanation: {
      es: 'Pidió conectar con un client ID concreto. Si el servicio está en marcha con ese mismo ID, el broker lo desconectará mientras dure el diagnóstico (solo puede haber una conexión por client ID).',
      en: 'You asked to connect with a specific client ID. If the service is running with that same ID, the broker will disconnect it while the diagnosis runs (there can be only one connection per client ID).',
    },
    fixes: [{ es: 'Deje el client ID vacío para usar uno único (siscom-doctor-xxxxxxxx), salvo que quiera probar justo ese.', en: 'Leave the client ID empty to use a unique one (siscom-doctor-xxxxxxxx), unless you mean to test that very one.' }],
  },
  {
    id: 'mqtt.subscribe.denied',
    severity: 'error',
    title: { es: 'El broker deniega la suscripción a {{topic}}', en: 'The broker denies the subscription to {{topic}}' },
    explanation: {
      es: 'El SUBACK devolvió {{codeHex}}: el usuario «{{username}}» no tiene permiso de lectura sobre {{topic}} en la ACL del broker (o el filtro no es válido).',
      en: 'The SUBACK returned {{codeHex}}: the user "{{username}}" has no read permission on {{topic}} in the broker’s ACL (or the filter is not valid).',
    },
    fixes: [
      { es: 'Pida al administrador permiso de lectura («topic read {{topic}}») para ese usuario.', en: 'Ask the administrator for read permission ("topic read {{topic}}") for that user.' },
      { es: 'Compruebe BROKER_TOPIC: mayúsculas, barras y comodines.', en: 'Check BROKER_TOPIC: case, slashes and wildcards.' },
    ],
    kb: ['suback.0x80', 'reason.0x87'],
  },
  {
    id: 'mqtt.subscribe.no_suback',
    severity: 'error',
    title: { es: 'Sin respuesta a la suscripción a {{topic}}', en: 'No answer to the subscription to {{topic}}' },
    explanation: {
      es: 'El broker aceptó la conexión pero no respondió al SUBSCRIBE en {{timeoutMs}} ms.',
      en: 'The broker accepted the connection but did not answer the SUBSCRIBE within {{timeoutMs}} ms.',
    },
    fixes: [ADMIN],
  },
  {
    id: 'mqtt.subscribe.hidden',
    severity: 'warning',
    title: { es: 'Suscrito a {{topic}}, pero no llega nada aunque el broker recibe tráfico', en: 'Subscribed to {{topic}}, but nothing arrives although the broker receives traffic' },
    explanation: {
      es: 'El broker concedió la suscripción, pero en {{seconds}} s no llegó ningún mensaje, mientras sus contadores $SYS muestran publicaciones entrantes ({{publishes}} en la ventana, {{perMin}}/min). La causa probable es la ACL: mosquitto 2.0 concede el SUBACK a un tema prohibido y luego no entrega nada. También puede ser que el servicio publique con otro tema.',
      en: 'The broker granted the subscription, but no message arrived in {{seconds}} s, while its $SYS counters show publishes coming in ({{publishes}} in the window, {{perMin}}/min). The likely cause is the ACL: mosquitto 2.0 grants the SUBACK for a forbidden topic and then delivers nothing. It may also be that the publishers use another topic.',
    },
    fixes: [
      { es: 'Pida al administrador que revise la ACL del usuario «{{username}}» para {{topic}}.', en: 'Ask the administrator to check the ACL of user "{{username}}" for {{topic}}.' },
      { es: 'Compare con otro usuario que sí reciba mensajes en ese tema.', en: 'Compare with another user who does receive messages on that topic.' },
    ],
  },
  {
    id: 'mqtt.no_messages',
    severity: 'warning',
    title: { es: 'Ningún mensaje en {{topic}} en {{seconds}} s', en: 'No message on {{topic}} in {{seconds}} s' },
    explanation: {
      es: 'La suscripción funciona, pero no llegó nada durante la ventana de escucha. El tema puede estar en calma (dispositivos parados, de noche), los publicadores pueden usar otro tema, o una ACL puede ocultarlo sin avisar.',
      en: 'The subscription works, but nothing arrived during the listen window. The topic may be quiet (devices stopped, night time), the publishers may use another topic, or an ACL may hide it silently.',
    },
    fixes: [
      { es: 'Escuche más tiempo (--listen 60) o suscríbase a un comodín («tracking/#») para ver qué temas hay.', en: 'Listen longer (--listen 60) or subscribe to a wildcard ("tracking/#") to see which topics exist.' },
      { es: 'Confirme que los dispositivos están publicando ahora.', en: 'Confirm the devices are publishing right now.' },
    ],
  },
  {
    id: 'mqtt.session_taken_over',
    severity: 'warning',
    title: { es: 'El broker echa a una conexión cuando otra usa su client ID', en: 'The broker drops a connection when another uses its client ID' },
    explanation: {
      es: 'Con el client ID «{{clientId}}», la conexión anterior fue cerrada {{ms}} ms después de que llegara la nueva. Es lo que hace MQTT: un solo cliente por ID. Si dos instancias del servicio comparten ID, se echan una a otra en bucle (el «código 7» de la guía).',
      en: 'With the client ID "{{clientId}}", the earlier connection was closed {{ms}} ms after the new one arrived. This is what MQTT does: one client per ID. If two instances of the service share an ID, they kick each other in a loop (the guide’s "code 7").',
    },
    fixes: [
      { es: 'Dé a cada instancia del servicio un client ID único (p. ej. con un sufijo aleatorio).', en: 'Give each instance of the service a unique client ID (e.g. with a random suffix).' },
      { es: 'Busque en el log del broker «already connected, closing old connection».', en: 'Look in the broker log for "already connected, closing old connection".' },
    ],
    kb: ['reason.0x8E'],
  },
  {
    id: 'mqtt.connection_dropped',
    severity: 'error',
    title: { es: 'La conexión se cortó durante la escucha', en: 'The connection dropped while listening' },
    explanation: {
      es: 'La conexión de diagnóstico se cerró a los {{ms}} ms de escucha sin que la cerráramos (código {{code}}). Puede ser un corte de red, un balanceador que cierra conexiones inactivas o el broker.',
      en: 'The diagnostic connection closed {{ms}} ms into the listen window without us closing it (code {{code}}). It may be a network cut, a load balancer closing idle connections, or the broker.',
    },
    fixes: [{ es: 'Use el monitor en vivo para ver si el corte se repite y con qué patrón.', en: 'Use the live monitor to see whether the drop repeats and with what pattern.' }, ADMIN],
  },
  {
    id: 'mqtt.keepalive.timeout',
    severity: 'error',
    title: { es: 'El broker no respondió al PINGREQ', en: 'The broker did not answer the PINGREQ' },
    explanation: {
      es: 'Se envió un PINGREQ y no llegó PINGRESP en {{waitedMs}} ms (keepalive de {{keepaliveS}} s). Un cliente cierra la conexión cuando pasa 1,5 veces el keepalive sin respuesta: el servicio se desconectaría en bucle.',
      en: 'A PINGREQ was sent and no PINGRESP came back within {{waitedMs}} ms (keepalive {{keepaliveS}} s). A client drops the connection after 1.5 times the keepalive without an answer: the service would disconnect in a loop.',
    },
    fixes: [{ es: 'Revise la latencia y pérdida de paquetes de la red hasta el broker; pruebe un keepalive mayor (120 s).', en: 'Check the network’s latency and packet loss to the broker; try a longer keepalive (120 s).' }, ADMIN],
  },
  {
    id: 'mqtt.keepalive.server_override',
    severity: 'info',
    title: { es: 'El broker impone un keepalive de {{serverKeepAliveS}} s', en: 'The broker imposes a keepalive of {{serverKeepAliveS}} s' },
    explanation: {
      es: 'El cliente pidió {{keepaliveS}} s, pero el CONNACK (MQTT 5) fija {{serverKeepAliveS}} s: es el valor que rige la conexión.',
      en: 'The client asked for {{keepaliveS}} s, but the CONNACK (MQTT 5) sets {{serverKeepAliveS}} s: that value governs the connection.',
    },
    fixes: [],
  },
  {
    id: 'mqtt.publish.denied',
    severity: 'warning',
    title: { es: 'El broker deniega publicar en {{topic}}', en: 'The broker denies publishing to {{topic}}' },
    explanation: {
      es: 'El PUBACK devolvió {{codeHex}}: el usuario «{{username}}» no puede publicar en el tema de diagnóstico. Si el servicio solo se suscribe no le afecta.',
      en: 'The PUBACK returned {{codeHex}}: the user "{{username}}" may not publish to the diagnostic topic. If the service only subscribes, it is not affected.',
    },
    fixes: [{ es: 'Si el servicio necesita publicar, pida permiso de escritura en la ACL.', en: 'If the service needs to publish, ask for write permission in the ACL.' }],
    kb: ['reason.0x87'],
  },
  {
    id: 'mqtt.publish.not_delivered',
    severity: 'warning',
    title: { es: 'Un mensaje publicado en {{topic}} no volvió', en: 'A message published to {{topic}} never came back' },
    explanation: {
      es: 'Se publicó un mensaje de prueba en un tema propio del diagnóstico y no se recibió en {{timeoutMs}} ms estando suscritos. Lo habitual es una ACL que prohíbe publicar o leer ese tema sin avisar (mosquitto con MQTT 3.1.1 descarta en silencio).',
      en: 'A test message was published to a topic of the diagnosis’ own and did not come back within {{timeoutMs}} ms while subscribed. Usually an ACL forbids publishing or reading that topic without saying so (mosquitto with MQTT 3.1.1 drops silently).',
    },
    fixes: [{ es: 'Pida al administrador que revise la ACL del usuario «{{username}}».', en: 'Ask the administrator to check the ACL of user "{{username}}".' }],
  },
  {
    id: 'mqtt.connection_limit',
    severity: 'warning',
    title: { es: 'El broker deja de aceptar conexiones en la número {{total}}', en: 'The broker stops accepting connections at number {{total}}' },
    explanation: {
      es: 'Con {{total}} conexiones de este equipo abiertas (la de diagnóstico y {{opened}} más), la siguiente fue rechazada ({{outcome}} {{code}}). El broker tiene un límite de conexiones (max_connections) o un límite por IP; las instancias del servicio que pasen de ahí no podrán conectar.',
      en: 'With {{total}} connections from this machine open (the diagnostic one and {{opened}} more), the next one was refused ({{outcome}} {{code}}). The broker has a connection limit (max_connections) or a per-IP limit; service instances past it will not be able to connect.',
    },
    fixes: [
      { es: 'Pregunte al administrador por max_connections y los límites por IP.', en: 'Ask the administrator about max_connections and per-IP limits.' },
      { es: 'Reduzca las conexiones que abre cada servicio (una por instancia).', en: 'Reduce the connections each service opens (one per instance).' },
    ],
  },
]);
