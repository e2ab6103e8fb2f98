import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import mqtt from 'mqtt';
import { runDiagnosis } from '../../electron/core/runner/run-diagnosis';
import { brokerPlan } from '../../electron/core/checks/plan';
import { startEmbeddedBroker } from '../../electron/core/demo/embedded-broker';
import { TargetInput } from '../../shared/model/target';
import type { DiagnosisReport } from '../../shared/model/report';
import { startFaultProxy } from '../helpers/fault-proxy';
import { silentListener } from '../helpers/ports';
import { figure, median, timeRuns, type Bench, type BenchFigure } from './figure';

const RUNS = 7;
const TOPIC = 'tracking/data';

/** The bare minimum a healthy check needs: mqtt.js CONNECT → CONNACK, SUBSCRIBE → SUBACK, then close. */
function bareMinimum(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const client = mqtt.connect(`mqtt://127.0.0.1:${port}`, { reconnectPeriod: 0, connectTimeout: 5000 });
    client.once('error', reject);
    client.once('connect', () =>
      client.subscribe(TOPIC, { qos: 0 }, (error) => {
        if (error) reject(error);
        client.end(true, {}, () => resolve());
      }),
    );
  });
}

function diagnoseOnce(port: number, listenMs = 0): Promise<DiagnosisReport> {
  const input = TargetInput.parse({ brokerHost: `127.0.0.1:${port}`, topic: TOPIC, listenMs, timeoutMs: 3000 });
  return runDiagnosis({ input, checks: brokerPlan(input) });
}

const has = (tool: string): boolean => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;

const run = promisify(execFile);

/**
 * The guide's manual sequence, one after the other as a person types it: ping, nc -zv,
 * mosquitto_sub. Run asynchronously: the broker and the proxy live in this process.
 */
async function manualSequence(port: number): Promise<void> {
  await run('ping', ['-n', '-c', '1', '-w', '2', '127.0.0.1']);
  await run('nc', ['-zv', '-w', '3', '127.0.0.1', String(port)]);
  // -E: exit once the subscription is acknowledged (CONNACK + SUBACK), the same ground the diagnosis covers.
  await run('mosquitto_sub', ['-h', '127.0.0.1', '-p', String(port), '-t', TOPIC, '-E', '-W', '5']);
}

export const mqttDiagnosisBench: Bench = {
  name: 'mqtt diagnosis',
  async run() {
    const figures: BenchFigure[] = [];
    const broker = await startEmbeddedBroker({ publishSamples: false });
    const wan = await startFaultProxy(broker.port, { delayMs: 50 });
    try {
      // Warm up both paths once (module loading, JIT) before timing.
      await bareMinimum(wan.port);
      await diagnoseOnce(wan.port);

      const bareWan = await timeRuns(RUNS, () => bareMinimum(wan.port));
      const reports: DiagnosisReport[] = [];
      const fullWan = await timeRuns(RUNS, async () => reports.push(await diagnoseOnce(wan.port)));
      const failed = reports.filter((r) => r.verdict === 'fail');
      if (failed.length > 0) throw new Error(`healthy diagnosis failed: ${JSON.stringify(failed[0]?.steps.map((s) => [s.id, s.status]))}`);
      figures.push(figure('healthy diagnosis, 50 ms each way, no listen window (median)', median(fullWan), 'ms', median(bareWan), { target: 'ratio ≤ 1.5', note: 'baseline: mqtt.js CONNECT+CONNACK+SUBACK through the same proxy' }));
      const stepSum = median(reports.map((r) => r.steps.reduce((sum, s) => sum + s.durationMs, 0)));
      figures.push(figure('concurrency: sum of step times / wall time (50 ms WAN)', stepSum, 'ms', median(reports.map((r) => r.durationMs)), { note: 'above 1 means steps overlapped' }));

      const bareLocal = await timeRuns(RUNS, () => bareMinimum(broker.port));
      const fullLocal = await timeRuns(RUNS, () => diagnoseOnce(broker.port));
      figures.push(
        figure('healthy diagnosis, plain loopback, no listen window (median)', median(fullLocal), 'ms', median(bareLocal), {
          note: 'reported only: fixed costs dominate at loopback speed (spawning ping, and aedes answering the concurrent SUBSCRIBE/PINGREQ with Nagle held against our delayed ACK, ~40 ms)',
        }),
      );

      if (has('ping') && has('nc') && has('mosquitto_sub')) {
        const manual = await timeRuns(3, () => manualSequence(wan.port));
        figures.push(figure('diagnosis vs the manual sequence (ping; nc -zv; mosquitto_sub -E), 50 ms WAN', median(fullWan), 'ms', median(manual), { note: 'baseline: the three commands one after another; the diagnosis also times PINGREQ, reads $SYS and checks TLS' }));
      }
    } finally {
      await wan.close();
      await broker.close();
    }

    const silent = await silentListener();
    try {
      const timeoutMs = 1000;
      const input = TargetInput.parse({ brokerHost: `127.0.0.1:${silent.port}`, topic: TOPIC, listenMs: 0, timeoutMs });
      const runs = await timeRuns(3, () => runDiagnosis({ input, checks: brokerPlan(input) }));
      figures.push(figure('silent listener: diagnosis to verdict (median)', median(runs), 'ms', timeoutMs, { target: 'ratio ≤ 1.1', note: 'baseline: the timeout itself' }));
    } finally {
      await silent.close();
    }
    return figures;
  },
};
