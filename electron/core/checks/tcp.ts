import type { Check, CheckOutcome } from '../runner/check';
import { tcpConnect, tcpFindingId, TcpConnectError } from '../net/tcp-connect';
import type { ConfigData } from './config';
import type { DnsData } from './dns';

export interface TcpData {
  address: string;
  port: number;
  connectMs: number;
}

/** The guide's `nc -zv host port`: can a TCP connection be opened to the broker's port? */
export const tcpCheck: Check<TcpData> = {
  id: 'tcp',
  needs: ['config', 'dns'],
  async run(ctx): Promise<CheckOutcome<TcpData>> {
    const { endpoint } = ctx.outcome<ConfigData>('config')?.data as ConfigData;
    const { addresses } = ctx.outcome<DnsData>('dns')?.data as DnsData;
    const { host, port } = endpoint;
    const command = `nc -zv ${host} ${port}`;
    const attempts: Array<{ address: string; ok: boolean; ms: number; code?: string }> = [];
    let firstError: TcpConnectError | undefined;
    // Like the service's client: try each address in the order the resolver gave them.
    for (const { address } of addresses) {
      try {
        const { socket, connectMs } = await tcpConnect(address, port, ctx.timeoutMs, ctx.signal);
        socket.destroy();
        attempts.push({ address, ok: true, ms: connectMs });
        return {
          status: 'pass',
          summary: { key: 'tcp.connected', params: { address, port, ms: Math.round(connectMs) } },
          evidence: { address, port, connectMs, attempts },
          command,
          data: { address, port, connectMs },
        };
      } catch (error) {
        const e = error instanceof TcpConnectError ? error : new TcpConnectError('UNKNOWN', String(error), 0);
        attempts.push({ address, ok: false, ms: e.elapsedMs, code: e.code });
        firstError ??= e;
        if (e.code === 'ECANCELED') break;
      }
    }
    const e = firstError as TcpConnectError;
    const address = attempts[0]?.address ?? host;
    return {
      status: 'fail',
      summary: { key: 'tcp.failed', params: { address, port, code: e.code } },
      evidence: { port, code: e.code, attempts },
      command,
      findings: [{ id: tcpFindingId(e.code), params: { host, port, address, code: e.code, message: e.message, timeoutMs: ctx.timeoutMs } }],
    };
  },
};
