import type { LocalizedText } from '../model/localized';
import { t, type KbEntry, type KbStep } from './entry';

const LINUX = 'Linux errno (include/uapi/asm-generic/errno.h, errno-base.h); Node.js docs, Errors: Common system errors';
const GAI = 'glibc <netdb.h> getaddrinfo codes; Node.js docs, dns: Error codes';

function errno(code: string, value: number | undefined, name: string, step: KbStep, cite: string, meaning: LocalizedText, causes: LocalizedText[], next: LocalizedText[]): KbEntry {
  return { id: `errno.${code}`, source: 'errno', code, ...(value !== undefined ? { value } : {}), name, severity: 'error', meaning, causes, next, step, cite };
}

/** Network errno as Node (string code) and Python (`[Errno 111] Connection refused`) show them. */
export const errnoEntries: KbEntry[] = [
  errno('ECONNREFUSED', 111, 'Connection refused', 'tcp', LINUX,
    t('La máquina respondió, pero nada escucha en ese puerto (responde con RST; en UDP, con ICMP «port unreachable»).', 'The machine answered, but nothing listens on that port (it replies with RST; over UDP, with ICMP "port unreachable").'),
    [
      t('El broker (o el StatsD/Telegraf) está parado o escucha en otro puerto.', 'The broker (or StatsD/Telegraf) is stopped or listens on another port.'),
      t('Escucha solo en otra interfaz (127.0.0.1 en lugar de la IP pública).', 'It listens only on another interface (127.0.0.1 instead of the public IP).'),
      t('En StatsD por UDP (aio_statsd con socket conectado): no hay receptor de métricas en ese host:puerto, p. ej. 8126 frente a 8125.', 'For StatsD over UDP (aio_statsd with a connected socket): no metrics receiver at that host:port, e.g. 8126 versus 8125.'),
    ],
    [t('Compruebe el puerto en el paso TCP (o StatsD) y confirme con el administrador en qué puerto escucha el servicio.', 'Check the port in the TCP (or StatsD) step and confirm with the administrator which port the service listens on.')]),
  errno('ETIMEDOUT', 110, 'Connection timed out', 'tcp', LINUX,
    t('No llegó ninguna respuesta a tiempo: los paquetes se pierden por el camino.', 'No answer arrived in time: the packets are lost on the way.'),
    [t('Un cortafuegos descarta el tráfico en silencio.', 'A firewall silently drops the traffic.'), t('La máquina está apagada o la IP es incorrecta.', 'The machine is down or the IP is wrong.')],
    [t('Compruebe el puerto en el paso TCP y pida que se abra en los cortafuegos.', 'Check the port in the TCP step and ask for it to be opened in the firewalls.')]),
  errno('EHOSTUNREACH', 113, 'No route to host', 'tcp', LINUX,
    t('No hay camino de red hasta esa máquina.', 'There is no network path to that machine.'),
    [t('La máquina está apagada en la misma red (sin respuesta ARP) o un router la rechaza.', 'The machine is down on the same network (no ARP reply) or a router rejects it.'), t('Falta una ruta o una VPN.', 'A route or a VPN is missing.')],
    [t('Compruebe la red y la VPN; el paso TCP muestra la dirección usada.', 'Check the network and VPN; the TCP step shows the address used.')]),
  errno('ENETUNREACH', 101, 'Network is unreachable', 'tcp', LINUX,
    t('Este equipo no tiene ruta hacia esa red.', 'This machine has no route to that network.'),
    [t('Sin puerta de enlace, o una IPv6 sin conectividad IPv6.', 'No default gateway, or an IPv6 address without IPv6 connectivity.'), t('La VPN necesaria no está activa.', 'The required VPN is not up.')],
    [t('Compruebe la red de este equipo (ip route) y repita el paso TCP.', 'Check this machine’s network (ip route) and run the TCP step again.')]),
  errno('ECONNRESET', 104, 'Connection reset by peer', 'tcp', LINUX,
    t('El otro extremo, o un equipo intermedio, cortó la conexión con un RST.', 'The other end, or a device on the way, cut the connection with a RST.'),
    [t('El broker cerró la conexión (otro cliente con el mismo id, límite de conexiones, ACL).', 'The broker closed the connection (another client with the same id, a connection limit, an ACL).'), t('Un cortafuegos o balanceador cortó una conexión inactiva.', 'A firewall or load balancer cut an idle connection.'), t('TLS contra un puerto sin TLS, o al revés.', 'TLS against a port without TLS, or the other way round.')],
    [t('Vigile la conexión en el monitor y pida los registros del broker.', 'Watch the connection in the monitor and ask for the broker logs.')]),
  errno('EPIPE', 32, 'Broken pipe', 'monitor', LINUX,
    t('Se escribió en una conexión que el otro extremo ya había cerrado.', 'Something was written to a connection the other end had already closed.'),
    [t('El broker cerró la conexión y el cliente aún no lo sabía.', 'The broker closed the connection and the client did not know yet.')],
    [t('Busque por qué cerró el broker (monitor, registros del broker).', 'Find out why the broker closed it (monitor, broker logs).')]),
  errno('ENOTFOUND', -2, 'getaddrinfo ENOTFOUND / [Errno -2] Name or service not known', 'dns', GAI,
    t('El nombre no existe en DNS (EAI_NONAME, -2 en Python).', 'The name does not exist in DNS (EAI_NONAME, -2 in Python).'),
    [t('Un error de escritura en BROKER_HOST o STATSD_HOST.', 'A typo in BROKER_HOST or STATSD_HOST.'), t('El registro DNS ya no existe o solo existe en la red interna.', 'The DNS record no longer exists, or only exists on the internal network.')],
    [t('Compruebe el nombre en el paso DNS.', 'Check the name in the DNS step.')]),
  errno('EAI_AGAIN', -3, 'getaddrinfo EAI_AGAIN / [Errno -3] Temporary failure in name resolution', 'dns', GAI,
    t('La resolución DNS falló de forma temporal: el servidor DNS no respondió.', 'DNS resolution failed temporarily: the DNS server did not answer.'),
    [t('Sin red o sin DNS configurado en este equipo (o en el contenedor).', 'No network or no configured DNS on this machine (or in the container).'), t('El servidor DNS está caído o lento.', 'The DNS server is down or slow.')],
    [t('Repita el paso DNS; pruebe otro servidor DNS.', 'Run the DNS step again; try another DNS server.')]),
];
