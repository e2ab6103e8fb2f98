import type { FindingDefinition } from './definition';
import { configFindings } from './config';
import { networkFindings } from './network';
import { statsdFindings } from './statsd';
import { lintFindings } from './lint';
import { icmpFindings } from './icmp';
import { tlsFindings } from './tls-transport';
import { mqttFindings } from './mqtt-protocol';
import { monitorFindings } from './monitor';

export type { FindingDefinition } from './definition';

/** Every finding the product can raise. Each domain keeps its own file; this only gathers them. */
export const FINDINGS: readonly FindingDefinition[] = [
  ...configFindings,
  ...networkFindings,
  ...icmpFindings,
  ...tlsFindings,
  ...mqttFindings,
  ...monitorFindings,
  ...statsdFindings,
  ...lintFindings,
];

const byId = new Map(FINDINGS.map((f) => [f.id, f]));

export function findingDefinition(id: string): FindingDefinition | undefined {
  return byId.get(id);
}

export function findingIds(): string[] {
  return [...byId.keys()];
}
