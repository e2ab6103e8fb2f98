import dgram from 'node:dgram';

export type DnsAnswer = { kind: 'a'; address: string } | { kind: 'nxdomain' } | { kind: 'servfail' } | { kind: 'silent' };

export interface LoopbackDnsServer {
  server: string;
  queries: string[];
  close(): Promise<void>;
}

function readName(msg: Buffer, offset: number): { name: string; end: number } {
  const labels: string[] = [];
  let i = offset;
  while (msg[i] !== 0) {
    const len = msg[i] as number;
    labels.push(msg.subarray(i + 1, i + 1 + len).toString('ascii'));
    i += len + 1;
  }
  return { name: labels.join('.'), end: i + 1 };
}

/**
 * A real DNS server on 127.0.0.1 (UDP) that answers from a table, so DNS failures are tested
 * without sending a query off this machine.
 */
export async function startLoopbackDns(answers: Record<string, DnsAnswer>): Promise<LoopbackDnsServer> {
  const socket = dgram.createSocket('udp4');
  const queries: string[] = [];
  socket.on('message', (msg, rinfo) => {
    const { name, end } = readName(msg, 12);
    const qtype = msg.readUInt16BE(end);
    queries.push(name);
    const answer = answers[name.toLowerCase()] ?? { kind: 'nxdomain' };
    if (answer.kind === 'silent') return;
    const question = msg.subarray(12, end + 4);
    const rcode = answer.kind === 'nxdomain' ? 3 : answer.kind === 'servfail' ? 2 : 0;
    const withRecord = answer.kind === 'a' && qtype === 1;
    const header = Buffer.alloc(12);
    msg.copy(header, 0, 0, 2);
    header.writeUInt16BE(0x8180 | rcode, 2);
    header.writeUInt16BE(1, 4);
    header.writeUInt16BE(withRecord ? 1 : 0, 6);
    const parts = [header, question];
    if (withRecord) {
      const rr = Buffer.alloc(16);
      rr.writeUInt16BE(0xc00c, 0);
      rr.writeUInt16BE(1, 2);
      rr.writeUInt16BE(1, 4);
      rr.writeUInt32BE(60, 6);
      rr.writeUInt16BE(4, 10);
      answer.address.split('.').forEach((octet, k) => rr.writeUInt8(Number(octet), 12 + k));
      parts.push(rr);
    }
    socket.send(Buffer.concat(parts), rinfo.port, rinfo.address);
  });
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  return {
    server: `127.0.0.1:${socket.address().port}`,
    queries,
    close: () => new Promise((resolve) => socket.close(() => resolve())),
  };
}
