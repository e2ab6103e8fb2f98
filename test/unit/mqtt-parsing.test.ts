import { describe, expect, it } from 'vitest';
import { parsePingOutput, pingArgs } from '../../electron/core/net/ping';
import { viewPayload } from '../../electron/core/mqtt/payload-view';
import { topicMatches } from '../../electron/core/mqtt/topic-match';
import { connackFinding, connackKb } from '../../electron/core/checks/mqtt/connack';
import { kbEntry } from '../../shared/kb';
import { certificateFindings } from '../../electron/core/checks/tls';
import { findingDefinition } from '../../shared/findings';

describe('ping output, in the forms each system prints', () => {
  it('Linux (iputils)', () => {
    const out = `PING 10.0.0.1 (10.0.0.1) 56(84) bytes of data.\n64 bytes from 10.0.0.1: icmp_seq=1 ttl=64 time=0.412 ms\n\n--- 10.0.0.1 ping statistics ---\n1 packets transmitted, 1 received, 0% packet loss, time 0ms\nrtt min/avg/max/mdev = 0.412/0.412/0.412/0.000 ms\n`;
    expect(parsePingOutput(out)).toEqual({ transmitted: 1, received: 1, rtt: { min: 0.412, avg: 0.412, max: 0.412 } });
  });
  it('Linux, no reply', () => {
    expect(parsePingOutput('--- 10.9.9.9 ping statistics ---\n1 packets transmitted, 0 received, 100% packet loss, time 0ms\n')).toEqual({ transmitted: 1, received: 0 });
  });
  it('macOS', () => {
    const out = `PING 1.1.1.1 (1.1.1.1): 56 data bytes\n64 bytes from 1.1.1.1: icmp_seq=0 ttl=57 time=12.345 ms\n\n--- 1.1.1.1 ping statistics ---\n1 packets transmitted, 1 packets received, 0.0% packet loss\nround-trip min/avg/max/stddev = 12.345/12.345/12.345/0.000 ms\n`;
    expect(parsePingOutput(out)).toEqual({ transmitted: 1, received: 1, rtt: { min: 12.345, avg: 12.345, max: 12.345 } });
  });
  it('Windows, English and Spanish', () => {
    const en = `Pinging 1.1.1.1 with 32 bytes of data:\r\nReply from 1.1.1.1: bytes=32 time=14ms TTL=57\r\n\r\nPing statistics for 1.1.1.1:\r\n    Packets: Sent = 1, Received = 1, Lost = 0 (0% loss),\r\nApproximate round trip times in milli-seconds:\r\n    Minimum = 14ms, Maximum = 14ms, Average = 14ms\r\n`;
    expect(parsePingOutput(en)).toEqual({ transmitted: 1, received: 1, rtt: { min: 14, avg: 14, max: 14 } });
    const es = `Haciendo ping a 1.1.1.1 con 32 bytes de datos:\r\nRespuesta desde 1.1.1.1: bytes=32 tiempo=15ms TTL=57\r\n\r\nEstadísticas de ping para 1.1.1.1:\r\n    Paquetes: enviados = 1, recibidos = 1, perdidos = 0\r\n    (0% perdidos),\r\nTiempos aproximados de ida y vuelta en milisegundos:\r\n    Mínimo = 15ms, Máximo = 15ms, Media = 15ms\r\n`;
    expect(parsePingOutput(es)).toEqual({ transmitted: 1, received: 1, rtt: { min: 15, avg: 15, max: 15 } });
  });
  it('Windows: a router’s "unreachable" is not a reply', () => {
    const out = `Reply from 10.0.0.254: Destination host unreachable.\r\n    Packets: Sent = 1, Received = 1, Lost = 0 (0% loss),\r\n`;
    expect(parsePingOutput(out).received).toBe(0);
  });
  it('arguments per platform', () => {
    expect(pingArgs('10.0.0.1', 1, 2500, 'linux')).toEqual({ file: 'ping', args: ['-n', '-c', '1', '-w', '3', '10.0.0.1'] });
    expect(pingArgs('10.0.0.1', 1, 2500, 'win32')).toEqual({ file: 'ping', args: ['-n', '1', '-w', '2500', '10.0.0.1'] });
    expect(pingArgs('::1', 1, 1000, 'darwin').file).toBe('ping6');
  });
});

describe('payload view (mosquitto_sub -v, but readable)', () => {
  it('pretty-prints JSON', () => {
    expect(viewPayload(Buffer.from('{"a":1,"b":[2]}'))).toEqual({ format: 'json', text: '{\n  "a": 1,\n  "b": [\n    2\n  ]\n}', bytes: 15, truncated: false });
  });
  it('shows text as text, binary as hex, and cuts with a visible marker', () => {
    expect(viewPayload(Buffer.from('on'))).toMatchObject({ format: 'text', text: 'on' });
    expect(viewPayload(Buffer.from([0x00, 0xff, 0x10]))).toMatchObject({ format: 'hex', text: '00ff10' });
    const big = viewPayload(Buffer.from('x'.repeat(3000)), 100);
    expect(big.truncated).toBe(true);
    expect(big.text).toMatch(/^x{100} … \[\+2900 bytes cut\]$/);
    expect(viewPayload(Buffer.alloc(0)).format).toBe('empty');
  });
});

