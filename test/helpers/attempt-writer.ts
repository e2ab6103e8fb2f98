// A child process that appends attempts to a log as fast as it can, for the kill -9 test.
// Usage: node --import tsx test/helpers/attempt-writer.ts DIR
import { openAttemptLog } from '../../electron/core/attempts/attempt-log';

const dir = process.argv[2] as string;
const log = openAttemptLog(dir, { maxBytes: 1024 * 1024 * 1024 });
let n = 0;
const pad = 'x'.repeat(2000);
process.stdout.write('ready\n');
for (;;) {
  log.append({
    v: 1,
    id: `w-${n}`,
    at: new Date().toISOString(),
    source: 'cli',
    target: '127.0.0.1:1883',
    clientId: 'writer',
    mqttVersion: '3.1.1',
    outcome: n % 3 === 0 ? 'network_error' : 'connected',
    phases: { totalMs: n },
    // A long message makes a torn write likely when the kill lands.
    errorMessage: pad,
    attempt: n,
  });
  n++;
}
