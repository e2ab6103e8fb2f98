import dgram from 'node:dgram';
import { isIP } from 'node:net';
import type { StatsdLine, StatsdNameSeen, StatsdSinkTotals } from '../../../shared/model/statsd';
import { parseStatsdLine, splitDatagram } from './line-protocol';

export interface StatsdSinkOptions {
  port: number;
  /** Loopback unless the person asks for more: a sink should not open a port to the network by surprise. */
  host?: string;
  /** Called for every line (the CLI prints them all); the UI reads batches through `drain()`. */
  onLine?: (line: StatsdLine) => void;
  /** Distinct names remembered; past this, new names are counted but not kept. */
  maxNames?: number;
  /** Newest lines kept between two `drain()` calls. */
  sampleSize?: number;
  /** SO_RCVBUF asked of the kernel (capped by net.core.rmem_max): room for bursts. */
  recvBufferSize?: number;
}

export interface StatsdSinkDrain {
  lines: StatsdLine[];
  /** Lines received since the previous drain that the bounded sample left out. */
  omitted: number;
}

/** A started sink: a UDP listener that parses every StatsD line it receives, in bounded memory. */
export interface StatsdSink {
  readonly address: string;
  readonly port: number;
  totals(): StatsdSinkTotals;
  names(limit?: number): StatsdNameSeen[];
  /** The newest lines since the previous call, at most `sampleSize`. */
  drain(): StatsdSinkDrain;
  /** The latest value seen for a metric name, if the name is remembered. */
  lastValue(name: string): number | string | undefined;
  /** Resolves when the socket is closed (by `close()` or an error); carries the error if any. */
  readonly closed: Promise<Error | undefined>;
  close(): Promise<void>;
}

const DEFAULT_MAX_NAMES = 1000;
const DEFAULT_SAMPLE = 50;
const DEFAULT_RCVBUF = 4 * 1024 * 1024;

/** Every sink this process runs, so a diagnosis can ask one whether its test metrics arrived. */
const running = new Set<StatsdSink>();
export function runningSinks(): readonly StatsdSink[] {
  return [...running];
}

export class SinkStartError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'SinkStartError';
  }
}

function startMessage(code: string, host: string, port: number): string {
  if (code === 'EADDRINUSE') return `UDP port ${port} on ${host} is already in use (EADDRINUSE): a StatsD server, Telegraf or another sink listens there; stop it or pick another port`;
  if (code === 'EACCES') return `not allowed to listen on UDP port ${port} (EACCES): ports below 1024 need privileges; pick a port from 1024 up`;
  if (code === 'EADDRNOTAVAIL') return `${host} is not an address of this machine (EADDRNOTAVAIL)`;
  return `cannot listen on UDP ${host}:${port} (${code})`;
}

export async function startStatsdSink(options: StatsdSinkOptions): Promise<StatsdSink> {
  const host = options.host ?? '127.0.0.1';
  if (isIP(host) === 0) throw new SinkStartError('EINVAL', `the sink listens on an IP address (127.0.0.1, 0.0.0.0, ::1, ::), not "${host}"`);
  const maxNames = options.maxNames ?? DEFAULT_MAX_NAMES;
  const sampleSize = options.sampleSize ?? DEFAULT_SAMPLE;
  const socket = dgram.createSocket({ type: isIP(host) === 6 ? 'udp6' : 'udp4', recvBufferSize: options.recvBufferSize ?? DEFAULT_RCVBUF });

  const totals: StatsdSinkTotals = { packets: 0, lines: 0, ok: 0, bad: 0, names: 0, namesCapped: false };
  const names = new Map<string, StatsdNameSeen>();
  // A ring of the newest lines since the last drain: bounded whatever the rate.
  const ring: StatsdLine[] = new Array(sampleSize);
  let ringNext = 0;
  let sinceDrain = 0;

  // The hot path: up to 100k datagrams a second. One sender's address string is reused.
  let lastAddress = '';
  let lastPort = -1;
  let from = '';
  const take = (text: string): void => {
    const line = parseStatsdLine(text, from);
    line.from ??= from;
    totals.lines++;
    if (line.ok) totals.ok++;
    else totals.bad++;
    if (line.kind === 'metric' && line.name !== undefined && line.type !== undefined && line.values) {
      const last = line.values[line.values.length - 1] as number | string;
      const seen = names.get(line.name);
      if (seen) {
        seen.count++;
        seen.last = last;
        seen.type = line.type;
      } else if (names.size < maxNames) {
        names.set(line.name, { name: line.name, type: line.type, count: 1, last });
        totals.names = names.size;
      } else {
        totals.namesCapped = true;
      }
    }
    ring[ringNext] = line;
    ringNext = (ringNext + 1) % sampleSize;
    sinceDrain++;
    options.onLine?.(line);
  };
  socket.on('message', (msg, rinfo) => {
    totals.packets++;
    if (rinfo.port !== lastPort || rinfo.address !== lastAddress) {
      lastAddress = rinfo.address;
      lastPort = rinfo.port;
      from = `${lastAddress}:${lastPort}`;
    }
    const text = msg.toString('utf8');
    if (text.indexOf('\n') < 0) {
      if (text.length > 0) take(text);
    } else {
      for (const line of splitDatagram(text)) take(line);
    }
  });

  await new Promise<void>((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException): void => {
      socket.close();
      const code = error.code ?? 'UNKNOWN';
      reject(new SinkStartError(code, startMessage(code, host, options.port)));
    };
    socket.once('error', onError);
    socket.bind({ port: options.port, address: host, exclusive: true }, () => {
      socket.off('error', onError);
      resolve();
    });
  });

  let resolveClosed: (error: Error | undefined) => void = () => undefined;
  const closed = new Promise<Error | undefined>((r) => (resolveClosed = r));
  let isClosed = false;
  const bound = socket.address();
  const sink: StatsdSink = {
    address: bound.address,
    port: bound.port,
    closed,
    totals: () => ({ ...totals }),
    names: (limit = maxNames) => [...names.values()].sort((a, b) => a.name.localeCompare(b.name)).slice(0, limit),
    lastValue: (name) => names.get(name)?.last,
    drain: () => {
      const count = Math.min(sinceDrain, sampleSize);
      const lines: StatsdLine[] = [];
      for (let i = count; i > 0; i--) lines.push(ring[(ringNext - i + sampleSize) % sampleSize] as StatsdLine);
      const omitted = sinceDrain - count;
      sinceDrain = 0;
      return { lines, omitted };
    },
    close: () =>
      new Promise<void>((resolve) => {
        if (isClosed) {
          resolve();
          return;
        }
        isClosed = true;
        running.delete(sink);
        socket.close(() => {
          resolveClosed(undefined);
          resolve();
        });
      }),
  };
  socket.on('error', (error) => {
    if (isClosed) return;
    isClosed = true;
    running.delete(sink);
    socket.close();
    resolveClosed(error);
  });
  running.add(sink);
  return sink;
}
