import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmod, chown, mkdtemp, writeFile } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Aedes } from 'aedes';
import mqtt from 'mqtt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeText } from '../../shared/decoder';
import { closedPort } from '../helpers/ports';

// The decoder is judged on the words real tools print, captured here, not on copies of them.
const ids = (text: string): string[] => decodeText(text).hits.map((h) => h.entry.id);

function mqttError(url: string, options: mqtt.IClientOptions): Promise<Error & { code?: unknown }> {
  return new Promise((resolve, reject) => {
    const client = mqtt.connect(url, { reconnectPeriod: 0, connectTimeout: 2000, ...options });
    const timer = setTimeout(() => {
      client.end(true);
      reject(new Error('no error within 3 s'));
    }, 3000);
    client.on('error', (error) => {
      clearTimeout(timer);
      client.end(true);
      resolve(error as Error & { code?: unknown });
    });
  });
}

const asLogged = (error: Error & { code?: unknown }): string => `${error.name}: ${error.message} { code: ${typeof error.code === 'string' ? `'${error.code}'` : String(error.code)} }`;

describe('decoding errors mqtt.js really raises', () => {
  it('a closed port: ECONNREFUSED', async () => {
    const error = await mqttError(`mqtt://127.0.0.1:${await closedPort()}`, {});
    expect(ids(asLogged(error))).toEqual(['errno.ECONNREFUSED']);
  });

  it('a CONNACK refusal from a real broker (aedes): its numeric code and words', async () => {
    const broker = await Aedes.createBroker({
      authenticate: (_client, _user, _pass, done) => done(Object.assign(new Error('bad credentials'), { returnCode: 4 }), false),
    });
    const server = net.createServer(broker.handle);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const error = await mqttError(`mqtt://127.0.0.1:${(server.address() as net.AddressInfo).port}`, { username: 'u', password: 'p' });
      expect(error.code).toBe(4);
      expect(ids(asLogged(error))).toEqual(['connack.4']);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await new Promise<void>((resolve) => broker.close(() => resolve()));
    }
  });

  it('a subscription the broker (aedes) refuses: the Subscribe error of mqtt.js', async () => {
    // A null subscription is aedes's refusal (an error would close the connection instead).
    const broker = await Aedes.createBroker({ authorizeSubscribe: (_client, _sub, done) => done(null, null) });
    const server = net.createServer(broker.handle);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const client = mqtt.connect(`mqtt://127.0.0.1:${(server.address() as net.AddressInfo).port}`, { reconnectPeriod: 0 });
    try {
      await new Promise<void>((resolve) => client.once('connect', () => resolve()));
      const error = await new Promise<Error>((resolve, reject) => client.subscribe('tracking/data', (err) => (err ? resolve(err) : reject(new Error('subscription granted')))));
      expect(ids(`${error.name}: ${error.message}`)).toEqual(['suback.0x80']);
    } finally {
      client.end(true);
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await new Promise<void>((resolve) => broker.close(() => resolve()));
    }
  });

  it('a listener that never answers MQTT: connack timeout', async () => {
    const sockets: net.Socket[] = [];
    const server = net.createServer((s) => sockets.push(s));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const error = await mqttError(`mqtt://127.0.0.1:${(server.address() as net.AddressInfo).port}`, { connectTimeout: 300 });
      expect(ids(asLogged(error))).toEqual(['mqttjs.connack_timeout']);
    } finally {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});

const hasMosquitto = spawnSync('which', ['mosquitto']).status === 0 && spawnSync('which', ['mosquitto_sub']).status === 0;

describe.skipIf(!hasMosquitto)('decoding what mosquitto and mosquitto_sub really print', () => {
  let broker: ChildProcess;
  let port: number;
  let log = '';

  beforeAll(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'siscom-mosq-'));
    port = await closedPort();
    const passwd = join(dir, 'passwd');
    spawnSync('mosquitto_passwd', ['-c', '-b', passwd, 'administrator', 'right-pw']);
    const conf = join(dir, 'mosquitto.conf');
    // Logs to stderr: stdout is block-buffered on a pipe and the lines would arrive late.
    await writeFile(conf, `listener ${port} 127.0.0.1\nallow_anonymous false\npassword_file ${passwd}\npersistence false\nlog_dest stderr\nlog_type all\nconnection_messages true\n`);
    if (process.getuid?.() === 0) {
      // As root mosquitto drops to the mosquitto user, which must be able to read its files.
      const uid = Number(spawnSync('id', ['-u', 'mosquitto'], { encoding: 'utf8' }).stdout.trim());
      const gid = Number(spawnSync('id', ['-g', 'mosquitto'], { encoding: 'utf8' }).stdout.trim());
      for (const f of [dir, passwd, conf]) await chown(f, uid, gid);
      await chmod(passwd, 0o600);
    }
    broker = spawn('mosquitto', ['-c', conf], { stdio: ['ignore', 'pipe', 'pipe'] });
    broker.stdout?.on('data', (d: Buffer) => (log += d.toString()));
    broker.stderr?.on('data', (d: Buffer) => (log += d.toString()));
    const deadline = Date.now() + 5000;
    while (!/running/.test(log) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    if (!/running/.test(log)) throw new Error(`mosquitto did not start: ${log}`);
  });
  afterAll(() => {
    broker?.kill();
  });

  const sub = (args: string[]): string =>
    spawnSync('mosquitto_sub', ['-h', '127.0.0.1', '-t', 'tracking/data', '-C', '1', '-W', '2', ...args], { encoding: 'utf8', timeout: 5000 }).stderr;

  it('mosquitto_sub with a wrong password: CONNACK 5, as 3.1.1 and as MQTT 5', () => {
    const v311 = sub(['-p', String(port), '-u', 'administrator', '-P', 'wrong']);
    expect(v311).toMatch(/not authorised/i);
    expect(ids(v311)).toEqual(['connack.5']);
    const v5 = sub(['-p', String(port), '-u', 'administrator', '-P', 'wrong', '-V', '5']);
    expect(v5).toMatch(/Connection error: Not authorized/);
    expect(ids(v5)).toEqual(['reason.0x87']);
  });

  it('mosquitto_sub against a closed port: ECONNREFUSED', async () => {
    const out = sub(['-p', String(await closedPort())]);
    expect(out).toMatch(/Connection refused/);
    expect(ids(out)).toEqual(['errno.ECONNREFUSED']);
  });

  it('two clients with one client id: the broker’s takeover line, with the id', async () => {
    const url = `mqtt://127.0.0.1:${port}`;
    const options = { clientId: 'siscom-dup', username: 'administrator', password: 'right-pw', reconnectPeriod: 0 };
    const first = mqtt.connect(url, options);
    await new Promise<void>((resolve) => first.once('connect', () => resolve()));
    const closed = new Promise<void>((resolve) => first.once('close', () => resolve()));
    const second = mqtt.connect(url, options);
    await new Promise<void>((resolve) => second.once('connect', () => resolve()));
    await closed;
    second.end(true);
    first.end(true);
    const deadline = Date.now() + 2000;
    while (!/already connected/.test(log) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const hit = decodeText(log).hits.find((h) => h.entry.id === 'mosquitto.log.already_connected');
    expect(hit?.clientId).toBe('siscom-dup');
    // The wrong-password attempts above are in the same log.
    expect(ids(log)).toEqual(expect.arrayContaining(['mosquitto.log.already_connected']));
  });
});
