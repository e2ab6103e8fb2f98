import type { Check, CheckOutcome } from '../../runner/check';
import { etsySnapshot } from '../../statsd/admin-client';
import { sendTestMetrics, type TestMetricsResult } from '../../statsd/send-metrics';
import { runningSinks, type StatsdSink } from '../../statsd/sink';
import type { StatsdConfigData } from './config';
import type { StatsdUdpData } from './udp';
import type { StatsdAdminData } from './admin';

const POLL_MS = 25;

function isLoopback(address: string): boolean {
  return address.startsWith('127.') || address === '::1' || address === '::ffff:127.0.0.1';
}

/** A built-in sink of this process that would receive what is sent to address:port. */
function sinkFor(address: string, port: number): StatsdSink | undefined {
  return runningSinks().find((s) => s.port === port && (s.address === address || s.address === '0.0.0.0' || s.address === '::' || (isLoopback(s.address) && isLoopback(address))));
}

async function poll<T>(ms: number, signal: AbortSignal, probe: () => Promise<T | undefined> | T | undefined): Promise<T | undefined> {
  const until = performance.now() + ms;
  for (;;) {
    const found = await probe();
    if (found !== undefined || performance.now() >= until || signal.aborted) return found;
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

/**
 * Real test metrics (counter, timer, gauge) with STATSD_PREFIX, sent through hot-shots; then
 * proof of delivery where there is a witness: Etsy statsd's counters and gauges (before and after),
 * or a built-in sink of this process listening on that port. The gauge carries a value unique to
 * the run, so it proves that these very metrics arrived.
 */
export const statsdSendCheck: Check = {
  id: 'statsd.send',
  needs: ['statsd.config', 'statsd.dns', 'statsd.udp', 'statsd.admin'],
  runAfterFailure: true,
  async run(ctx): Promise<CheckOutcome> {
    const udp = ctx.outcome<StatsdUdpData>('statsd.udp');
    if (udp?.status !== 'pass' || !udp.data) {
      const blocker = ['statsd.config', 'statsd.dns', 'statsd.udp'].find((id) => ctx.outcome(id)?.status !== 'pass') ?? 'statsd.udp';
      return { status: 'skip', summary: { key: 'step.skipped_dependency', params: { dependency: blocker } } };
    }
    const cfg = ctx.outcome<StatsdConfigData>('statsd.config')?.data as StatsdConfigData;
    const admin = ctx.outcome<StatsdAdminData>('statsd.admin')?.data ?? {};
    const { address, port } = udp.data;
    const sent: TestMetricsResult = await sendTestMetrics({ address, port, prefix: cfg.prefix, protocol: 'udp', timeoutMs: Math.max(50, ctx.timeoutMs * 0.4), signal: ctx.signal });
    const metrics = { ...sent.names, gaugeValue: sent.gaugeValue, sent: sent.sent };
    if (!sent.ok) {
      const error = sent.error as { code: string; message: string };
      return {
        status: 'fail',
        summary: { key: 'statsd.send.failed', params: { code: error.code } },
        evidence: { address, port, protocol: 'udp', metrics, error },
        findings: [{ id: 'statsd.send_failed', params: { host: cfg.host, port, protocol: 'UDP', code: error.code, message: error.message } }],
      };
    }

    const confirmMs = Math.max(50, Math.min(1000, ctx.timeoutMs * 0.4));
    const sink = sinkFor(address, port);
    const gauge = sent.names.gauge;
    const bySink = sink ? poll(confirmMs, ctx.signal, () => (sink.lastValue(gauge) === sent.gaugeValue ? true : undefined)) : Promise.resolve(undefined);
    const etsy = admin.etsy;
    const byEtsy = etsy
      ? poll(confirmMs, ctx.signal, async () => {
          const after = await etsySnapshot(etsy.address, etsy.port, confirmMs, ctx.signal).catch(() => undefined);
          return after && after.gauges[gauge] === sent.gaugeValue ? after : undefined;
        })
      : Promise.resolve(undefined);
    const [sinkSaw, etsyAfter] = await Promise.all([bySink, byEtsy]);

    const evidence: Record<string, unknown> = { address, port, protocol: 'udp', metrics };
    const proofs: string[] = [];
    const vias: string[] = [];
    if (etsy) {
      const after = etsyAfter ?? (await etsySnapshot(etsy.address, etsy.port, confirmMs, ctx.signal).catch(() => undefined));
      const counter = (name: string): string => `${name} ${etsy.before.counters[name] ?? 0}→${after?.counters[name] ?? '?'}`;
      evidence.server = {
        adminPort: etsy.port,
        gauge: { name: gauge, sent: sent.gaugeValue, seen: after?.gauges[gauge] ?? null },
        before: { metricsReceived: etsy.before.counters['statsd.metrics_received'], badLines: etsy.before.stats['messages.bad_lines_seen'] },
        after: { metricsReceived: after?.counters['statsd.metrics_received'], badLines: after?.stats['messages.bad_lines_seen'] },
      };
      const proof = `${gauge}=${after?.gauges[gauge] ?? '—'} (${sent.gaugeValue}); ${counter('statsd.metrics_received')}; ${counter('statsd.bad_lines_seen')}`;
      if (etsyAfter) {
        proofs.push(`Etsy statsd: ${proof}`);
        vias.push(`Etsy statsd, TCP ${etsy.port}`);
      } else if (!sinkSaw) {
        return {
          status: 'fail',
          summary: { key: 'statsd.send.not_received' },
          evidence,
          command: `printf 'gauges\\n' | nc -q 1 ${cfg.host} ${etsy.port}`,
          findings: [{ id: 'statsd.not_received', params: { host: cfg.host, port, adminPort: etsy.port, proof } }],
        };
      }
    }
    if (sink) evidence.sink = { address: sink.address, port: sink.port, gaugeSeen: sink.lastValue(gauge) ?? null };
    if (sinkSaw) {
      proofs.push(`siscom-doctor sink ${sink?.address}:${sink?.port}: ${gauge}=${sent.gaugeValue}`);
      vias.push(`siscom-doctor sink ${sink?.address}:${sink?.port}`);
    }
    if (proofs.length > 0) {
      return {
        status: 'pass',
        summary: { key: 'statsd.send.confirmed', params: { via: vias.join(' + ') } },
        evidence,
        findings: [{ id: 'statsd.ok', params: { host: cfg.host, port, proof: proofs.join(' · ') } }],
      };
    }
    const probes = Number((ctx.outcome('statsd.udp')?.evidence as { probesSent?: number } | undefined)?.probesSent ?? 0);
    return {
      status: 'warn',
      summary: { key: 'statsd.send.unconfirmed', params: { sent: sent.sent } },
      evidence,
      command: `nc -zvu ${cfg.host} ${port}`,
      findings: [{ id: 'statsd.unconfirmed', params: { host: cfg.host, port, probes } }],
    };
  },
};
