import type { Lang } from '../model/localized';
import { connackEntries, subackEntries } from './mqtt311';
import { reasonEntries } from './mqtt5';
import { pahoEntries } from './paho';
import { mqttjsEntries } from './mqttjs';
import { errnoEntries } from './errno';
import { tlsEntries } from './tls-errors';
import { mosquittoEntries } from './mosquitto';
import type { KbEntry, KbSource } from './entry';

export type { KbEntry, KbSource, KbStep, CodeSource } from './entry';
export { KB_SOURCES, CODE_SOURCES } from './entry';

/** The whole knowledge base: every code the product can explain, each citing its source. */
export const KB: readonly KbEntry[] = [
  ...connackEntries,
  ...subackEntries,
  ...reasonEntries,
  ...pahoEntries,
  ...mqttjsEntries,
  ...errnoEntries,
  ...tlsEntries,
  ...mosquittoEntries,
];

const byId = new Map(KB.map((e) => [e.id, e]));

export function kbEntry(id: string): KbEntry | undefined {
  return byId.get(id);
}

export function kbIds(): string[] {
  return [...byId.keys()];
}

export function entriesOf(source: KbSource): KbEntry[] {
  return KB.filter((e) => e.source === source);
}

/** An entry in one language, as the CLI's JSON and the decoder screen show it. */
export interface RenderedKbEntry {
  id: string;
  source: KbSource;
  code: string;
  value?: number;
  name: string;
  severity: KbEntry['severity'];
  meaning: string;
  causes: string[];
  next: string[];
  step?: string;
  cite: string;
}

export function renderKbEntry(entry: KbEntry, lang: Lang): RenderedKbEntry {
  return {
    id: entry.id,
    source: entry.source,
    code: entry.code,
    ...(entry.value !== undefined ? { value: entry.value } : {}),
    name: entry.name,
    severity: entry.severity,
    meaning: entry.meaning[lang],
    causes: entry.causes.map((c) => c[lang]),
    next: entry.next.map((n) => n[lang]),
    ...(entry.step ? { step: entry.step } : {}),
    cite: entry.cite,
  };
}
