import type { Bench } from './figure';
import { closedPortBench } from './closed-port.bench';
import { attemptLogBench } from './attempt-log.bench';
import { monitorIngestBench } from './monitor-ingest.bench';

/** Every benchmark `npm run bench` runs, in order. Each issue adds its own file here. */
export const BENCHES: readonly Bench[] = [closedPortBench, attemptLogBench, monitorIngestBench];
