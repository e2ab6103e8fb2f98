import type { Check, CheckOutcome } from '../../runner/check';
import { TimeoutError } from '../../net/with-timeout';
import { dnsLookupStep, type DnsData } from '../dns';
import type { StatsdConfigData } from './config';

/** STATSD_HOST resolved the way the service resolves it (or through the named DNS server). */
export const statsdDnsCheck: Check<DnsData> = {
  id: 'statsd.dns',
  needs: ['statsd.config'],
  async run(ctx): Promise<CheckOutcome<DnsData>> {
    const { host } = ctx.outcome<StatsdConfigData>('statsd.config')?.data as StatsdConfigData;
    return dnsLookupStep(ctx, host, 'statsd.dns', ({ error, lookupMs, server, command }) => {
      const code = error instanceof TimeoutError ? 'ETIMEDOUT' : ((error as { code?: string }).code ?? 'UNKNOWN');
      const notFound = code === 'ENOTFOUND' || code === 'ENODATA';
      return {
        status: 'fail',
        summary: { key: 'statsd.dns.failed', params: { host, code } },
        evidence: { host, code, lookupMs, resolver: server ?? 'system' },
        command,
        findings: [{ id: notFound ? 'statsd.dns.not_found' : 'statsd.dns.failed', params: { host, code } }],
      };
    });
  },
};
