import type { Bench } from './figure';
import { closedPortBench } from './closed-port.bench';
import { mqttDiagnosisBench } from './mqtt-diagnosis.bench';
import { statsdSinkBench } from './statsd-sink.bench';
import { lintDecodeBench } from './lint-decode.bench';
import { attemptLogBench } from './attempt-log.bench';
import { monitorIngestBench } from './monitor-ingest.bench';

/** Every benchmark `npm run bench` runs, in order. Each issue adds its own file here. */
export const BENCHES: readonly Bench[] = [closedPortBench, mqttDiagnosisBench, monitorIngestBench, attemptLogBench, statsdSinkBench, lintDecodeBench];
