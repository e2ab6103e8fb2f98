import type { LocalizedText } from '../model/localized';
import type { Severity } from '../model/report';

/**
 * A finding as the knowledge base defines it. Ids are stable and dotted (`tcp.refused`); once
 * released an id never changes meaning — add a new id instead. Texts may hold `{{param}}`
 * placeholders filled from the finding instance's params.
 */
export interface FindingDefinition {
  id: string;
  severity: Severity;
  title: LocalizedText;
  explanation: LocalizedText;
  fixes: LocalizedText[];
  /** The manual command that shows the same thing, with `{{param}}` placeholders. */
  command?: string;
  /** Knowledge-base entries (shared/kb) that explain the codes behind this finding. */
  kb?: string[];
}

export function defineFindings<const T extends readonly FindingDefinition[]>(defs: T): T {
  return defs;
}
