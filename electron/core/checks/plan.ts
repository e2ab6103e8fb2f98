import type { Check } from '../runner/check';
import { configCheck } from './config';
import { dnsCheck } from './dns';
import { tcpCheck } from './tcp';

/** The broker diagnosis, in dependency order (the runner runs independent checks concurrently). */
export function brokerPlan(): Check[] {
  return [configCheck, dnsCheck, tcpCheck] as Check[];
}
