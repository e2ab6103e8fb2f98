// A QoS 0 firehose for the monitor ingest bench: raw MQTT 3.1.1 PUBLISH packets written as
// fast as the socket takes them (respecting backpressure), so the publisher is never the
// bottleneck. Usage: node --import tsx test/bench/firehose-publisher.ts PORT TOPIC
import net from 'node:net';

const port = Number(process.argv[2]);
const topic = process.argv[3] ?? 'bench/firehose';

function remainingLength(n: number): Buffer {
  const out: number[] = [];
  do {
    let byte = n % 128;
    n = Math.floor(n / 128);
    if (n > 0) byte |= 0x80;
    out.push(byte);
  } while (n > 0);
  return Buffer.from(out);
}
const str = (s: string): Buffer => Buffer.concat([Buffer.from([s.length >> 8, s.length & 0xff]), Buffer.from(s)]);

const clientId = `firehose-${process.pid}`;
const connectBody = Buffer.concat([str('MQTT'), Buffer.from([0x04, 0x02, 0x00, 0x3c]), str(clientId)]);
const connect = Buffer.concat([Buffer.from([0x10]), remainingLength(connectBody.length), connectBody]);
const payload = Buffer.from(JSON.stringify({ device_id: 'unit-0001', timestamp: '2026-01-01T00:00:00.000Z', latitude: 19.4326, longitude: -99.1332, speed_kmh: 42, ignition: true }));
const publishBody = Buffer.concat([str(topic), payload]);
const publish = Buffer.concat([Buffer.from([0x30]), remainingLength(publishBody.length), publishBody]);
const burst = Buffer.concat(Array.from({ length: 256 }, () => publish));

const socket = net.connect(port, '127.0.0.1');
socket.setNoDelay(true);
socket.on('error', () => process.exit(0));
socket.on('data', () => undefined);
socket.once('data', () => {
  process.stdout.write('ready\n');
  const pump = (): void => {
    while (socket.write(burst));
    socket.once('drain', pump);
  };
  pump();
});
socket.write(connect);
