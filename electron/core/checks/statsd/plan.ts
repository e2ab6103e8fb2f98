import type { ParsedTargetInput } from '../../../../shared/model/target';
import type { Check } from '../../runner/check';
import { statsdConfigCheck } from './config';
import { statsdDnsCheck } from './dns';
import { statsdUdpCheck } from './udp';
import { statsdAdminCheck } from './admin';
import { statsdSendCheck } from './send';

/** The StatsD diagnosis, in dependency order: udp and admin run side by side after dns. */
export function statsdPlan(): Check[] {
  return [statsdConfigCheck, statsdDnsCheck, statsdUdpCheck, statsdAdminCheck, statsdSendCheck] as Check[];
}

/** The target says something about StatsD (STATSD_ENABLED in the .env, or --statsd): diagnose it too. */
export function wantsStatsd(input: ParsedTargetInput): boolean {
  return input.statsd?.enabled !== undefined;
}
