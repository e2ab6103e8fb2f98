import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Aedes } from 'aedes';
import { makeTestCerts, type TestCerts } from '../helpers/tls-certs';
import { startTlsAedes, type TlsBroker } from '../helpers/tls-broker';
import { diagnose, findingIds, step } from '../helpers/diagnose';

describe('TLS scenarios (certificates made by openssl in the test, aedes behind a node TLS listener)', () => {
  let certs: TestCerts;
  const brokers: Record<string, TlsBroker> = {};
  let plain: net.Server;
  let plainPort: number;
  beforeAll(async () => {
    certs = makeTestCerts();
    brokers.valid = await startTlsAedes(certs.valid);
    brokers.expired = await startTlsAedes(certs.expired);
    brokers.selfSigned = await startTlsAedes(certs.selfSigned);
    brokers.otherHost = await startTlsAedes(certs.otherHost);
    const aedes = await Aedes.createBroker();
    plain = net.createServer(aedes.handle);
    await new Promise<void>((r) => plain.listen(0, '127.0.0.1', r));
    plainPort = (plain.address() as net.AddressInfo).port;
  });
  afterAll(async () => {
    for (const b of Object.values(brokers)) await b.close();
    await new Promise<void>((r) => plain.close(() => r()));
    certs.remove();
  });
  const url = (name: string): string => `mqtts://127.0.0.1:${brokers[name]?.port}`;

  it('a valid certificate from a CA given with the CA file: tls and mqtt.connect pass, certificate shown', async () => {
    const r = await diagnose({ brokerUrl: url('valid'), tls: { caFile: certs.caFile } });
    expect(findingIds(r)).toEqual([]);
    const tls = step(r, 'tls');
    expect(tls.status).toBe('pass');
    expect(tls.evidence).toMatchObject({ trusted: true, hostnameMatches: true, certificate: { subject: 'CN=localhost', issuer: 'CN=Siscom Test CA' } });
    expect((tls.evidence.certificate as { san: string[] }).san).toContain('IP Address:127.0.0.1');
    expect((tls.evidence.chain as unknown[]).length).toBeGreaterThanOrEqual(1);
    expect(step(r, 'mqtt.connect').evidence).toMatchObject({ outcome: 'connected' });
    expect((step(r, 'mqtt.connect').evidence.phases as { tlsMs?: number }).tlsMs).toBeGreaterThanOrEqual(0);
  });

  it('without the CA, the same certificate is untrusted; mqtt.connect defers to the tls step', async () => {
    const r = await diagnose({ brokerUrl: url('valid') });
    expect(findingIds(r)).toEqual(['tls.cert_untrusted']);
    expect(step(r, 'mqtt.connect')).toMatchObject({ status: 'fail', summary: { key: 'mqtt.connect.tls_failed' } });
  });

  it('an expired certificate: tls.cert_expired', async () => {
    const r = await diagnose({ brokerUrl: url('expired'), tls: { caFile: certs.caFile } });
    expect(findingIds(r)).toEqual(['tls.cert_expired']);
    expect(step(r, 'tls').evidence).toMatchObject({ authorizationError: 'CERT_HAS_EXPIRED' });
  });

  it('a self-signed certificate: tls.cert_self_signed; with --insecure the MQTT session still works', async () => {
    const r = await diagnose({ brokerUrl: url('selfSigned') });
    expect(findingIds(r)).toEqual(['tls.cert_self_signed']);
    const insecure = await diagnose({ brokerUrl: url('selfSigned'), tls: { insecure: true } });
    expect(step(insecure, 'tls').status).toBe('warn');
    expect(step(insecure, 'mqtt.connect').status).toBe('pass');
  });

  it('a certificate for another name: tls.hostname_mismatch', async () => {
    const r = await diagnose({ brokerUrl: url('otherHost'), tls: { caFile: certs.caFile } });
    expect(findingIds(r)).toEqual(['tls.hostname_mismatch']);
  });

  it('mqtts:// to a plain MQTT port: tls.plain_port', async () => {
    const r = await diagnose({ brokerUrl: `mqtts://127.0.0.1:${plainPort}` });
    expect(findingIds(r)).toEqual(['tls.plain_port']);
  });

  it('mqtt:// to a TLS port: tls.expected', async () => {
    const r = await diagnose({ brokerUrl: `mqtt://127.0.0.1:${brokers.valid?.port}` });
    expect(findingIds(r)).toEqual(['tls.expected']);
  });
});
