import { describe, expect, it } from 'vitest';
import { ReasonCodes } from 'mqtt/lib/handlers/ack';
import { KB, KB_SOURCES, kbEntry, entriesOf, renderKbEntry } from '../../shared/kb';
import { FINDINGS } from '../../shared/findings';

describe('the knowledge base', () => {
  it('has unique ids shaped <source>.<code>', () => {
    const ids = KB.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of KB) {
      expect(KB_SOURCES).toContain(e.source);
      expect(e.id.startsWith(`${e.source}.`), e.id).toBe(true);
    }
  });

  it.each(KB.map((e) => [e.id, e] as const))('%s cites its source and explains itself in both languages', (_id, e) => {
    expect(e.cite.trim().length).toBeGreaterThan(10);
    expect(e.name.trim()).not.toBe('');
    expect(e.causes.length).toBeGreaterThan(0);
    expect(e.next.length).toBeGreaterThan(0);
    for (const text of [e.meaning, ...e.causes, ...e.next]) {
      expect(text.es.trim()).not.toBe('');
      expect(text.en.trim()).not.toBe('');
      expect(text.es).not.toBe(text.en);
    }
  });

  it('has the codes the issue names', () => {
    for (const n of [0, 1, 2, 3, 4, 5]) expect(kbEntry(`connack.${n}`)).toBeDefined();
    expect(kbEntry('connack.6')).toBeUndefined();
    expect(kbEntry('suback.0x80')).toBeDefined();
    for (let n = -1; n <= 16; n++) expect(kbEntry(`paho.${n}`), `paho.${n}`).toBeDefined();
    expect(kbEntry('paho.7')?.code).toBe('MQTT_ERR_CONN_LOST');
    expect(kbEntry('paho.16')?.code).toBe('MQTT_ERR_KEEPALIVE');
    for (const code of ['ECONNREFUSED', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNRESET', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN']) expect(kbEntry(`errno.${code}`), code).toBeDefined();
    expect([kbEntry('errno.ECONNREFUSED')?.value, kbEntry('errno.ETIMEDOUT')?.value, kbEntry('errno.EHOSTUNREACH')?.value, kbEntry('errno.ENETUNREACH')?.value, kbEntry('errno.ECONNRESET')?.value]).toEqual([111, 110, 113, 101, 104]);
    for (const code of ['CERT_HAS_EXPIRED', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'SELF_SIGNED_CERT_IN_CHAIN', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'ERR_TLS_CERT_ALTNAME_INVALID']) expect(kbEntry(`tls.${code}`), code).toBeDefined();
    for (const id of ['mosquitto.log.already_connected', 'mosquitto.log.exceeded_timeout', 'mosquitto.log.max_connections', 'mosquitto.client.lookup_error', 'mqttjs.connack_timeout', 'mqttjs.keepalive_timeout']) expect(kbEntry(id), id).toBeDefined();
  });

  it('has every MQTT 5 error reason code 0x80-0xA2, named as mqtt.js names them', () => {
    const reasons = entriesOf('reason').filter((e) => (e.value ?? 0) >= 0x80);
    const table = ReasonCodes as Record<number, string>;
    const expected = Object.keys(table).map(Number).filter((n) => n >= 0x80 && n <= 0xa2);
    expect(reasons.map((e) => e.value).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(expected);
    for (const e of reasons) expect(e.name.toLowerCase(), e.id).toBe(table[e.value as number]?.toLowerCase());
    expect(kbEntry('reason.0x8E')?.name).toBe('Session taken over');
    expect(kbEntry('reason.0x8D')?.name).toBe('Keep Alive timeout');
  });

  it('resolves every kb reference of every finding', () => {
    const refs = FINDINGS.flatMap((f) => (f.kb ?? []).map((id) => [f.id, id] as const));
    expect(refs.length).toBeGreaterThan(10);
    for (const [finding, id] of refs) expect(kbEntry(id), `${finding} → ${id}`).toBeDefined();
  });

  it('renders an entry in the asked language', () => {
    const es = renderKbEntry(kbEntry('paho.7')!, 'es');
    const en = renderKbEntry(kbEntry('paho.7')!, 'en');
    expect(es.meaning).toMatch(/No es un código CONNACK/);
    expect(en.meaning).toMatch(/not a CONNACK code/);
    expect(en.causes[0]).toMatch(/same client id/);
    expect(en.step).toBe('monitor');
  });
});
