import dgram from 'node:dgram';
import { readFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import { startStatsdSink } from '../../electron/core/statsd/sink';
import { figure, type Bench, type BenchFigure } from './figure';

const RATE_LINES_PER_S = 100_000;
const DURATION_MS = 1000;
const RCVBUF = 4 * 1024 * 1024;

// The sender runs in its own thread so it does not share the receiver's event loop; it paces
// itself to the line rate and counts what the kernel accepted.
const SENDER = `
const { parentPort, workerData } = require('node:worker_threads');
const dgram = require('node:dgram');
const { port, rate, durationMs, linesPerDatagram } = workerData;
const names = ['siscom_api.mqtt.messages', 'siscom_api.db.latency', 'siscom_api.queue.depth', 'siscom_api.http.requests'];
const types = ['c', 'ms', 'g', 'c|@0.5|#topic:tracking'];
// Datagrams built ahead, so the loop measures sending, not string building.
let seq = 0;
const pool = Array.from({ length: 997 }, () => {
  const lines = [];
  for (let i = 0; i < linesPerDatagram; i++) { const k = seq++ % 4; lines.push(names[k] + ':' + (seq % 1000) + '|' + types[k]); }
  return Buffer.from(lines.join('\\n'));
});
const socket = dgram.createSocket('udp4');
let errors = 0, issued = 0;
socket.on('error', () => errors++);
const total = Math.floor((durationMs / 1000) * rate / linesPerDatagram);
let started;
const tick = () => {
  const elapsed = performance.now() - started;
  const due = Math.min(total, Math.floor((elapsed / 1000) * rate / linesPerDatagram));
  while (issued < due) socket.send(pool[issued++ % pool.length]);
  if (issued < total) setTimeout(tick, 1);
  else {
    const ms = performance.now() - started;
    setTimeout(() => { socket.close(); parentPort.postMessage({ sent: issued - errors, errors, issued, ms }); }, 50);
  }
};
socket.bind(0, '127.0.0.1', () => socket.connect(port, '127.0.0.1', () => { started = performance.now(); tick(); }));
`;

function sendStream(port: number, linesPerDatagram: number, durationMs = DURATION_MS): Promise<{ sent: number; errors: number; issued: number; ms: number }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(SENDER, { eval: true, workerData: { port, rate: RATE_LINES_PER_S, durationMs, linesPerDatagram } });
    worker.once('message', (m) => {
      resolve(m);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

/** The kernel's drop counter for one UDP socket (/proc/net/udp, last column), by local port. */
async function socketDrops(port: number): Promise<number | undefined> {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  const table = await readFile('/proc/net/udp', 'utf8').catch(() => '');
  for (const row of table.split('\n').slice(1)) {
    const cols = row.trim().split(/\s+/);
    if (cols[1]?.endsWith(`:${hexPort}`)) return Number(cols[cols.length - 1]);
  }
  return undefined;
}

/** Host-wide UDP receive errors (/proc/net/snmp): other programs count here too, so it is context only. */
async function udpReceiveErrors(): Promise<number> {
  const snmp = await readFile('/proc/net/snmp', 'utf8').catch(() => '');
  const rows = snmp.split('\n').filter((l) => l.startsWith('Udp:'));
  if (rows.length < 2) return 0;
  const keys = (rows[0] as string).split(/\s+/);
  const values = (rows[1] as string).split(/\s+/).map(Number);
  return values[keys.indexOf('RcvbufErrors')] ?? 0;
}

async function settle(read: () => number): Promise<void> {
  let last = -1;
  while (read() !== last) {
    last = read();
    await new Promise((r) => setTimeout(r, 100));
  }
}

interface Measured {
  /** Share of the stream's wall time the receiving event loop was busy (eventLoopUtilization). */
  busy: number;
  sentLines: number;
  receivedLines: number;
  droppedLines: number;
  hostRcvbufErrors: number;
  seconds: number;
}

async function throughSink(linesPerDatagram: number, durationMs = DURATION_MS): Promise<Measured> {
  const sink = await startStatsdSink({ port: 0, recvBufferSize: RCVBUF });
  const hostBefore = await udpReceiveErrors();
  const elu = performance.eventLoopUtilization();
  const sent = await sendStream(sink.port, linesPerDatagram, durationMs);
  const busy = performance.eventLoopUtilization(elu).utilization;
  await settle(() => sink.totals().lines);
  const drops = (await socketDrops(sink.port)) ?? 0;
  const hostAfter = await udpReceiveErrors();
  const received = sink.totals();
  await sink.close();
  if (received.bad !== 0) throw new Error(`the sink flagged ${received.bad} good lines as bad`);
  return { busy, sentLines: sent.sent * linesPerDatagram, receivedLines: received.lines, droppedLines: drops * linesPerDatagram, hostRcvbufErrors: hostAfter - hostBefore, seconds: sent.ms / 1000 };
}

async function throughBareSocket(linesPerDatagram: number, durationMs = DURATION_MS): Promise<Measured> {
  const socket = dgram.createSocket({ type: 'udp4', recvBufferSize: RCVBUF });
  let packets = 0;
  socket.on('message', () => packets++);
  await new Promise<void>((r) => socket.bind(0, '127.0.0.1', r));
  const port = socket.address().port;
  const hostBefore = await udpReceiveErrors();
  const elu = performance.eventLoopUtilization();
  const sent = await sendStream(port, linesPerDatagram, durationMs);
  const busy = performance.eventLoopUtilization(elu).utilization;
  await settle(() => packets);
  const drops = (await socketDrops(port)) ?? 0;
  const hostAfter = await udpReceiveErrors();
  socket.close();
  return { busy, sentLines: sent.sent * linesPerDatagram, receivedLines: packets * linesPerDatagram, droppedLines: drops * linesPerDatagram, hostRcvbufErrors: hostAfter - hostBefore, seconds: sent.ms / 1000 };
}

/**
 * The sink must keep up with 100k metric lines/s on loopback: every line sent is either received
 * and parsed or counted as dropped by the kernel (the socket's own drop counter). The baseline is
 * the line count sent; a bare socket that parses nothing gets the same stream for comparison.
 */
export const statsdSinkBench: Bench = {
  name: 'statsd sink',
  async run() {
    const figures: BenchFigure[] = [];
    // Warm both receivers' code up (JIT) on a short stream, so neither pays for it in the measure.
    await throughSink(20, 200);
    await throughBareSocket(20, 200);
    for (const perDatagram of [1, 20]) {
      const label = `${perDatagram} line${perDatagram > 1 ? 's' : ''}/datagram`;
      // The bare socket first, then the sink: if load on the machine grows, it counts against the sink.
      const bare = await throughBareSocket(perDatagram);
      const sink = await throughSink(perDatagram);
      const note = `sent ${sink.sentLines} lines in ${sink.seconds.toFixed(2)} s (${Math.round(sink.sentLines / sink.seconds)} lines/s); kernel drops on the socket ${sink.droppedLines} lines; host RcvbufErrors +${sink.hostRcvbufErrors}; load average ${loadavg()[0]?.toFixed(1)}`;
      figures.push(figure(`sender, ${label}: achieved line rate vs 100k/s`, sink.sentLines / sink.seconds, 'lines/s', RATE_LINES_PER_S, { target: '≈ 1' }));
      figures.push(figure(`sink @100k lines/s, ${label}: received / sent`, sink.receivedLines, 'lines', sink.sentLines, { target: '≥ 0.99', note }));
      figures.push(figure(`sink @100k lines/s, ${label}: (received + kernel drops) / sent`, sink.receivedLines + sink.droppedLines, 'lines', sink.sentLines, { target: '= 1 (no loss beyond the kernel’s)' }));
      figures.push(figure(`receiving event loop busy, ${label}: sink vs bare socket`, sink.busy * 100, '%', bare.busy * 100, { note: 'eventLoopUtilization while the stream lasts' }));
      figures.push(
        figure(`bare socket, same stream, ${label}: received / sent`, bare.receivedLines, 'lines', bare.sentLines, { note: `kernel drops ${bare.droppedLines} lines; host RcvbufErrors +${bare.hostRcvbufErrors}` }),
      );
    }
    return figures;
  },
};
