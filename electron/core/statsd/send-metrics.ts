import { randomInt } from 'node:crypto';
import { StatsD } from 'hot-shots';

/** The test metrics' names, under the service's prefix; people look for "siscom_doctor.test" on their server. */
export const TEST_METRIC_BASE = 'siscom_doctor.test';

export interface TestMetricsResult {
  ok: boolean;
  /** Full names as sent (with the prefix). */
  names: { counter: string; timer: string; gauge: string };
  /** A value unique to this run, so the gauge proves that these very metrics arrived. */
  gaugeValue: number;
  /** Metrics the client handed to the network without an error. */
  sent: number;
  error?: { code: string; message: string };
}

export function fullName(prefix: string, name: string): string {
  return prefix ? `${prefix}.${name}` : name;
}

/**
 * Sends a counter, a timer and a gauge through hot-shots (the client the product card names), the
 * way a service does. Errors reach hot-shots' error handler or the send callbacks; both are captured.
 * Over UDP hot-shots uses an unconnected socket, so a closed port is NOT an error here.
 */
export async function sendTestMetrics(options: { address: string; port: number; prefix: string; protocol: 'udp' | 'tcp'; timeoutMs: number; signal?: AbortSignal }): Promise<TestMetricsResult> {
  const { address, port, prefix, protocol } = options;
  const names = { counter: fullName(prefix, `${TEST_METRIC_BASE}.counter`), timer: fullName(prefix, `${TEST_METRIC_BASE}.timer`), gauge: fullName(prefix, `${TEST_METRIC_BASE}.gauge`) };
  const gaugeValue = randomInt(100_000, 1_000_000);
  let firstError: { code: string; message: string } | undefined;
  const note = (error: unknown): void => {
    if (error && !firstError) {
      const e = error as NodeJS.ErrnoException;
      firstError = { code: e.code ?? 'UNKNOWN', message: e.message ?? String(error) };
    }
  };
  const client = new StatsD({
    host: address,
    port,
    protocol,
    ...(prefix ? { prefix: `${prefix}.` } : {}),
    maxBufferSize: 0,
    cacheDns: false,
    datadog: false,
    includeDataDogTags: false,
    includeDatadogTelemetry: false,
    tcpGracefulErrorHandling: false,
    errorHandler: note,
    ...(address.includes(':') ? { udpSocketOptions: { type: 'udp6' as const } } : {}),
  });
  let sent = 0;
  const done = (resolve: () => void) => (error?: Error) => {
    note(error);
    if (!error) sent++;
    resolve();
  };
  const work = Promise.all([
    new Promise<void>((r) => client.increment(TEST_METRIC_BASE + '.counter', 1, done(r))),
    new Promise<void>((r) => client.timing(TEST_METRIC_BASE + '.timer', 42, done(r))),
    new Promise<void>((r) => client.gauge(TEST_METRIC_BASE + '.gauge', gaugeValue, done(r))),
  ]);
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<void>((resolve) => {
    timer = setTimeout(() => {
      note(Object.assign(new Error(`no answer from the client within ${options.timeoutMs} ms`), { code: 'ETIMEDOUT' }));
      resolve();
    }, options.timeoutMs);
    options.signal?.addEventListener('abort', () => resolve(), { once: true });
  });
  await Promise.race([work, limit]);
  clearTimeout(timer);
  // A TCP error may surface just after the writes; give it the time of a loopback round trip.
  if (protocol === 'tcp' && !firstError) await new Promise((r) => setTimeout(r, 30));
  await new Promise<void>((resolve) => {
    const t = setTimeout(resolve, 500);
    client.close((error?: Error) => {
      if (protocol === 'tcp') note(error);
      clearTimeout(t);
      resolve();
    });
  });
  return { ok: !firstError, names, gaugeValue, sent, ...(firstError ? { error: firstError } : {}) };
}
