import { defineFindings } from './definition';

/** Findings of the StatsD diagnosis (statsd.config, statsd.dns, statsd.udp, statsd.admin, statsd.send). */
export const statsdFindings = defineFindings([
  {
    id: 'statsd.disabled',
    severity: 'info',
    title: { es: 'Las métricas StatsD están desactivadas', en: 'StatsD metrics are turned off' },
    explanation: {
      es: 'STATSD_ENABLED vale false (o no está), así que el servicio no envía métricas y tampoco registra errores de StatsD. Funciona igual de bien sin ellas; solo se pierde la monitorización de latencias y contadores.',
      en: 'STATSD_ENABLED is false (or missing), so the service sends no metrics and logs no StatsD errors. It works just as well without them; only the latency and counter monitoring is lost.',
    },
    fixes: [
      {
        es: 'Para tener métricas: arranque un receptor (Telegraf; la pestaña StatsD genera su configuración y el docker run), y después ponga STATSD_ENABLED=true, STATSD_HOST y STATSD_PORT en el .env y reinicie el servicio.',
        en: 'To get metrics: start a receiver (Telegraf; the StatsD tab generates its config and the docker run), then set STATSD_ENABLED=true, STATSD_HOST and STATSD_PORT in the .env and restart the service.',
      },
      {
        es: 'Antes de tener servidor puede ver lo que enviaría el servicio con el receptor integrado: siscom-doctor statsd-sink --port 8125.',
        en: 'Before any server exists you can see what the service would send with the built-in sink: siscom-doctor statsd-sink --port 8125.',
      },
    ],
  },
  {
    id: 'statsd.config.invalid',
    severity: 'error',
    title: { es: '{{field}} no es válido', en: '{{field}} is not valid' },
    explanation: {
      es: 'El valor «{{value}}» de {{field}} no se puede usar, así que el servicio no enviará métricas donde se espera (o no arrancará).',
      en: 'The value "{{value}}" of {{field}} cannot be used, so the service will not send metrics where expected (or will not start).',
    },
    fixes: [
      { es: 'STATSD_ENABLED: true o false.', en: 'STATSD_ENABLED: true or false.' },
      { es: 'STATSD_HOST: solo un nombre o una IP, sin protocolo ni puerto (p. ej. localhost).', en: 'STATSD_HOST: only a name or an IP, without protocol or port (e.g. localhost).' },
      { es: 'STATSD_PORT: un número de 1 a 65535, el puerto UDP de métricas (8125 es el habitual).', en: 'STATSD_PORT: a number from 1 to 65535, the UDP metrics port (8125 is the usual one).' },
      { es: 'STATSD_PREFIX: sin espacios ni los caracteres : | @ #, que rompen el formato de línea.', en: 'STATSD_PREFIX: no spaces and none of : | @ #, which break the line format.' },
    ],
  },
  {
    id: 'statsd.dns.not_found',
    severity: 'error',
    title: { es: 'El servidor StatsD {{host}} no existe en DNS', en: 'The StatsD server {{host}} does not exist in DNS' },
    explanation: {
      es: 'El nombre {{host}} de STATSD_HOST no tiene dirección ({{code}}). El servicio no puede enviar ninguna métrica: es un error de escritura o un registro que ya no existe.',
      en: 'The name {{host}} in STATSD_HOST has no address ({{code}}). The service cannot send any metric: it is a typo or a record that no longer exists.',
    },
    fixes: [
      { es: 'Revise STATSD_HOST; si el receptor corre en la misma máquina, use localhost.', en: 'Check STATSD_HOST; if the receiver runs on the same machine, use localhost.' },
      { es: 'Pregunte el nombre o la IP del servidor de métricas.', en: 'Ask for the metrics server’s name or IP.' },
    ],
    command: 'getent hosts {{host}}',
    kb: ['errno.ENOTFOUND'],
  },
  {
    id: 'statsd.dns.failed',
    severity: 'error',
    title: { es: 'No se pudo resolver el servidor StatsD {{host}}', en: 'The StatsD server {{host}} could not be resolved' },
    explanation: {
      es: 'La consulta DNS de {{host}} falló ({{code}}): el servidor DNS no respondió a tiempo o dio un error. El nombre puede ser correcto.',
      en: 'The DNS query for {{host}} failed ({{code}}): the DNS server did not answer in time or returned an error. The name may well be right.',
    },
    fixes: [
      { es: 'Compruebe el DNS de este equipo (/etc/resolv.conf) y repita la prueba.', en: 'Check this machine’s DNS (/etc/resolv.conf) and run the check again.' },
      { es: 'O use la IP del servidor de métricas en STATSD_HOST.', en: 'Or put the metrics server’s IP in STATSD_HOST.' },
    ],
    command: 'getent hosts {{host}}',
  },
  {
    id: 'statsd.port_unreachable',
    severity: 'error',
    title: { es: 'Nada recibe métricas en {{host}}:{{port}} (UDP)', en: 'Nothing receives metrics at {{host}}:{{port}} (UDP)' },
    explanation: {
      es: 'La máquina {{address}} devolvió «puerto inalcanzable» a las pruebas UDP: ningún programa escucha en el puerto {{port}}. Es exactamente el «[Errno 111] Connection refused» que registra el servicio (aio_statsd). El servicio sigue funcionando, pero las métricas se pierden.',
      en: 'The machine {{address}} answered the UDP probes with "port unreachable": no program listens on port {{port}}. This is exactly the "[Errno 111] Connection refused" the service logs (aio_statsd). The service keeps working, but the metrics are lost.',
    },
    fixes: [
      { es: 'Arranque el receptor (Telegraf o statsd) escuchando en UDP {{port}}; la pestaña StatsD genera la configuración y el docker run.', en: 'Start the receiver (Telegraf or statsd) listening on UDP {{port}}; the StatsD tab generates the config and the docker run.' },
      { es: 'Si el receptor ya corre, compruebe en qué puerto UDP escucha (en esa máquina: ss -ulpn) y ajuste STATSD_PORT.', en: 'If the receiver already runs, check which UDP port it listens on (on that machine: ss -ulpn) and fix STATSD_PORT.' },
      { es: 'Si no quiere métricas, ponga STATSD_ENABLED=false y el error desaparece.', en: 'If you do not want metrics, set STATSD_ENABLED=false and the error goes away.' },
    ],
    command: 'nc -zvu {{host}} {{port}}',
    kb: ['errno.ECONNREFUSED'],
  },
  {
    id: 'statsd.network_error',
    severity: 'error',
    title: { es: 'Error de red al enviar a {{address}}:{{port}} (UDP)', en: 'Network error sending to {{address}}:{{port}} (UDP)' },
    explanation: {
      es: 'El envío UDP falló con {{code}}: {{message}}. No hay camino de red hasta el servidor de métricas o el sistema rechazó el envío.',
      en: 'The UDP send failed with {{code}}: {{message}}. There is no network path to the metrics server or the system refused the send.',
    },
    fixes: [
      { es: 'Compruebe la red, la VPN y las rutas hacia {{address}}.', en: 'Check the network, the VPN and the routes towards {{address}}.' },
      { es: 'Busque el código {{code}} en el decodificador de errores.', en: 'Look up the code {{code}} in the error decoder.' },
    ],
    command: 'nc -zvu {{address}} {{port}}',
  },
  {
    id: 'statsd.unconfirmed',
    severity: 'warning',
    title: { es: 'No se puede confirmar que alguien reciba las métricas en {{host}}:{{port}}', en: 'No way to confirm that anyone receives the metrics at {{host}}:{{port}}' },
    explanation: {
      es: 'Las {{probes}} pruebas UDP no recibieron rechazo, pero en UDP el silencio por sí solo no prueba nada: un cortafuegos puede descartar los paquetes sin avisar, y ningún servidor confirma lo que recibe. Tampoco respondió un servicio de administración ni un receptor integrado que pudiera contar las métricas de prueba.',
      en: 'The {{probes}} UDP probes met no refusal, but over UDP silence proves nothing on its own: a firewall may drop the packets without a word, and no server acknowledges what it receives. No management service or built-in sink answered either, to count the test metrics.',
    },
    fixes: [
      { es: 'Mire en el receptor (Telegraf: la salida de [[outputs.file]]; statsd: su puerto de administración) si llegan nombres con «siscom_doctor.test».', en: 'Look at the receiver (Telegraf: the [[outputs.file]] output; statsd: its management port) for names with "siscom_doctor.test".' },
      { es: 'Si el servidor es Etsy statsd, indique su puerto de administración (8126 por defecto) para que la prueba lea sus contadores.', en: 'If the server is Etsy statsd, give its management port (8126 by default) so the check reads its counters.' },
      { es: 'Para ver lo que llega sin servidor, arranque el receptor integrado en ese puerto y repita el diagnóstico.', en: 'To see what arrives without a server, start the built-in sink on that port and run the diagnosis again.' },
    ],
    command: 'nc -zvu {{host}} {{port}}',
  },
  {
    id: 'statsd.admin_port',
    severity: 'error',
    title: { es: 'Las métricas apuntan al puerto de administración {{port}}', en: 'Metrics are aimed at the management port {{port}}' },
    explanation: {
      es: 'En TCP {{port}} de {{host}} responde un servicio de administración o de APM ({{reply}}), no el receptor de métricas. En StatsD, 8126 suele ser la consola de administración de Etsy statsd o el agente APM de Datadog; las métricas van por UDP a otro puerto (8125 por lo general).',
      en: 'On TCP {{port}} of {{host}} a management or APM service answers ({{reply}}), not the metrics receiver. With StatsD, 8126 is usually Etsy statsd’s management console or Datadog’s APM agent; metrics go over UDP to another port (usually 8125).',
    },
    fixes: [
      { es: 'Ponga en STATSD_PORT el puerto UDP de métricas del servidor (8125 salvo que se configurara otro) y reinicie el servicio.', en: 'Put the server’s UDP metrics port in STATSD_PORT (8125 unless another was configured) and restart the service.' },
      { es: 'Si usa Telegraf, su service_address decide el puerto: genere la configuración en la pestaña StatsD.', en: 'If you use Telegraf, its service_address decides the port: generate the config in the StatsD tab.' },
    ],
    command: "printf 'health\\n' | nc -q 1 {{host}} {{port}}",
  },
  {
    id: 'statsd.send_failed',
    severity: 'error',
    title: { es: 'El cliente StatsD no pudo enviar a {{host}}:{{port}}', en: 'The StatsD client could not send to {{host}}:{{port}}' },
    explanation: {
      es: 'El cliente StatsD (hot-shots, por {{protocol}}) informó de un error al enviar las métricas de prueba: {{code}} {{message}}.',
      en: 'The StatsD client (hot-shots, over {{protocol}}) reported an error sending the test metrics: {{code}} {{message}}.',
    },
    fixes: [
      { es: 'Compruebe que el receptor escucha en ese puerto y protocolo.', en: 'Check that the receiver listens on that port and protocol.' },
      { es: 'Busque el código {{code}} en el decodificador de errores.', en: 'Look up the code {{code}} in the error decoder.' },
    ],
  },
  {
    id: 'statsd.not_received',
    severity: 'error',
    title: { es: 'El servidor StatsD no recibió las métricas de prueba', en: 'The StatsD server did not receive the test metrics' },
    explanation: {
      es: 'Un Etsy statsd responde en la administración (TCP {{adminPort}}), pero sus contadores no cambiaron tras enviar a UDP {{port}} ({{proof}}). Ese servidor escucha las métricas en otro puerto o dirección, o algo por el camino descarta los paquetes.',
      en: 'An Etsy statsd answers on its management port (TCP {{adminPort}}), but its counters did not move after sending to UDP {{port}} ({{proof}}). That server listens for metrics on another port or address, or something on the way drops the packets.',
    },
    fixes: [
      { es: 'Pregunte por el «port» de la configuración de statsd (en la consola: config) y póngalo en STATSD_PORT.', en: 'Ask for the "port" in the statsd configuration (on the console: config) and put it in STATSD_PORT.' },
      { es: 'Compruebe que statsd escucha en una dirección alcanzable («address», no solo 127.0.0.1 si el servicio está en otra máquina).', en: 'Check that statsd listens on a reachable address ("address", not only 127.0.0.1 if the service runs elsewhere).' },
    ],
    command: "printf 'counters\\n' | nc -q 1 {{host}} {{adminPort}}",
  },
  {
    id: 'statsd.ok',
    severity: 'info',
    title: { es: 'Las métricas llegan a {{host}}:{{port}}', en: 'Metrics arrive at {{host}}:{{port}}' },
    explanation: {
      es: 'Las métricas de prueba (contador, temporizador y gauge) llegaron al receptor y este las contó: {{proof}}.',
      en: 'The test metrics (counter, timer and gauge) reached the receiver and it counted them: {{proof}}.',
    },
    fixes: [],
  },
]);
