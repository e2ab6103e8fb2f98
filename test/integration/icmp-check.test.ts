import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import net from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { diagnose, findingIds, step } from '../helpers/diagnose';
import { closedPort } from '../helpers/ports';

/**
 * Loopback always answers ping, so the silent-ICMP cases run a stand-in `ping` placed first on
 * PATH (a real process printing what iputils prints when nothing comes back), and the
 * no-ping case a PATH without one.
 */
describe('icmp step', () => {
  const savedPath = process.env.PATH;
  let dir: string;
  let server: net.Server;
  let openPort: number;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'siscom-ping-'));
    writeFileSync(join(dir, 'ping'), '#!/bin/sh\necho "PING $6 ($6) 56(84) bytes of data."\necho\necho "--- $6 ping statistics ---"\necho "1 packets transmitted, 0 received, 100% packet loss, time 0ms"\nexit 1\n');
    chmodSync(join(dir, 'ping'), 0o755);
    server = net.createServer((s) => s.destroy());
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    openPort = (server.address() as net.AddressInfo).port;
  });
  afterEach(() => {
    process.env.PATH = savedPath;
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await new Promise<void>((r) => server.close(() => r()));
  });

  it('real ping to loopback: an echo with its round-trip time', async () => {
    const r = await diagnose({ brokerHost: `127.0.0.1:${openPort}` });
    expect(step(r, 'icmp')).toMatchObject({ status: 'pass', summary: { key: 'icmp.replied' }, evidence: { received: 1 } });
  });

  it('no echo but the port answers: icmp.blocked, an info finding, not a failure', async () => {
    process.env.PATH = `${dir}:${savedPath}`;
    const r = await diagnose({ brokerHost: `127.0.0.1:${openPort}` });
    expect(step(r, 'icmp')).toMatchObject({ status: 'pass', evidence: { received: 0, tcpOpen: true } });
    expect(step(r, 'icmp').findings.map((f) => f.id)).toEqual(['icmp.blocked']);
  });

  it('no echo and no port: icmp.no_reply beside tcp.refused', async () => {
    process.env.PATH = `${dir}:${savedPath}`;
    const r = await diagnose({ brokerHost: `127.0.0.1:${await closedPort()}` });
    expect(findingIds(r)).toEqual(['icmp.no_reply', 'tcp.refused']);
  });

  it('no ping command on the system: the step is skipped with the reason', async () => {
    process.env.PATH = '/nonexistent';
    const r = await diagnose({ brokerHost: `127.0.0.1:${openPort}` });
    expect(step(r, 'icmp')).toMatchObject({ status: 'skip', summary: { key: 'icmp.unavailable' } });
    expect(String(step(r, 'icmp').evidence.reason)).toMatch(/no ping command/);
  });
});
