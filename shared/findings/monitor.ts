import { defineFindings } from './definition';

/** Patterns the live monitor reads in a target's attempt history (electron/core/monitor/patterns.ts). */
export const monitorFindings = defineFindings([
  {
    id: 'monitor.client_id_conflict',
    severity: 'error',
    title: { es: 'Otro cliente usa el mismo client id ({{clientId}})', en: 'Another client uses the same client id ({{clientId}})' },
    explanation: {
      es: 'La sesión se cayó {{drops}} veces a los pocos segundos del CONNACK (mediana {{medianSessionS}} s; {{takeovers}} con el código 0x8E, sesión tomada por otro). El broker solo admite una conexión por client id: cuando entra la otra, cierra la anterior, y las dos se expulsan en bucle.',
      en: 'The session dropped {{drops}} times a few seconds after its CONNACK (median {{medianSessionS}} s; {{takeovers}} with reason 0x8E, session taken over). The broker allows one connection per client id: when the other one comes in it closes the older one, and the two keep kicking each other out.',
    },
    fixes: [
      { es: 'Dé a cada instancia del servicio un client id único (por ejemplo, añada el nombre del equipo o un sufijo aleatorio).', en: 'Give every instance of the service a unique client id (for example, append the host name or a random suffix).' },
      { es: 'Busque copias del servicio que sigan en marcha con la misma configuración (otro servidor, un contenedor antiguo).', en: 'Look for copies of the service still running with the same settings (another server, an old container).' },
    ],
    command: 'grep "already connected" /var/log/mosquitto/mosquitto.log',
  },
  {
    id: 'monitor.network_unstable',
    severity: 'error',
    title: { es: 'La red hasta el broker es inestable', en: 'The network to the broker is unstable' },
    explanation: {
      es: '{{failures}} de {{attempts}} intentos de conexión fallaron por la red ({{codes}}); los últimos {{streak}} seguidos. Los reintentos siguen aumentando: el problema está en el camino de red, no en la configuración MQTT.',
      en: '{{failures}} of {{attempts}} connection attempts failed on the network ({{codes}}); the last {{streak}} in a row. Reconnect attempts keep rising: the trouble is on the network path, not in the MQTT settings.',
    },
    fixes: [
      { es: 'Mida la pérdida de paquetes hacia {{host}} y revise el enlace, la VPN o el Wi-Fi de este equipo.', en: 'Measure packet loss towards {{host}} and check this machine’s link, VPN or Wi-Fi.' },
      { es: 'Pregunte al administrador del broker si este se reinicia o si hay un límite de conexiones por IP.', en: 'Ask the broker administrator whether the broker restarts or limits connections per IP.' },
    ],
    command: 'ping -c 20 {{host}}',
  },
  {
    id: 'monitor.broker_slow',
    severity: 'warning',
    title: { es: 'El broker tarda en aceptar conexiones', en: 'The broker is slow to accept connections' },
    explanation: {
      es: 'Las últimas conexiones tardaron {{recentMs}} ms hasta el CONNACK, {{factor}} veces lo habitual para este broker ({{baselineMs}} ms). La red responde, pero el broker tarda: está cargado, o su autenticación (una base de datos, un plugin) es lenta.',
      en: 'The latest connections took {{recentMs}} ms to CONNACK, {{factor}} times this broker’s usual ({{baselineMs}} ms). The network answers, but the broker is slow: it is loaded, or its authentication (a database, a plugin) is slow.',
    },
    fixes: [
      { es: 'Pida al administrador la carga del broker (CPU, memoria, número de clientes) y sus registros.', en: 'Ask the administrator for the broker’s load (CPU, memory, client count) and its logs.' },
      { es: 'Si usa un plugin de autenticación, revise la latencia de su base de datos.', en: 'If it uses an authentication plugin, check its database’s latency.' },
    ],
    command: 'mosquitto_sub -h {{host}} -p {{port}} -t \'$SYS/broker/clients/connected\' -C 1 -v',
  },
  {
    id: 'monitor.idle_timeout',
    severity: 'warning',
    title: { es: 'Algo corta la conexión tras {{intervalS}} s sin tráfico', en: 'Something cuts the connection after {{intervalS}} s without traffic' },
    explanation: {
      es: '{{sessions}} sesiones terminaron sin aviso del broker tras unos {{intervalS}} s en silencio, antes de que el keepalive ({{keepaliveS}} s) enviara un PINGREQ. Es el patrón de un NAT, un cortafuegos o un balanceador que cierra las conexiones TCP inactivas.',
      en: '{{sessions}} sessions ended with no word from the broker after about {{intervalS}} s of silence, before the keepalive ({{keepaliveS}} s) sent a PINGREQ. That is the mark of a NAT, firewall or load balancer that closes idle TCP connections.',
    },
    fixes: [
      { es: 'Baje el keepalive del servicio a {{suggestedKeepaliveS}} s o menos, para que haya tráfico antes del corte.', en: 'Lower the service’s keepalive to {{suggestedKeepaliveS}} s or less, so there is traffic before the cut.' },
      { es: 'O pida que se alargue el tiempo de inactividad del NAT o balanceador entre este equipo y el broker.', en: 'Or ask for the idle timeout of the NAT or load balancer between this machine and the broker to be raised.' },
    ],
  },
  {
    id: 'monitor.auth_failing',
    severity: 'error',
    title: { es: 'El broker rechaza la conexión (código {{code}})', en: 'The broker refuses the connection (code {{code}})' },
    explanation: {
      es: 'El broker respondió al CONNECT con un rechazo {{refusals}} veces (último código {{code}}). Reintentar no lo arreglará: con 4 o 5 (0x86, 0x87 en MQTT 5) el usuario o la contraseña no son válidos o no tienen permiso.',
      en: 'The broker answered CONNECT with a refusal {{refusals}} times (last code {{code}}). Retrying will not fix it: with 4 or 5 (0x86, 0x87 in MQTT 5) the user name or password is wrong or not allowed.',
    },
    fixes: [
      { es: 'Compruebe MQTT_USERNAME y MQTT_PASSWORD del servicio con el administrador del broker.', en: 'Check the service’s MQTT_USERNAME and MQTT_PASSWORD with the broker administrator.' },
      { es: 'Pida que revise el archivo de contraseñas y la ACL del broker para ese usuario.', en: 'Ask them to check the broker’s password file and ACL for that user.' },
    ],
    command: "mosquitto_sub -h {{host}} -p {{port}} -u USER -P '***' -t '$SYS/#' -C 1 -d",
  },
  {
    id: 'monitor.stable',
    severity: 'info',
    title: { es: 'Conexión estable', en: 'The connection is stable' },
    explanation: {
      es: 'Conectado desde hace {{uptimeS}} s; {{attempts}} intentos en la ventana observada, {{failures}} fallidos; CONNACK en {{medianConnackMs}} ms (mediana).',
      en: 'Connected for {{uptimeS}} s; {{attempts}} attempts in the observed window, {{failures}} failed; CONNACK in {{medianConnackMs}} ms (median).',
    },
    fixes: [],
  },
]);
