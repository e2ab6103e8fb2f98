import { spawn, type ChildProcess } from 'node:child_process';
import dgram from 'node:dgram';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { closedPort } from './ports';
import { probeTcpService } from '../../electron/core/statsd/admin-client';

export interface EtsyStatsd {
  /** UDP metrics port. */
  port: number;
  /** TCP management port (`health`, `stats`, `counters`, `gauges`). */
  mgmtPort: number;
  /** TCP metrics port (Etsy's tcp server), for clients that send over TCP. */
  tcpPort: number;
  close(): Promise<void>;
}

/** A UDP port nothing listens on: bound by the OS, then released. */
export async function freeUdpPort(): Promise<number> {
  const socket = dgram.createSocket('udp4');
  await new Promise<void>((r) => socket.bind(0, '127.0.0.1', r));
  const { port } = socket.address();
  await new Promise<void>((r) => socket.close(() => r()));
  return port;
}

/**
 * The real Etsy statsd from npm (`node node_modules/statsd/stats.js config.js`), on loopback, with
 * UDP, TCP and management ports chosen free for this test. Resolves once `health` answers.
 */
export async function startEtsyStatsd(): Promise<EtsyStatsd> {
  const [port, mgmtPort, tcpPort] = [await freeUdpPort(), await closedPort(), await closedPort()];
  const dir = await mkdtemp(join(tmpdir(), 'etsy-statsd-'));
  const config = join(dir, 'config.js');
  await writeFile(
    config,
    `{ port: ${port}, address: '127.0.0.1', mgmt_address: '127.0.0.1', mgmt_port: ${mgmtPort}, flushInterval: 60000, backends: ['./backends/console'],
      servers: [{ server: './servers/udp', address: '127.0.0.1', port: ${port} }, { server: './servers/tcp', address: '127.0.0.1', port: ${tcpPort} }] }\n`,
  );
  const statsdDir = resolve('node_modules/statsd');
  const child: ChildProcess = spawn(process.execPath, [join(statsdDir, 'stats.js'), config], { cwd: statsdDir, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr = (stderr + String(d)).slice(-2000)));
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const until = Date.now() + 10_000;
  for (;;) {
    const probe = await probeTcpService('127.0.0.1', mgmtPort, 300);
    if (probe.kind === 'etsy') break;
    if (child.exitCode !== null || Date.now() > until) {
      child.kill();
      throw new Error(`Etsy statsd did not start: ${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    port,
    mgmtPort,
    tcpPort,
    close: async () => {
      child.kill();
      await exited;
      await rm(dir, { recursive: true, force: true });
    },
  };
}
