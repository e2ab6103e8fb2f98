import type { Check, CheckOutcome } from '../../runner/check';
import { etsySnapshot, probeTcpService, type EtsySnapshot, type TcpServiceProbe } from '../../statsd/admin-client';
import type { DnsData } from '../dns';
import type { StatsdConfigData } from './config';

export interface StatsdAdminData {
  /** Etsy statsd's management console, with its counters before our test metrics. */
  etsy?: { address: string; port: number; before: EtsySnapshot };
}

/**
 * What answers over TCP on the StatsD host: on STATSD_PORT itself (a management or APM service
 * there means the metrics are aimed at the wrong port) and on the management port, where Etsy
 * statsd's console lets the next step prove that the test metrics arrived.
 */
export const statsdAdminCheck: Check<StatsdAdminData> = {
  id: 'statsd.admin',
  needs: ['statsd.config', 'statsd.dns'],
  async run(ctx): Promise<CheckOutcome<StatsdAdminData>> {
    const cfg = ctx.outcome<StatsdConfigData>('statsd.config')?.data as StatsdConfigData;
    const { addresses } = ctx.outcome<DnsData>('statsd.dns')?.data as DnsData;
    const address = (addresses[0] as { address: string }).address;
    const budget = Math.max(50, Math.min(1500, ctx.timeoutMs * 0.4));
    const ports = cfg.adminPort === cfg.port ? [cfg.port] : [cfg.port, cfg.adminPort];
    const probes = await Promise.all(ports.map((p) => probeTcpService(address, p, budget, ctx.signal)));
    const onMetricsPort = probes[0] as TcpServiceProbe;
    const onAdminPort = (probes[1] ?? probes[0]) as TcpServiceProbe;
    const services = probes.map((p) => ({ port: p.port, kind: p.kind, ...(p.reply ? { reply: p.reply } : {}), ...(p.code ? { code: p.code } : {}) }));
    const etsyProbe = probes.find((p) => p.kind === 'etsy');
    let etsy: StatsdAdminData['etsy'];
    let snapshotError: string | undefined;
    if (etsyProbe) {
      try {
        etsy = { address, port: etsyProbe.port, before: await etsySnapshot(address, etsyProbe.port, budget, ctx.signal) };
      } catch (error) {
        snapshotError = (error as { code?: string }).code ?? String(error);
      }
    }
    const evidence = {
      address,
      services,
      ...(etsy ? { before: { counters: pick(etsy.before.counters, 'statsd.'), stats: etsy.before.stats } } : {}),
      ...(snapshotError ? { snapshotError } : {}),
    };
    const command = `printf 'health\\n' | nc -q 1 ${cfg.host} ${onAdminPort.port}`;
    if (onMetricsPort.kind === 'etsy' || onMetricsPort.kind === 'http') {
      return {
        status: 'fail',
        summary: { key: 'statsd.admin.on_metrics_port', params: { port: cfg.port } },
        evidence,
        command: `printf 'health\\n' | nc -q 1 ${cfg.host} ${cfg.port}`,
        findings: [{ id: 'statsd.admin_port', params: { host: cfg.host, port: cfg.port, reply: onMetricsPort.reply ?? '' } }],
        data: etsy ? { etsy } : {},
      };
    }
    if (etsy) {
      return { status: 'pass', summary: { key: 'statsd.admin.etsy', params: { port: etsy.port, badLines: etsy.before.stats['messages.bad_lines_seen'] ?? 0 } }, evidence, command, data: { etsy } };
    }
    const key = onAdminPort.kind === 'http' ? 'statsd.admin.http' : onAdminPort.kind === 'other' ? 'statsd.admin.other' : 'statsd.admin.none';
    return { status: 'pass', summary: { key, params: { port: onAdminPort.port, ports: ports.join(', ') } }, evidence, command, data: {} };
  },
};

function pick(table: Record<string, number>, prefix: string): Record<string, number> {
  return Object.fromEntries(Object.entries(table).filter(([k]) => k.startsWith(prefix)));
}
