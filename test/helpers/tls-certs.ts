import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TestCerts {
  dir: string;
  caFile: string;
  ca: string;
  /** Signed by the CA, valid now, for localhost and 127.0.0.1. */
  valid: { key: string; cert: string };
  /** Signed by the CA, expired (notAfter before notBefore, in the past). */
  expired: { key: string; cert: string };
  /** Self-signed, valid now, for localhost and 127.0.0.1. */
  selfSigned: { key: string; cert: string };
  /** Signed by the CA, valid, but only for other.example (not 127.0.0.1). */
  otherHost: { key: string; cert: string };
  remove(): void;
}

const EC = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];

/** Certificates made on the spot with the openssl CLI: a CA, a good leaf, an expired one, a self-signed one. */
export function makeTestCerts(): TestCerts {
  const dir = mkdtempSync(join(tmpdir(), 'siscom-certs-'));
  const f = (name: string): string => join(dir, name);
  const run = (args: string[]): void => {
    execFileSync('openssl', args, { stdio: 'ignore' });
  };
  run(['req', '-x509', ...EC, '-keyout', f('ca.key'), '-out', f('ca.pem'), '-days', '2', '-subj', '/CN=Siscom Test CA']);
  const leaf = (name: string, days: string, san: string): void => {
    writeFileSync(f(`${name}.ext`), `subjectAltName=${san}\n`);
    run(['req', '-new', ...EC, '-keyout', f(`${name}.key`), '-out', f(`${name}.csr`), '-subj', `/CN=${san.includes('localhost') ? 'localhost' : 'other.example'}`]);
    run(['x509', '-req', '-in', f(`${name}.csr`), '-CA', f('ca.pem'), '-CAkey', f('ca.key'), '-CAcreateserial', '-out', f(`${name}.pem`), '-days', days, '-extfile', f(`${name}.ext`)]);
  };
  leaf('valid', '2', 'DNS:localhost,IP:127.0.0.1');
  // -days -1: notAfter a day before notBefore, so the certificate is already expired.
  leaf('expired', '-1', 'DNS:localhost,IP:127.0.0.1');
  leaf('other', '2', 'DNS:other.example');
  writeFileSync(f('self.ext'), 'subjectAltName=DNS:localhost,IP:127.0.0.1\n');
  run(['req', '-x509', ...EC, '-keyout', f('self.key'), '-out', f('self.pem'), '-days', '2', '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1']);
  const pair = (name: string): { key: string; cert: string } => ({ key: readFileSync(f(`${name}.key`), 'utf8'), cert: readFileSync(f(`${name}.pem`), 'utf8') });
  return {
    dir,
    caFile: f('ca.pem'),
    ca: readFileSync(f('ca.pem'), 'utf8'),
    valid: pair('valid'),
    expired: pair('expired'),
    selfSigned: pair('self'),
    otherHost: pair('other'),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
