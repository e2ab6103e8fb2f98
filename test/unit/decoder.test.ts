import { describe, expect, it } from 'vitest';
import { decode, decodeCode, decodeText } from '../../shared/decoder';

const ids = (text: string): string[] => decodeText(text).hits.map((h) => h.entry.id);

describe('decoding a bare code', () => {
  it('7 is paho’s connection lost, and says it is not a CONNACK code', () => {
    const d = decodeCode('7');
    expect(d.matches.map((m) => m.id)).toEqual(['paho.7']);
    expect(d.absent.map((a) => a.source)).toEqual(['connack', 'reason']);
    expect(d.absent[0]?.note.en).toMatch(/Not a CONNACK code.*0 to 5/);
    expect(d.absent[0]?.note.es).toMatch(/No es un código CONNACK/);
  });

  it('lists every source that defines a number, most likely first', () => {
    expect(decodeCode('5').matches.map((m) => m.id)).toEqual(['connack.5', 'paho.5']);
    expect(decodeCode('0').matches.map((m) => m.id)).toEqual(['connack.0', 'paho.0', 'reason.0x00']);
    expect(decodeCode('128').matches.map((m) => m.id)).toEqual(['reason.0x80', 'suback.0x80']);
    expect(decodeCode('16').matches.map((m) => m.id)).toEqual(['paho.16']);
    expect(decodeCode('111').matches.map((m) => m.id)).toEqual(['errno.ECONNREFUSED']);
    expect(decodeCode('-1').matches.map((m) => m.id)).toEqual(['paho.-1']);
    expect(decodeCode('-3').matches.map((m) => m.id)).toEqual(['errno.EAI_AGAIN']);
  });

  it('reads hex reason codes and names', () => {
    expect(decodeCode('0x8E').matches.map((m) => m.id)).toEqual(['reason.0x8E']);
    expect(decodeCode('0x8e').matches.map((m) => m.id)).toEqual(['reason.0x8E']);
    expect(decodeCode('142').matches.map((m) => m.id)).toEqual(['reason.0x8E']);
    expect(decodeCode('ECONNREFUSED').matches.map((m) => m.id)).toEqual(['errno.ECONNREFUSED']);
    expect(decodeCode('mqtt_err_conn_lost').matches.map((m) => m.id)).toEqual(['paho.7']);
    expect(decodeCode('CERT_HAS_EXPIRED').matches.map((m) => m.id)).toEqual(['tls.CERT_HAS_EXPIRED']);
    expect(decodeCode('connack.4').matches.map((m) => m.id)).toEqual(['connack.4']);
  });

  it('narrows to one source with --source, saying when it has no such code', () => {
    expect(decodeCode('5', 'paho').matches.map((m) => m.id)).toEqual(['paho.5']);
    const none = decodeCode('7', 'connack');
    expect(none.matches).toEqual([]);
    expect(none.absent.map((a) => a.source)).toEqual(['connack']);
    expect(decodeCode('128', 'connack').matches.map((m) => m.id)).toEqual(['suback.0x80']);
  });

  it('knows nothing of unknown numbers and says so per source', () => {
    const d = decodeCode('999');
    expect(d.matches).toEqual([]);
    expect(d.absent.length).toBe(3);
  });
});

