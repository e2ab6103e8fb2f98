import { randomUUID } from 'node:crypto';
import type { StatsdSinkEvent } from '../../../shared/model/statsd';
import { startStatsdSink, type StatsdSink } from './sink';

/** At most 10 updates a second reach the UI, whatever the metric rate. */
export const SINK_BATCH_MS = 100;
/** Names sent with each batch (the sink remembers more; the UI shows a table). */
const NAMES_PER_BATCH = 200;

export interface SinkSessions {
  start(request: { port: number; host: string }): Promise<{ sinkId: string; address: string; port: number }>;
  stop(sinkId: string): Promise<boolean>;
  dispose(): Promise<void>;
}

/**
 * The sinks the UI started: each one's lines are batched here, in the core, into one event per
 * 100 ms carrying the totals and a bounded sample, never one IPC message per datagram.
 */
export function createSinkSessions(emit: (event: StatsdSinkEvent) => void, batchMs = SINK_BATCH_MS): SinkSessions {
  const sessions = new Map<string, { sink: StatsdSink; timer: NodeJS.Timeout; host: string }>();

  const flush = (sinkId: string, sink: StatsdSink, lastLines: { value: number }): void => {
    const totals = sink.totals();
    if (totals.lines === lastLines.value) return;
    lastLines.value = totals.lines;
    const { lines, omitted } = sink.drain();
    emit({ type: 'batch', sinkId, at: new Date().toISOString(), totals, lines, omitted, names: sink.names(NAMES_PER_BATCH) });
  };

  const end = async (sinkId: string, error?: Error): Promise<boolean> => {
    const session = sessions.get(sinkId);
    if (!session) return false;
    sessions.delete(sinkId);
    clearInterval(session.timer);
    await session.sink.close();
    emit({ type: 'stopped', sinkId, at: new Date().toISOString(), totals: session.sink.totals(), ...(error ? { error: error.message } : {}) });
    return true;
  };

  return {
    async start({ port, host }) {
      // A sink this session already runs on that port (a reloaded window forgot it) gives way.
      for (const [id, session] of sessions) if (session.sink.port === port && session.host === host) await end(id);
      const sink = await startStatsdSink({ port, host });
      const sinkId = randomUUID();
      const lastLines = { value: 0 };
      const timer = setInterval(() => flush(sinkId, sink, lastLines), batchMs);
      sessions.set(sinkId, { sink, timer, host });
      void sink.closed.then((error) => {
        if (error) void end(sinkId, error);
      });
      return { sinkId, address: sink.address, port: sink.port };
    },
    stop: (sinkId) => end(sinkId),
    async dispose() {
      await Promise.all([...sessions.keys()].map((id) => end(id)));
    },
  };
}
