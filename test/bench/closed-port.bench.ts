import net from 'node:net';
import { runDiagnosis } from '../../electron/core/runner/run-diagnosis';
import { brokerPlan } from '../../electron/core/checks/plan';
import { TargetInput } from '../../shared/model/target';
import { closedPort } from '../helpers/ports';
import { figure, median, timeRuns, type Bench } from './figure';

/** A closed port must be a verdict at once: compare the whole diagnosis with a bare connect. */
export const closedPortBench: Bench = {
  name: 'closed port verdict',
  async run() {
    const port = await closedPort();
    const bare = await timeRuns(30, () => new Promise<void>((resolve) => net.connect(port, '127.0.0.1').once('error', () => resolve())));
    const input = TargetInput.parse({ brokerHost: `127.0.0.1:${port}` });
    const full = await timeRuns(30, () => runDiagnosis({ input, checks: brokerPlan() }));
    return [
      figure('closed port: diagnosis to verdict (median)', median(full), 'ms', median(bare), { target: 'value well under 100 ms', note: 'baseline: bare net.connect → ECONNREFUSED' }),
    ];
  },
};
