import dgram from 'node:dgram';

export interface UdpProbeResult {
  /** Datagrams handed to the kernel. */
  sent: number;
  /** The first error the connected socket reported (ECONNREFUSED is the ICMP port-unreachable). */
  code?: string;
  message?: string;
  /** How many probes had gone out when the error arrived. */
  errorAfterProbes?: number;
  elapsedMs: number;
  cancelled: boolean;
}

/**
 * Sends `probes` datagrams over a *connected* UDP socket, spread over `windowMs`, and listens for
 * errors until the window closes. Only a connected socket hears the ICMP port-unreachable a
 * closed port sends back: Linux reports it as ECONNREFUSED on the next receive, the same
 * "[Errno 111] Connection refused" the service's client logs. No error proves nothing by itself.
 */
export function udpProbe(options: { address: string; port: number; payload: string; probes: number; windowMs: number; signal?: AbortSignal }): Promise<UdpProbeResult> {
  const { address, port, payload, probes, windowMs, signal } = options;
  return new Promise((resolve) => {
    const started = performance.now();
    const socket = dgram.createSocket(address.includes(':') ? 'udp6' : 'udp4');
    const result: UdpProbeResult = { sent: 0, elapsedMs: 0, cancelled: false };
    const timers: NodeJS.Timeout[] = [];
    let done = false;
    const finish = (): void => {
      if (done) return;
      done = true;
      for (const t of timers) clearTimeout(t);
      signal?.removeEventListener('abort', onAbort);
      result.elapsedMs = Math.round((performance.now() - started) * 10) / 10;
      try {
        socket.close();
      } catch {
        // Already closed by an error.
      }
      resolve(result);
    };
    const onAbort = (): void => {
      result.cancelled = true;
      finish();
    };
    if (signal?.aborted) {
      onAbort();
      return;
    }
    signal?.addEventListener('abort', onAbort, { once: true });
    socket.on('error', (error: NodeJS.ErrnoException) => {
      if (result.code === undefined) {
        result.code = error.code ?? 'UNKNOWN';
        result.message = error.message;
        result.errorAfterProbes = result.sent;
      }
      finish();
    });
    // The refusal arrives on a receive; a listening socket keeps libuv reading.
    socket.on('message', () => undefined);
    socket.connect(port, address, () => {
      const gap = windowMs / probes;
      for (let i = 0; i < probes; i++) {
        timers.push(
          setTimeout(() => {
            if (done) return;
            socket.send(payload, (error) => {
              if (error) socket.emit('error', error);
              else result.sent++;
            });
          }, i * gap),
        );
      }
      timers.push(setTimeout(finish, windowMs));
    });
  });
}
