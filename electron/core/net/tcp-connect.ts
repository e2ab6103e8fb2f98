import net from 'node:net';

export interface TcpConnectResult {
  socket: net.Socket;
  connectMs: number;
}

/** A TCP connect failure with the errno code that names it (ETIMEDOUT for our own timeout). */
export class TcpConnectError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly elapsedMs: number,
  ) {
    super(message);
    this.name = 'TcpConnectError';
  }
}

/** Opens a TCP connection with a timeout and a cancel path; the caller owns the socket after. */
export function tcpConnect(host: string, port: number, timeoutMs: number, signal?: AbortSignal): Promise<TcpConnectResult> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const elapsed = (): number => Math.round((performance.now() - started) * 10) / 10;
    if (signal?.aborted) {
      reject(new TcpConnectError('ECANCELED', 'cancelled', 0));
      return;
    }
    const socket = net.connect({ host, port });
    const fail = (code: string, message: string): void => {
      cleanup();
      socket.destroy();
      reject(new TcpConnectError(code, message, elapsed()));
    };
    const onError = (error: NodeJS.ErrnoException): void => fail(error.code ?? 'UNKNOWN', error.message);
    const onAbort = (): void => fail('ECANCELED', 'cancelled');
    const timer = setTimeout(() => fail('ETIMEDOUT', `connect to ${host}:${port} did not finish within ${timeoutMs} ms`), timeoutMs);
    const onConnect = (): void => {
      cleanup();
      resolve({ socket, connectMs: elapsed() });
    };
    function cleanup(): void {
      clearTimeout(timer);
      socket.off('error', onError);
      socket.off('connect', onConnect);
      signal?.removeEventListener('abort', onAbort);
    }
    socket.once('error', onError);
    socket.once('connect', onConnect);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

const FINDING_BY_ERRNO: Record<string, string> = {
  ECONNREFUSED: 'tcp.refused',
  ETIMEDOUT: 'tcp.timeout',
  EHOSTUNREACH: 'tcp.unreachable',
  ENETUNREACH: 'tcp.unreachable',
  EHOSTDOWN: 'tcp.unreachable',
  EADDRNOTAVAIL: 'tcp.unreachable',
  ECONNRESET: 'tcp.reset',
};

export function tcpFindingId(code: string): string {
  return FINDING_BY_ERRNO[code] ?? 'tcp.error';
}
