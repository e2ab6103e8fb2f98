import type { LocalizedText } from '../model/localized';
import { t, type KbEntry, type KbStep } from './entry';

const CLIENT = 'mosquitto (eclipse/mosquitto) client/client_shared.c and lib/strings_mosq.c (mosquitto_strerror)';
const BROKER = 'mosquitto (eclipse/mosquitto) broker log messages, src/';

function mosq(id: string, name: string, severity: KbEntry['severity'], step: KbStep, cite: string, meaning: LocalizedText, causes: LocalizedText[], next: LocalizedText[]): KbEntry {
  return { id: `mosquitto.${id}`, source: 'mosquitto', code: id, name, severity, meaning, causes, next, step, cite };
}

/**
 * mosquitto_sub/mosquitto_pub messages that are not plain CONNACK or errno texts (those decode
 * to connack.* and errno.*), and the broker log lines support staff are sent.
 */
export const mosquittoEntries: KbEntry[] = [
  mosq('client.lookup_error', 'Unable to connect (Lookup error.).', 'error', 'dns', CLIENT,
    t('mosquitto_sub/pub no pudo resolver el nombre del broker (MOSQ_ERR_EAI).', 'mosquitto_sub/pub could not resolve the broker name (MOSQ_ERR_EAI).'),
    [t('Nombre mal escrito o inexistente en DNS.', 'A misspelt name, or one missing from DNS.'), t('Sin DNS en este equipo.', 'No DNS on this machine.')],
    [t('Compruebe el nombre en el paso DNS.', 'Check the name in the DNS step.')]),
  mosq('client.tls_error', 'Error: A TLS error occurred.', 'error', 'tls', CLIENT,
    t('mosquitto_sub/pub no pudo completar la negociación TLS (MOSQ_ERR_TLS).', 'mosquitto_sub/pub could not complete the TLS handshake (MOSQ_ERR_TLS).'),
    [t('Falta --cafile o el certificado no es válido para ese nombre.', '--cafile is missing or the certificate is not valid for that name.'), t('TLS contra un puerto en claro.', 'TLS against a plain port.')],
    [t('Compruebe el certificado en el paso TLS.', 'Check the certificate in the TLS step.')]),
  mosq('log.already_connected', 'Client <id> already connected, closing old connection.', 'warning', 'monitor', `${BROKER}handle_connect.c`,
    t('Llegó un segundo cliente con el mismo client id y el broker cerró la conexión anterior.', 'A second client arrived with the same client id and the broker closed the earlier connection.'),
    [t('Dos instancias (o una prueba manual) con el mismo client id: se expulsan en bucle; el expulsado ve rc=7 (3.1.1) o 0x8E (MQTT 5).', 'Two instances (or a manual test) with one client id: they kick each other in a loop; the kicked one sees rc=7 (3.1.1) or 0x8E (MQTT 5).'), t('Un reinicio rápido del servicio antes de que el broker notara la caída.', 'A quick service restart before the broker noticed the drop.')],
    [t('Dé a cada instancia un client id propio y estable; el monitor muestra si se repite.', 'Give each instance its own stable client id; the monitor shows whether it repeats.')]),
  mosq('log.exceeded_timeout', 'Client <id> has exceeded timeout, disconnecting.', 'warning', 'monitor', `${BROKER}loop.c (keepalive check)`,
    t('El broker no recibió nada del cliente en 1,5 × keepalive y lo desconectó.', 'The broker received nothing from the client within 1.5 × keepalive and disconnected it.'),
    [t('Un NAT o balanceador cortó la conexión inactiva (el cliente no se enteró).', 'A NAT or load balancer dropped the idle connection (the client did not notice).'), t('El cliente estuvo bloqueado sin enviar PINGREQ.', 'The client was blocked without sending PINGREQ.')],
    [t('Compare el keepalive con el tiempo de inactividad de la red (linter) y vigile el monitor.', 'Compare the keepalive with the network idle timeout (linter) and watch the monitor.')]),
  mosq('log.max_connections', '... denied: max_connections exceeded.', 'error', 'mqtt', `${BROKER}net.c (max_connections)`,
    t('El broker rechazó la conexión porque alcanzó su límite max_connections.', 'The broker refused the connection because it reached its max_connections limit.'),
    [t('Demasiados clientes, o clientes que reconectan sin cerrar las conexiones viejas.', 'Too many clients, or clients reconnecting without closing old connections.')],
    [t('Pida al administrador el valor de max_connections y cuántas conexiones hay.', 'Ask the administrator for the max_connections value and the current connection count.')]),
  mosq('log.not_authorised', 'Client <id> disconnected, not authorised.', 'error', 'mqtt', `${BROKER}handle_connect.c`,
    t('El broker rechazó el usuario o la contraseña de ese cliente.', 'The broker rejected that client’s user name or password.'),
    [t('Credenciales incorrectas o conexión anónima con allow_anonymous false.', 'Wrong credentials, or an anonymous connection with allow_anonymous false.')],
    [t('Pruebe las credenciales en el paso MQTT.', 'Try the credentials in the MQTT step.')]),
  mosq('log.socket_error', 'Socket error on client <id>, disconnecting.', 'warning', 'monitor', `${BROKER}loop.c`,
    t('La conexión de ese cliente se rompió (reset, cierre abrupto).', 'That client’s connection broke (reset, abrupt close).'),
    [t('El proceso del cliente murió o la red se cortó.', 'The client process died or the network was cut.'), t('Un cortafuegos cortó la conexión.', 'A firewall cut the connection.')],
    [t('Mire la hora del corte en los registros del servicio y en el monitor.', 'Look at the time of the cut in the service logs and in the monitor.')]),
  mosq('log.protocol_error', 'Client <id> disconnected due to protocol error.', 'error', 'mqtt', `${BROKER}read_handle.c`,
    t('El cliente envió algo que rompe el protocolo MQTT.', 'The client sent something that breaks the MQTT protocol.'),
    [t('Versión MQTT mal configurada o una librería con errores.', 'A misconfigured MQTT version or a buggy library.'), t('Algo que no es MQTT conectado al puerto.', 'Something that is not MQTT connected to the port.')],
    [t('Pruebe la conexión en el paso MQTT.', 'Try the connection in the MQTT step.')]),
  mosq('log.acl_denied', 'Denied PUBLISH/SUBSCRIBE from <id> ...', 'error', 'subscribe', `${BROKER}handle_publish.c, handle_subscribe.c`,
    t('La ACL del broker denegó a ese cliente publicar o suscribirse a un tema.', 'The broker ACL denied that client a publish or a subscription on a topic.'),
    [t('El usuario no tiene permiso sobre ese tema.', 'The user has no permission on that topic.')],
    [t('Pruebe el tema en el paso de suscripción y pida la ACL al administrador.', 'Try the topic in the subscribe step and ask the administrator for the ACL.')]),
];
