import type { Check, CheckOutcome } from '../runner/check';
import { runPing } from '../net/ping';
import { tcpConnect } from '../net/tcp-connect';
import type { ConfigData } from './config';
import type { DnsData } from './dns';

/** One echo is enough for a verdict and keeps a healthy diagnosis fast. */
const PING_COUNT = 1;

/**
 * The guide's `ping`: does the host answer ICMP echo? Many cloud hosts drop ICMP, so a silent
 * ping with a port that accepts TCP is only `icmp.blocked` (info). Runs beside the tcp step.
 */
export const icmpCheck: Check = {
  id: 'icmp',
  needs: ['config', 'dns'],
  async run(ctx): Promise<CheckOutcome> {
    const { endpoint } = ctx.outcome<ConfigData>('config')?.data as ConfigData;
    const { addresses } = ctx.outcome<DnsData>('dns')?.data as DnsData;
    const address = addresses[0]?.address ?? endpoint.host;
    // Half the budget each for the ping and, only if it stays silent, one TCP connect to tell
    // "ICMP filtered" from "host gone": the step ends within its timeout either way.
    const halfMs = Math.max(100, Math.floor(ctx.timeoutMs * 0.45));
    const ping = await runPing(address, { count: PING_COUNT, timeoutMs: halfMs, signal: ctx.signal });
    if (!ping.available) {
      return { status: 'skip', summary: { key: 'icmp.unavailable', params: { reason: ping.reason } }, evidence: { reason: ping.reason }, command: ping.command };
    }
    const evidence = { address, transmitted: ping.transmitted, received: ping.received, ...(ping.rtt ? { rttMs: ping.rtt } : {}), exitCode: ping.exitCode, output: ping.output.trim().split('\n').slice(-4).join('\n') };
    if (ping.received > 0) {
      return { status: 'pass', summary: { key: 'icmp.replied', params: { address, received: ping.received, transmitted: ping.transmitted, ms: ping.rtt ? Math.round(ping.rtt.avg * 10) / 10 : '?' } }, evidence, command: ping.command };
    }
    // No echo: is the host there anyway?
    const tcpOpen = await tcpConnect(address, endpoint.port, halfMs, ctx.signal).then(
      ({ socket }) => {
        socket.destroy();
        return true;
      },
      () => false,
    );
    return tcpOpen
      ? { status: 'pass', summary: { key: 'icmp.blocked', params: { address, port: endpoint.port } }, evidence: { ...evidence, tcpOpen }, command: ping.command, findings: [{ id: 'icmp.blocked', params: { host: endpoint.host, address, port: endpoint.port } }] }
      : { status: 'warn', summary: { key: 'icmp.no_reply', params: { address } }, evidence: { ...evidence, tcpOpen }, command: ping.command, findings: [{ id: 'icmp.no_reply', params: { host: endpoint.host, address, port: endpoint.port } }] };
  },
};
