import type { FindingDefinition } from './definition';
import { configFindings } from './config';
import { networkFindings } from './network';
import { monitorFindings } from './monitor';

export type { FindingDefinition } from './definition';

/** Every finding the product can raise. Each domain keeps its own file; this only gathers them. */
export const FINDINGS: readonly FindingDefinition[] = [...configFindings, ...networkFindings, ...monitorFindings];

const byId = new Map(FINDINGS.map((f) => [f.id, f]));

export function findingDefinition(id: string): FindingDefinition | undefined {
  return byId.get(id);
}

export function findingIds(): string[] {
  return [...byId.keys()];
}
