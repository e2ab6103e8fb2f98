import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import net from 'node:net';
import { closedPort } from './ports';

export interface MosquittoOptions {
  /** user → password; with users, anonymous access is off. */
  users?: Record<string, string>;
  /** The ACL file's text (`user X` / `topic read a/b` …). */
  acl?: string;
  /** Extra lines for mosquitto.conf (max_connections, …). */
  extraConfig?: string[];
  /** Let anonymous clients in (only when no users are given). */
  allowAnonymous?: boolean;
  /** mosquitto log_type lines (default ['all']). Busy benches drop 'debug': it logs every PUBLISH, and log() keeps it all. */
  logTypes?: string[];
}

export interface Mosquitto {
  port: number;
  /** Everything mosquitto logged so far (connects, kicks, denials). */
  log(): string;
  stop(): Promise<void>;
  /** Stop and start again on the same port (a broker restart). */
  restart(downMs?: number): Promise<void>;
}

function uidOf(name: string): { uid: number; gid: number } | undefined {
  const out = spawnSync('id', ['-u', name], { encoding: 'utf8' });
  const gid = spawnSync('id', ['-g', name], { encoding: 'utf8' });
  return out.status === 0 ? { uid: Number(out.stdout.trim()), gid: Number(gid.stdout.trim()) } : undefined;
}

async function waitForPort(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await new Promise<boolean>((resolve) => {
      const s = net.connect(port, '127.0.0.1');
      s.once('connect', () => {
        s.destroy();
        resolve(true);
      });
      s.once('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`mosquitto did not listen on 127.0.0.1:${port} within ${timeoutMs} ms`);
}

/**
 * Debian's mosquitto on a free loopback port, with a password file and ACL made for the test.
 * As root mosquitto drops to the `mosquitto` user, so its files are handed to that user.
 */
export async function startMosquitto(options: MosquittoOptions = {}): Promise<Mosquitto> {
  const dir = mkdtempSync(join(tmpdir(), 'siscom-mosquitto-'));
  const port = await closedPort();
  const lines = [`listener ${port} 127.0.0.1`, 'persistence false', 'log_dest stderr', ...(options.logTypes ?? ['all']).map((t) => `log_type ${t}`), 'connection_messages true', 'log_timestamp false'];
  const users = options.users ?? {};
  if (Object.keys(users).length > 0) {
    const pw = join(dir, 'passwd');
    writeFileSync(pw, '');
    for (const [user, password] of Object.entries(users)) {
      const r = spawnSync('mosquitto_passwd', ['-b', pw, user, password], { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`mosquitto_passwd failed: ${r.stderr}`);
    }
    lines.push('allow_anonymous false', `password_file ${pw}`);
  } else {
    lines.push(`allow_anonymous ${options.allowAnonymous === false ? 'false' : 'true'}`);
  }
  if (options.acl !== undefined) {
    writeFileSync(join(dir, 'acl'), options.acl);
    lines.push(`acl_file ${join(dir, 'acl')}`);
  }
  lines.push(...(options.extraConfig ?? []));
  writeFileSync(join(dir, 'mosquitto.conf'), lines.join('\n') + '\n');
  const owner = userInfo().uid === 0 ? uidOf('mosquitto') : undefined;
  for (const f of ['', 'passwd', 'acl', 'mosquitto.conf']) {
    try {
      if (owner) chownSync(join(dir, f), owner.uid, owner.gid);
      chmodSync(join(dir, f), f === '' ? 0o700 : 0o600);
    } catch {
      // Files the test did not ask for do not exist.
    }
  }
  let output = '';
  let child: ChildProcess | undefined;
  const launch = async (): Promise<void> => {
    child = spawn('mosquitto', ['-c', join(dir, 'mosquitto.conf')], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout?.on('data', (d) => (output += String(d)));
    child.stderr?.on('data', (d) => (output += String(d)));
    const exited = new Promise<never>((_, reject) => child?.once('exit', (code) => reject(new Error(`mosquitto exited with ${code}: ${output}`))));
    await Promise.race([waitForPort(port, 5000), exited]);
  };
  const stop = async (): Promise<void> => {
    const c = child;
    if (!c || c.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      c.once('exit', () => resolve());
      c.kill('SIGTERM');
      setTimeout(() => c.kill('SIGKILL'), 2000).unref();
    });
  };
  await launch();
  return {
    port,
    log: () => output,
    stop: async () => {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
    restart: async (downMs = 200) => {
      await stop();
      await new Promise((r) => setTimeout(r, downMs));
      await launch();
    },
  };
}