describe('decoding free text', () => {
  it('the guide’s aio_statsd lines: errno 111, with the StatsD reading', () => {
    const text = 'aio_statsd.client - ERROR - status:False error: [Errno 111] Connection refused\nConnectionRefusedError: [Errno 111] Connection refused';
    const { hits } = decodeText(text);
    expect(hits.map((h) => h.entry.id)).toEqual(['errno.ECONNREFUSED']);
    expect(hits[0]?.count).toBeGreaterThan(1);
    expect(hits[0]?.hint?.en).toMatch(/StatsD/);
  });

  it('mosquitto_sub messages', () => {
    expect(ids('Connection error: Connection Refused: not authorised.')).toEqual(['connack.5']);
    expect(ids('Connection error: Connection Refused: bad user name or password.')).toEqual(['connack.4']);
    expect(ids('Error: Connection refused')).toEqual(['errno.ECONNREFUSED']);
    expect(ids('Unable to connect (Lookup error.).')).toEqual(['mosquitto.client.lookup_error']);
    expect(ids('Connection error: Not authorized')).toEqual(['reason.0x87']);
    expect(ids('Connection error: Server unavailable')).toEqual(['reason.0x88']);
  });

  it('paho return codes in context: on_disconnect is paho’s, on_connect is CONNACK’s', () => {
    expect(ids('Unexpected disconnection, rc=7')).toEqual(['paho.7']);
    expect(ids('on_connect: Connection failed, rc=5')).toEqual(['connack.5']);
    expect(ids('ERROR - MQTT disconnect rc 16')).toEqual(['paho.16']);
    expect(ids('Error MQTT: Código 7')).toEqual(['paho.7']);
    expect(ids('paho.mqtt.client: MQTT_ERR_CONN_LOST')).toEqual(['paho.7']);
  });

  it('mqtt.js errors', () => {
    expect(ids('Error: connack timeout\n    at Timeout._onTimeout (client.js:447:20)')).toEqual(['mqttjs.connack_timeout']);
    expect(ids('Error: Keepalive timeout')).toEqual(['mqttjs.keepalive_timeout']);
    expect(ids("Error: connect ECONNREFUSED 127.0.0.1:1883 { errno: -111, code: 'ECONNREFUSED', syscall: 'connect' }")).toEqual(['errno.ECONNREFUSED']);
    expect(ids('ErrorWithReasonCode: Connection refused: Not authorized { code: 5 }')).toEqual(['connack.5']);
    expect(ids('ErrorWithReasonCode: Connection refused: Not authorized { code: 135 }')).toEqual(['reason.0x87']);
    expect(ids('Error: Connection refused: Session taken over')).toEqual(['reason.0x8E']);
    expect(ids('Error: getaddrinfo ENOTFOUND broker.example.com')).toEqual(['errno.ENOTFOUND']);
    expect(ids("granted: [ { topic: 'tracking/data', qos: 128 } ]")).toEqual(['suback.0x80']);
    expect(ids('ErrorWithSubackPacket: Subscribe error: Unspecified error')).toEqual(['suback.0x80']);
    expect(ids('ErrorWithSubackPacket: Subscribe error: Not authorized')).toEqual(['reason.0x87']);
  });

  it('mosquitto broker log lines, with the client id they name', () => {
    const log = [
      '1733300000: New connection from 10.0.0.5:51234 on port 1883.',
      '1733300000: Client siscom-api-1 already connected, closing old connection.',
      '1733300061: Client siscom-api-2 has exceeded timeout, disconnecting.',
      '1733300099: Client connection from 10.0.0.9 denied: max_connections exceeded.',
      '1733300100: Client siscom-api-1 already connected, closing old connection.',
    ].join('\n');
    const { hits } = decodeText(log);
    expect(hits.map((h) => h.entry.id)).toEqual(['mosquitto.log.already_connected', 'mosquitto.log.exceeded_timeout', 'mosquitto.log.max_connections']);
    expect(hits[0]).toMatchObject({ clientId: 'siscom-api-1', line: 2, count: 2 });
    expect(hits[1]?.clientId).toBe('siscom-api-2');
  });

  it('TLS errors from Node and Python', () => {
    expect(ids('Error: certificate has expired { code: CERT_HAS_EXPIRED }')).toEqual(['tls.CERT_HAS_EXPIRED']);
    expect(ids('ssl.SSLCertVerificationError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self-signed certificate in certificate chain')).toEqual(['tls.SELF_SIGNED_CERT_IN_CHAIN']);
    expect(ids("Error [ERR_TLS_CERT_ALTNAME_INVALID]: Hostname/IP does not match certificate's altnames")).toEqual(['tls.ERR_TLS_CERT_ALTNAME_INVALID']);
  });

  it('Python socket errors', () => {
    expect(ids('socket.gaierror: [Errno -2] Name or service not known')).toEqual(['errno.ENOTFOUND']);
    expect(ids('socket.gaierror: [Errno -3] Temporary failure in name resolution')).toEqual(['errno.EAI_AGAIN']);
    expect(ids('OSError: [Errno 113] No route to host')).toEqual(['errno.EHOSTUNREACH']);
    expect(ids('ConnectionResetError: [Errno 104] Connection reset by peer')).toEqual(['errno.ECONNRESET']);
  });

  it('finds nothing in unrelated text and does not read exit codes as CONNACK', () => {
    expect(ids('process finished with exit code 1; HTTP status code 200')).toEqual([]);
    expect(ids('')).toEqual([]);
  });

  it('decode() picks code or text by the shape of the input', () => {
    expect(decode('7').kind).toBe('code');
    expect(decode('0x8E').kind).toBe('code');
    expect(decode('rc=7').kind).toBe('text');
    const text = decode('Client a already connected, closing old connection. [Errno 111] Connection refused', 'errno');
    expect(text.kind === 'text' && text.hits.map((h) => h.entry.id)).toEqual(['errno.ECONNREFUSED']);
  });
});
