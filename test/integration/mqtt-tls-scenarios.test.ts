import net from 'node:net';
import { spawnSync } from 'node:child_process';
import { chownSync, readdirSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Aedes } from 'aedes';
import { makeTestCerts, type TestCerts } from '../helpers/tls-certs';
import { startTlsAedes, type TlsBroker } from '../helpers/tls-broker';
import { diagnose, findingIds, step } from '../helpers/diagnose';
import { startMosquitto, type Mosquitto } from '../helpers/mosquitto';
import { closedPort } from '../helpers/ports';

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

describe('TLS on Debian mosquitto (listeners with an expired and a self-signed certificate)', () => {
  let certs: TestCerts;
  let broker: Mosquitto;
  let expiredPort: number;
  let selfSignedPort: number;
  beforeAll(async () => {
    certs = makeTestCerts();
    // mosquitto drops to its own user when started as root: it must be able to read the files.
    const id = (flag: string): number => Number(spawnSync('id', [flag, 'mosquitto'], { encoding: 'utf8' }).stdout.trim());
    if (userInfo().uid === 0) for (const f of ['', ...readdirSync(certs.dir)]) chownSync(join(certs.dir, f), id('-u'), id('-g'));
    expiredPort = await closedPort();
    selfSignedPort = await closedPort();
    broker = await startMosquitto({
      allowAnonymous: true,
      extraConfig: [
        `listener ${expiredPort} 127.0.0.1`,
        `certfile ${join(certs.dir, 'expired.pem')}`,
        `keyfile ${join(certs.dir, 'expired.key')}`,
        `listener ${selfSignedPort} 127.0.0.1`,
        `certfile ${join(certs.dir, 'self.pem')}`,
        `keyfile ${join(certs.dir, 'self.key')}`,
      ],
    });
  });
  afterAll(async () => {
    await broker?.stop();
    certs?.remove();
  });

  it('expired: tls.cert_expired, and the plain listener spoken to in TLS is tls.plain_port', async () => {
    const r = await diagnose({ brokerUrl: `mqtts://127.0.0.1:${expiredPort}`, tls: { caFile: certs.caFile } });
    expect(findingIds(r)).toEqual(['tls.cert_expired']);
    const plain = await diagnose({ brokerUrl: `mqtts://127.0.0.1:${broker.port}` });
    expect(findingIds(plain)).toEqual(['tls.plain_port']);
  });

  it('self-signed: tls.cert_self_signed; mqtt:// on that TLS listener is tls.expected', async () => {
    expect(findingIds(await diagnose({ brokerUrl: `mqtts://127.0.0.1:${selfSignedPort}` }))).toEqual(['tls.cert_self_signed']);
    expect(findingIds(await diagnose({ brokerUrl: `mqtt://127.0.0.1:${selfSignedPort}` }))).toEqual(['tls.expected']);
  });
});
