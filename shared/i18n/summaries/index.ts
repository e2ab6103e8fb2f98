import type { LocalizedText } from '../../model/localized';
import { networkSummaries } from './network';
import { statsdSummaries } from './statsd';
import { lintSummaries } from './lint';
import { mqttSummaries } from './mqtt-steps';

/**
 * One-line step summaries, keyed by `<step>.<outcome>`, with `{{param}}` placeholders. Each
 * domain keeps its own file; this only gathers them.
 */
export const SUMMARIES: Record<string, LocalizedText> = { ...networkSummaries, ...mqttSummaries, ...statsdSummaries, ...lintSummaries };
