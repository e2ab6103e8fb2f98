import { lookup, Resolver } from 'node:dns/promises';
import { isIpLiteral } from '../../../shared/config/broker-address';
import type { Check, CheckContext, CheckOutcome } from '../runner/check';
import { withTimeout, TimeoutError } from '../net/with-timeout';
import type { ConfigData } from './config';

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}
export interface DnsData {
  host: string;
  addresses: ResolvedAddress[];
}

/** Asks one DNS server directly for A and AAAA records (both, like getaddrinfo). */
async function resolveWithServer(host: string, server: string, timeoutMs: number): Promise<ResolvedAddress[]> {
  const resolver = new Resolver({ timeout: timeoutMs, tries: 1 });
  resolver.setServers([server]);
  const [v4, v6] = await Promise.allSettled([resolver.resolve4(host), resolver.resolve6(host)]);
  const addresses: ResolvedAddress[] = [
    ...(v4.status === 'fulfilled' ? v4.value.map((address) => ({ address, family: 4 as const })) : []),
    ...(v6.status === 'fulfilled' ? v6.value.map((address) => ({ address, family: 6 as const })) : []),
  ];
  if (addresses.length > 0) return addresses;
  // Both failed or were empty: report the A query's reason (ENOTFOUND, ESERVFAIL, ETIMEOUT …).
  if (v4.status === 'rejected') throw v4.reason;
  if (v6.status === 'rejected') throw v6.reason;
  throw Object.assign(new Error(`${host} has no A or AAAA record`), { code: 'ENODATA' });
}

/**
 * Resolves a host the way the operating system does for the service (getaddrinfo), all
 * addresses; or, when a DNS server is named, by asking that server.
 */
export async function resolveHost(host: string, timeoutMs: number, signal?: AbortSignal, dnsServer?: string): Promise<ResolvedAddress[]> {
  if (isIpLiteral(host)) return [{ address: host, family: host.includes(':') ? 6 : 4 }];
  const work = dnsServer
    ? resolveWithServer(host, dnsServer, timeoutMs)
    : lookup(host, { all: true, order: 'verbatim' }).then((found) => found.map((a) => ({ address: a.address, family: a.family === 6 ? (6 as const) : (4 as const) })));
  return withTimeout(work, timeoutMs, signal, `DNS lookup of ${host}`);
}

export function dnsFailureFinding(host: string, error: unknown, timeoutMs: number): { id: string; params: Record<string, string | number> } {
  const code = (error as { code?: string }).code ?? 'UNKNOWN';
  if (error instanceof TimeoutError || code === 'ETIMEOUT') return { id: 'dns.timeout', params: { host, timeoutMs } };
  if (code === 'ENOTFOUND' || code === 'ENODATA') return { id: 'dns.not_found', params: { host, code } };
  return { id: 'dns.temporary_failure', params: { host, code } };
}

export interface DnsLookupFailure {
  error: unknown;
  lookupMs: number;
  /** The DNS server asked, when one was named; otherwise the system resolver was used. */
  server?: string;
  command: string;
}

/**
 * The lookup step every DNS check runs (the broker's host, STATSD_HOST): an IP literal passes as
 * is, a name is resolved and timed, and the summaries use the check's own key prefix
 * (`<prefix>.literal`, `<prefix>.resolved`). Each check words its own failure.
 */
export async function dnsLookupStep(
  ctx: CheckContext,
  host: string,
  keyPrefix: string,
  failed: (failure: DnsLookupFailure) => CheckOutcome<DnsData>,
): Promise<CheckOutcome<DnsData>> {
  const server = ctx.input.dnsServer;
  const command = server ? `dig @${server.replace(/:(\d+)$/, ' -p $1')} ${host}` : `getent hosts ${host}`;
  if (isIpLiteral(host)) {
    const addresses = await resolveHost(host, ctx.timeoutMs);
    return { status: 'pass', summary: { key: `${keyPrefix}.literal`, params: { host } }, evidence: { host, addresses, literal: true }, data: { host, addresses } };
  }
  const started = performance.now();
  try {
    const addresses = await resolveHost(host, ctx.timeoutMs, ctx.signal, server);
    const ms = Math.round(performance.now() - started);
    return {
      status: 'pass',
      summary: { key: `${keyPrefix}.resolved`, params: { host, addresses: addresses.map((a) => a.address).join(', '), ms } },
      evidence: { host, addresses, lookupMs: ms, resolver: server ?? 'system' },
      command,
      data: { host, addresses },
    };
  } catch (error) {
    return failed({ error, lookupMs: Math.round(performance.now() - started), ...(server ? { server } : {}), command });
  }
}

export const dnsCheck: Check<DnsData> = {
  id: 'dns',
  needs: ['config'],
  async run(ctx): Promise<CheckOutcome<DnsData>> {
    const { host } = (ctx.outcome<ConfigData>('config')?.data as ConfigData).endpoint;
    return dnsLookupStep(ctx, host, 'dns', ({ error, lookupMs, command }) => {
      const finding = dnsFailureFinding(host, error, ctx.timeoutMs);
      return {
        status: 'fail',
        summary: { key: 'dns.failed', params: { host, code: String(finding.params.code ?? 'ETIMEDOUT') } },
        evidence: { host, code: (error as { code?: string }).code, lookupMs },
        command,
        findings: [finding],
      };
    });
  },
};
