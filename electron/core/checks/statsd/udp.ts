import type { Check, CheckOutcome } from '../../runner/check';
import { udpProbe } from '../../net/udp-probe';
import type { DnsData } from '../dns';
import type { StatsdConfigData } from './config';
import { fullName } from '../../statsd/send-metrics';

export const UDP_PROBES = 3;

export interface StatsdUdpData {
  address: string;
  port: number;
}

/**
 * The guide's `nc -zvu host port`, done so that it can fail: probes over a connected UDP socket,
 * where Linux turns the ICMP port-unreachable into ECONNREFUSED. No refusal is only "not refused".
 */
export const statsdUdpCheck: Check<StatsdUdpData> = {
  id: 'statsd.udp',
  needs: ['statsd.config', 'statsd.dns'],
  async run(ctx): Promise<CheckOutcome<StatsdUdpData>> {
    const { host, port, prefix } = ctx.outcome<StatsdConfigData>('statsd.config')?.data as StatsdConfigData;
    const { addresses } = ctx.outcome<DnsData>('statsd.dns')?.data as DnsData;
    // The service's client sends to the first address the resolver gives.
    const address = (addresses[0] as { address: string }).address;
    const command = `nc -zvu ${host} ${port}`;
    // A valid counter, so a receiver that is there just counts one probe.
    const payload = `${fullName(prefix, 'siscom_doctor.probe')}:1|c`;
    const windowMs = Math.max(60, Math.min(600, ctx.timeoutMs * 0.6));
    const probe = await udpProbe({ address, port, payload, probes: UDP_PROBES, windowMs, signal: ctx.signal });
    const evidence = { address, port, probesSent: probe.sent, windowMs, elapsedMs: probe.elapsedMs, ...(probe.code ? { code: probe.code, errorAfterProbes: probe.errorAfterProbes } : {}) };
    if (probe.cancelled) return { status: 'skip', summary: { key: 'step.cancelled' }, evidence };
    if (probe.code === 'ECONNREFUSED') {
      return {
        status: 'fail',
        summary: { key: 'statsd.udp.refused', params: { address, port, probes: probe.sent } },
        evidence,
        command,
        findings: [{ id: 'statsd.port_unreachable', params: { host, address, port, probes: probe.sent } }],
      };
    }
    if (probe.code) {
      return {
        status: 'fail',
        summary: { key: 'statsd.udp.error', params: { address, port, code: probe.code } },
        evidence,
        command,
        findings: [{ id: 'statsd.network_error', params: { address, port, code: probe.code, message: probe.message ?? probe.code } }],
      };
    }
    return {
      status: 'pass',
      summary: { key: 'statsd.udp.silent', params: { address, port, probes: probe.sent } },
      evidence,
      command,
      data: { address, port },
    };
  },
};
