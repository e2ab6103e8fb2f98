import net from 'node:net';

/** What the proxy does to the traffic; settable while it runs. */
export interface FaultSettings {
  /** Added to every chunk, each way (a broker across a WAN). */
  delayMs?: number;
  /** Accept, then answer with a RST. */
  reset?: boolean;
  /** Accept and never forward nor answer (a firewall that drops). */
  blackhole?: boolean;
  /** Close both sides after this many bytes from the client. */
  closeAfterBytes?: number;
  /** Cut a connection after it has been idle this long (a NAT or load balancer). */
  idleCutMs?: number;
}

export interface FaultProxy {
  port: number;
  settings: FaultSettings;
  /** Connections accepted so far, and how many the proxy cut for idleness. */
  stats: { accepted: number; idleCuts: number };
  /** Resets every open connection now (a network blip). */
  dropAll(): void;
  close(): Promise<void>;
}

/** A TCP proxy on loopback in front of a loopback upstream, with faults to order. */
export async function startFaultProxy(upstreamPort: number, settings: FaultSettings = {}, upstreamHost = '127.0.0.1'): Promise<FaultProxy> {
  const open = new Set<net.Socket>();
  const stats = { accepted: 0, idleCuts: 0 };
  const server = net.createServer((client) => {
    stats.accepted++;
    open.add(client);
    client.on('close', () => open.delete(client));
    client.on('error', () => undefined);
    if (settings.reset) {
      client.resetAndDestroy();
      return;
    }
    if (settings.blackhole) return;
    const upstream = net.connect(upstreamPort, upstreamHost);
    open.add(upstream);
    upstream.on('close', () => {
      open.delete(upstream);
      client.destroy();
    });
    upstream.on('error', () => client.destroy());
    client.on('close', () => upstream.destroy());
    let fromClient = 0;
    let idleTimer: NodeJS.Timeout | undefined;
    const touch = (): void => {
      if (!settings.idleCutMs) return;
      clearTimeout(idleTimer);
      idleTimer = setTimeout(() => {
        stats.idleCuts++;
        client.resetAndDestroy();
        upstream.destroy();
      }, settings.idleCutMs);
    };
    touch();
    client.on('close', () => clearTimeout(idleTimer));
    const forward = (from: net.Socket, to: net.Socket, countClientBytes: boolean): void => {
      from.on('data', (chunk: Buffer) => {
        touch();
        if (countClientBytes && settings.closeAfterBytes !== undefined) {
          fromClient += chunk.length;
          if (fromClient >= settings.closeAfterBytes) {
            client.destroy();
            upstream.destroy();
            return;
          }
        }
        const send = (): void => {
          if (!to.destroyed) to.write(chunk);
        };
        if (settings.delayMs) setTimeout(send, settings.delayMs);
        else send();
      });
    };
    forward(client, upstream, true);
    forward(upstream, client, false);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    port: (server.address() as net.AddressInfo).port,
    settings,
    stats,
    dropAll: () => {
      for (const s of open) s.destroy();
    },
    close: async () => {
      for (const s of open) s.destroy();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
