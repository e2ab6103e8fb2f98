import net from 'node:net';
import { Aedes } from 'aedes';

export interface EmbeddedBroker {
  host: string;
  port: number;
  url: string;
  topic: string;
  close(): Promise<void>;
}

export interface EmbeddedBrokerOptions {
  /** Loopback only: the demo broker is never reachable from the network. */
  host?: '127.0.0.1' | '::1';
  port?: number;
  topic?: string;
  /** Feed the topic with sample tracking data, as a siscom device would. */
  publishSamples?: boolean;
  sampleIntervalMs?: number;
}

function sampleTrackingMessage(seq: number): string {
  const t = seq / 10;
  return JSON.stringify({
    device_id: `demo-unit-${(seq % 3) + 1}`,
    timestamp: new Date().toISOString(),
    latitude: Number((19.4326 + Math.sin(t) * 0.01).toFixed(6)),
    longitude: Number((-99.1332 + Math.cos(t) * 0.01).toFixed(6)),
    speed_kmh: Math.round(40 + 20 * Math.sin(t * 3)),
    ignition: true,
  });
}

/**
 * A real MQTT broker (aedes) on a free loopback port, with an optional publisher of sample
 * tracking data: what `siscom-doctor demo` and the app's "try it" diagnose.
 */
export async function startEmbeddedBroker(options: EmbeddedBrokerOptions = {}): Promise<EmbeddedBroker> {
  const host = options.host ?? '127.0.0.1';
  const topic = options.topic ?? 'tracking/data';
  const broker = await Aedes.createBroker();
  const server = net.createServer(broker.handle);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as net.AddressInfo).port;
  const url = `mqtt://${host.includes(':') ? `[${host}]` : host}:${port}`;

  let timer: NodeJS.Timeout | undefined;
  if (options.publishSamples !== false) {
    // Published by the broker itself: no client to connect, so it works wherever the core runs.
    let seq = 0;
    timer = setInterval(() => {
      broker.publish({ cmd: 'publish', topic, payload: Buffer.from(sampleTrackingMessage(seq++)), qos: 0, retain: false, dup: false }, () => undefined);
    }, options.sampleIntervalMs ?? 200);
  }

  return {
    host,
    port,
    url,
    topic,
    async close() {
      clearInterval(timer);
      await new Promise<void>((resolve) => broker.close(() => resolve()));
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