describe('topic filters', () => {
  it.each([
    ['tracking/#', 'tracking/data', true],
    ['tracking/+/gps', 'tracking/unit1/gps', true],
    ['tracking/+', 'tracking/a/b', false],
    ['#', '$SYS/broker/uptime', false],
    ['$SYS/broker/#', '$SYS/broker/uptime', true],
    ['a/b', 'a/b', true],
  ])('%s ~ %s → %s', (filter, topic, expected) => expect(topicMatches(filter, topic)).toBe(expected));
});

describe('CONNACK codes', () => {
  it('maps every 3.1.1 code and the v5 reason codes to findings that exist', () => {
    for (const code of [1, 2, 3, 4, 5]) expect(findingDefinition(connackFinding(code, '3.1.1').id), String(code)).toBeDefined();
    for (const code of [0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8a, 0x97, 0x9c, 0x9d, 0x80]) expect(findingDefinition(connackFinding(code, '5').id), String(code)).toBeDefined();
    expect(connackFinding(5, '3.1.1').id).toBe('mqtt.connack.not_authorized');
    expect(connackFinding(0x86, '5').id).toBe('mqtt.connack.bad_credentials');
    expect(connackFinding(0x80, '5').id).toBe('mqtt.connack.refused');
    expect(connackKb(5, '3.1.1')).toBe('connack.5');
    expect(connackKb(0x87, '5')).toBe('reason.0x87');
    // Every refusal code maps to an entry the knowledge base really has (its hex is upper case).
    for (const code of [1, 2, 3, 4, 5]) expect(kbEntry(connackKb(code, '3.1.1')), `connack ${code}`).toBeDefined();
    for (const code of [0x80, 0x84, 0x86, 0x87, 0x8a, 0x8c, 0x95, 0x97, 0x9c, 0x9d, 0x9f]) expect(kbEntry(connackKb(code, '5')), `reason ${code}`).toBeDefined();
  });
});

describe('certificate findings', () => {
  const cert = (validFrom: string, validTo: string) => ({ subject: 'CN=b', issuer: 'CN=ca', validFrom, validTo, san: ['DNS:b'], fingerprint256: 'x', selfIssued: false });
  it('an expired, untrusted certificate for another name raises each finding', () => {
    const findings = certificateFindings({ ok: true, chain: [cert('2020-01-01T00:00:00Z', '2021-01-01T00:00:00Z')], authorizationError: 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY', hostnameError: 'mismatch' }, 'a', 8883, new Date('2026-01-01'));
    expect(findings.map((f) => f.id)).toEqual(['tls.cert_expired', 'tls.cert_untrusted', 'tls.hostname_mismatch']);
  });
  it('a good certificate raises none', () => {
    expect(certificateFindings({ ok: true, chain: [cert('2020-01-01T00:00:00Z', '2030-01-01T00:00:00Z')] }, 'b', 8883, new Date('2026-01-01'))).toEqual([]);
  });
});

describe('the issue’s findings all exist', () => {
  it.each([
    'icmp.blocked', 'tls.handshake_failed', 'tls.cert_expired', 'tls.cert_untrusted', 'tls.hostname_mismatch', 'tls.plain_port', 'tls.expected',
    'mqtt.not_mqtt', 'mqtt.closed_before_connack', 'mqtt.no_connack', 'mqtt.connack.unacceptable_protocol', 'mqtt.connack.client_id_rejected',
    'mqtt.connack.server_unavailable', 'mqtt.connack.bad_credentials', 'mqtt.connack.not_authorized', 'mqtt.connack.banned',
    'mqtt.connack.use_another_server', 'mqtt.connack.quota_exceeded', 'mqtt.subscribe.denied', 'mqtt.no_messages',
    'mqtt.session_taken_over', 'mqtt.keepalive.timeout', 'mqtt.connection_limit',
  ])('%s', (id) => expect(findingDefinition(id)).toBeDefined());
  it('icmp.blocked is info, mqtt.no_messages a warning, not_authorized explains mosquitto’s answer to a wrong password', () => {
    expect(findingDefinition('icmp.blocked')?.severity).toBe('info');
    expect(findingDefinition('mqtt.no_messages')?.severity).toBe('warning');
    expect(findingDefinition('mqtt.connack.not_authorized')?.explanation.en).toMatch(/mosquitto .* wrong password/);
  });
});
