import net from 'node:net';
import tls from 'node:tls';
import { Aedes } from 'aedes';

export interface TlsBroker {
  port: number;
  close(): Promise<void>;
}

/** A real MQTT broker (aedes) behind a node TLS listener on loopback, with the given certificate. */
export async function startTlsAedes(pair: { key: string; cert: string }): Promise<TlsBroker> {
  const broker = await Aedes.createBroker();
  const server = tls.createServer({ key: pair.key, cert: pair.cert }, broker.handle as unknown as (socket: tls.TLSSocket) => void);
  server.on('tlsClientError', () => undefined);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    port: (server.address() as net.AddressInfo).port,
    close: async () => {
      await new Promise<void>((r) => broker.close(() => r()));
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
