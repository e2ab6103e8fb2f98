import { tcpConnect, TcpConnectError } from '../net/tcp-connect';

/** What answers on a TCP port of the StatsD host. */
export type TcpServiceKind = 'etsy' | 'http' | 'other' | 'none';

export interface TcpServiceProbe {
  kind: TcpServiceKind;
  port: number;
  /** The first line of the reply, cleaned for display (never more than 80 characters). */
  reply?: string;
  /** Why nothing answered (ECONNREFUSED, ETIMEDOUT …). */
  code?: string;
}

function firstLine(text: string): string {
  return (text.split(/\r?\n/)[0] ?? '').replace(/[^\x20-\x7e]/g, '?').slice(0, 80);
}

/**
 * Sends one line on a fresh TCP connection and collects the reply until `done(reply)` says it is
 * complete, the peer closes, or the time is up. Rejects with TcpConnectError when it cannot connect.
 */
export async function tcpExchange(address: string, port: number, line: string, timeoutMs: number, signal: AbortSignal | undefined, done: (reply: string) => boolean): Promise<string> {
  const started = performance.now();
  const { socket } = await tcpConnect(address, port, timeoutMs, signal);
  const left = Math.max(50, timeoutMs - (performance.now() - started));
  return new Promise<string>((resolve) => {
    let reply = '';
    const finish = (): void => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', finish);
      socket.destroy();
      resolve(reply);
    };
    const timer = setTimeout(finish, left);
    signal?.addEventListener('abort', finish, { once: true });
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      // Bounded: a management reply is small; a flood is cut.
      if (reply.length < 256 * 1024) reply += chunk;
      if (done(reply)) finish();
    });
    socket.on('error', finish);
    socket.on('close', finish);
    socket.write(`${line}\n`);
  });
}

/**
 * Tells Etsy statsd's management console (`health` → `health: up`) from an HTTP service such as
 * Datadog's APM agent (which answers the line with an HTTP 400) from anything else, or from nothing.
 */
export async function probeTcpService(address: string, port: number, timeoutMs: number, signal?: AbortSignal): Promise<TcpServiceProbe> {
  let reply: string;
  try {
    reply = await tcpExchange(address, port, 'health', timeoutMs, signal, (r) => r.includes('\n'));
  } catch (error) {
    return { kind: 'none', port, code: error instanceof TcpConnectError ? error.code : String(error) };
  }
  if (/^health:\s*\w+/.test(reply)) return { kind: 'etsy', port, reply: firstLine(reply) };
  if (reply.startsWith('HTTP/')) return { kind: 'http', port, reply: firstLine(reply) };
  return { kind: 'other', port, ...(reply ? { reply: firstLine(reply) } : {}) };
}

/** A numeric table from Etsy's management console (`counters`, `gauges`), printed by util.inspect. */
export function parseInspectNumbers(text: string): Record<string, number> {
  const out: Record<string, number> = {};
  const entry = /(?:'((?:[^'\\]|\\.)*)'|([A-Za-z_$][\w$]*)):\s*(-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)/g;
  for (const m of text.matchAll(entry)) out[(m[1] ?? m[2]) as string] = Number(m[3]);
  return out;
}

/** `stats`: `key: value` lines. */
export function parseStatsLines(text: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const line of text.split('\n')) {
    const m = /^([\w.]+):\s*(-?\d+(?:\.\d+)?)$/.exec(line.trim());
    if (m) out[m[1] as string] = Number(m[2]);
  }
  return out;
}

export interface EtsySnapshot {
  counters: Record<string, number>;
  gauges: Record<string, number>;
  stats: Record<string, number>;
}

const ends = (r: string): boolean => /(^|\n)END\n/.test(r);

/** Reads Etsy statsd's counters, gauges and stats (three short management commands, in parallel). */
export async function etsySnapshot(address: string, port: number, timeoutMs: number, signal?: AbortSignal): Promise<EtsySnapshot> {
  const [counters, gauges, stats] = await Promise.all(['counters', 'gauges', 'stats'].map((cmd) => tcpExchange(address, port, cmd, timeoutMs, signal, ends)));
  return { counters: parseInspectNumbers(counters as string), gauges: parseInspectNumbers(gauges as string), stats: parseStatsLines(stats as string) };
}
