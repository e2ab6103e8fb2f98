import type { ParsedTargetInput } from '../../../shared/model/target';
import type { Check } from '../runner/check';
import { brokerPlan } from './plan';
import { statsdPlan, wantsStatsd } from './statsd/plan';

/** Which diagnosis to run: the broker's, StatsD's, or (auto) the broker's plus StatsD's when the target asks for it. */
export type PlanSelector = 'broker' | 'statsd' | 'auto';

/**
 * One plan for one run. The broker and StatsD checks share no dependency, so the runner runs the
 * two chains concurrently. The broker plan itself is left as it is.
 */
export function diagnosisPlan(input: ParsedTargetInput, selector: PlanSelector = 'auto'): Check[] {
  if (selector === 'broker') return brokerPlan(input);
  if (selector === 'statsd') return statsdPlan();
  return wantsStatsd(input) ? [...brokerPlan(input), ...statsdPlan()] : brokerPlan(input);
}
