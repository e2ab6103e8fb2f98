import { isIpLiteral } from '../../../../shared/config/broker-address';
import type { Check, CheckOutcome } from '../../runner/check';
import { TimeoutError } from '../../net/with-timeout';
import { resolveHost, type DnsData } from '../dns';
import type { StatsdConfigData } from './config';

/** STATSD_HOST resolved the way the service resolves it (or through the named DNS server). */
export const statsdDnsCheck: Check<DnsData> = {
  id: 'statsd.dns',
  needs: ['statsd.config'],
  async run(ctx): Promise<CheckOutcome<DnsData>> {
    const { host } = ctx.outcome<StatsdConfigData>('statsd.config')?.data as StatsdConfigData;
    const server = ctx.input.dnsServer;
    const command = server ? `dig @${server.replace(/:(\d+)$/, ' -p $1')} ${host}` : `getent hosts ${host}`;
    if (isIpLiteral(host)) {
      const addresses = await resolveHost(host, ctx.timeoutMs);
      return { status: 'pass', summary: { key: 'statsd.dns.literal', params: { host } }, evidence: { host, addresses, literal: true }, data: { host, addresses } };
    }
    const started = performance.now();
    try {
      const addresses = await resolveHost(host, ctx.timeoutMs, ctx.signal, server);
      const ms = Math.round(performance.now() - started);
      return {
        status: 'pass',
        summary: { key: 'statsd.dns.resolved', params: { host, addresses: addresses.map((a) => a.address).join(', '), ms } },
        evidence: { host, addresses, lookupMs: ms, resolver: server ?? 'system' },
        command,
        data: { host, addresses },
      };
    } catch (error) {
      const code = error instanceof TimeoutError ? 'ETIMEDOUT' : ((error as { code?: string }).code ?? 'UNKNOWN');
      const notFound = code === 'ENOTFOUND' || code === 'ENODATA';
      return {
        status: 'fail',
        summary: { key: 'statsd.dns.failed', params: { host, code } },
        evidence: { host, code, lookupMs: Math.round(performance.now() - started), resolver: server ?? 'system' },
        command,
        findings: [{ id: notFound ? 'statsd.dns.not_found' : 'statsd.dns.failed', params: { host, code } }],
      };
    }
  },
};
