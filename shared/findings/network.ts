import { defineFindings } from './definition';

export const networkFindings = defineFindings([
  {
    id: 'dns.not_found',
    severity: 'error',
    title: { es: 'El nombre {{host}} no existe en DNS', en: 'The name {{host}} does not exist in DNS' },
    explanation: {
      es: 'El servidor DNS respondió que {{host}} no tiene dirección (ENOTFOUND). Suele ser un error de escritura en el nombre o un registro DNS que ya no existe.',
      en: 'The DNS server answered that {{host}} has no address (ENOTFOUND). This is usually a typo in the name or a DNS record that no longer exists.',
    },
    fixes: [
      { es: 'Revise la ortografía del nombre en BROKER_HOST.', en: 'Check the spelling of the name in BROKER_HOST.' },
      { es: 'Pregunte al administrador el nombre o la IP actual del broker.', en: 'Ask the administrator for the broker’s current name or IP.' },
    ],
    command: 'getent hosts {{host}}',
    kb: ['errno.ENOTFOUND'],
  },
  {
    id: 'dns.temporary_failure',
    severity: 'error',
    title: { es: 'No se pudo consultar el DNS para {{host}}', en: 'DNS could not be queried for {{host}}' },
    explanation: {
      es: 'La resolución de {{host}} falló de forma temporal (EAI_AGAIN): el servidor DNS no respondió o no hay red. El nombre puede ser correcto.',
      en: 'Resolving {{host}} failed temporarily (EAI_AGAIN): the DNS server did not answer or there is no network. The name may well be right.',
    },
    fixes: [
      { es: 'Compruebe que este equipo tiene red y un DNS configurado (/etc/resolv.conf).', en: 'Check that this machine has a network and a configured DNS server (/etc/resolv.conf).' },
      { es: 'Repita la prueba en unos minutos.', en: 'Run the check again in a few minutes.' },
    ],
    command: 'getent hosts {{host}}',
    kb: ['errno.EAI_AGAIN'],
  },
  {
    id: 'dns.timeout',
    severity: 'error',
    title: { es: 'El DNS no respondió a tiempo para {{host}}', en: 'DNS did not answer in time for {{host}}' },
    explanation: {
      es: 'La resolución de {{host}} no terminó en {{timeoutMs}} ms. El servidor DNS está lento o inaccesible.',
      en: 'Resolving {{host}} did not finish within {{timeoutMs}} ms. The DNS server is slow or unreachable.',
    },
    fixes: [{ es: 'Compruebe el DNS configurado en este equipo, o use la IP del broker.', en: 'Check the DNS server this machine uses, or use the broker’s IP.' }],
    command: 'getent hosts {{host}}',
  },
  {
    id: 'tcp.refused',
    severity: 'error',
    title: { es: 'Conexión rechazada en {{host}}:{{port}}', en: 'Connection refused at {{host}}:{{port}}' },
    explanation: {
      es: 'La máquina {{address}} respondió, pero nada escucha en el puerto {{port}} (ECONNREFUSED, errno 111). El broker está parado, escucha en otro puerto o solo en otra interfaz.',
      en: 'The machine {{address}} answered, but nothing listens on port {{port}} (ECONNREFUSED, errno 111). The broker is stopped, listens on another port, or only on another interface.',
    },
    fixes: [
      { es: 'Confirme con el administrador que el broker está en marcha y en qué puerto escucha.', en: 'Confirm with the administrator that the broker is running and which port it listens on.' },
      { es: 'Revise el puerto en BROKER_HOST (1883 sin TLS, 8883 con TLS).', en: 'Check the port in BROKER_HOST (1883 without TLS, 8883 with TLS).' },
    ],
    command: 'nc -zv {{host}} {{port}}',
    kb: ['errno.ECONNREFUSED'],
  },
  {
    id: 'tcp.timeout',
    severity: 'error',
    title: { es: 'Sin respuesta de {{host}}:{{port}}', en: 'No answer from {{host}}:{{port}}' },
    explanation: {
      es: 'La conexión TCP a {{address}}:{{port}} no se completó en {{timeoutMs}} ms. Un cortafuegos descarta los paquetes en silencio o la máquina no está encendida.',
      en: 'The TCP connection to {{address}}:{{port}} did not complete within {{timeoutMs}} ms. A firewall is silently dropping packets or the machine is down.',
    },
    fixes: [
      { es: 'Pida que se abra el puerto {{port}} hacia el broker en el cortafuegos (de este equipo, de la red y del servidor).', en: 'Ask for port {{port}} towards the broker to be opened in the firewall (this machine’s, the network’s and the server’s).' },
      { es: 'Compruebe que la IP del broker es la correcta.', en: 'Check that the broker’s IP is the right one.' },
    ],
    command: 'nc -zv -w 5 {{host}} {{port}}',
    kb: ['errno.ETIMEDOUT'],
  },
  {
    id: 'tcp.unreachable',
    severity: 'error',
    title: { es: 'No hay ruta hasta {{host}}', en: 'No route to {{host}}' },
    explanation: {
      es: 'El sistema no encuentra camino de red hasta {{address}} ({{code}}). Falta una ruta, una VPN no está activa o un router rechaza el tráfico.',
      en: 'The system finds no network path to {{address}} ({{code}}). A route is missing, a VPN is down, or a router rejects the traffic.',
    },
    fixes: [
      { es: 'Compruebe la conexión de red y la VPN de este equipo.', en: 'Check this machine’s network connection and VPN.' },
      { es: 'Pregunte al equipo de red si {{address}} es alcanzable desde aquí.', en: 'Ask the network team whether {{address}} is reachable from here.' },
    ],
    command: 'ping -c 3 {{host}}',
    kb: ['errno.EHOSTUNREACH', 'errno.ENETUNREACH'],
  },
  {
    id: 'tcp.reset',
    severity: 'error',
    title: { es: 'La conexión fue reiniciada por {{host}}', en: 'The connection was reset by {{host}}' },
    explanation: {
      es: 'El otro extremo o un equipo intermedio cortó la conexión con un RST (ECONNRESET). Suele ser un cortafuegos, un balanceador o un límite de conexiones.',
      en: 'The other end or a device on the way cut the connection with a RST (ECONNRESET). It is usually a firewall, a load balancer or a connection limit.',
    },
    fixes: [{ es: 'Pregunte al administrador si hay límites por IP o reglas que corten conexiones.', en: 'Ask the administrator whether per-IP limits or rules cut connections.' }],
    command: 'nc -zv {{host}} {{port}}',
    kb: ['errno.ECONNRESET'],
  },
  {
    id: 'tcp.error',
    severity: 'error',
    title: { es: 'Error de red al conectar con {{host}}:{{port}}', en: 'Network error connecting to {{host}}:{{port}}' },
    explanation: {
      es: 'La conexión TCP falló con {{code}}: {{message}}.',
      en: 'The TCP connection failed with {{code}}: {{message}}.',
    },
    fixes: [{ es: 'Busque el código {{code}} en el decodificador de errores.', en: 'Look up the code {{code}} in the error decoder.' }],
    command: 'nc -zv {{host}} {{port}}',
  },
]);
