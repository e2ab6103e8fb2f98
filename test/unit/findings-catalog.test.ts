import { describe, expect, it } from 'vitest';
import { FINDINGS, findingDefinition } from '../../shared/findings';
import { renderFinding, renderSummary } from '../../shared/i18n';
import { SUMMARIES } from '../../shared/i18n/summaries';

const REQUIRED = ['config.invalid_broker_host', 'dns.not_found', 'dns.temporary_failure', 'tcp.refused', 'tcp.timeout', 'tcp.unreachable', 'tcp.reset'];
const placeholders = (text: string): string[] => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] as string).sort();

describe('the findings catalog', () => {
  it('has every finding the walking skeleton needs', () => {
    for (const id of REQUIRED) expect(findingDefinition(id), id).toBeDefined();
  });

  it('has unique, dotted, lower-case ids', () => {
    const ids = FINDINGS.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9_]+(\.[a-z0-9_]+)+$/);
  });

  it.each(FINDINGS.map((f) => [f.id, f] as const))('%s is complete in Spanish and English', (_id, f) => {
    for (const text of [f.title, f.explanation, ...f.fixes]) {
      expect(text.es.trim().length).toBeGreaterThan(0);
      expect(text.en.trim().length).toBeGreaterThan(0);
      expect(text.es).not.toBe(text.en);
      // Both languages fill the same blanks.
      expect(placeholders(text.es)).toEqual(placeholders(text.en));
    }
    if (f.severity !== 'info') expect(f.fixes.length).toBeGreaterThan(0);
  });

  it('renders a finding in the asked language with its parameters filled', () => {
    const es = renderFinding({ id: 'tcp.refused', step: 'tcp', params: { host: 'b.example', port: 1883, address: '10.0.0.1' } }, 'es');
    const en = renderFinding({ id: 'tcp.refused', step: 'tcp', params: { host: 'b.example', port: 1883, address: '10.0.0.1' } }, 'en');
    expect(es.title).toBe('Conexión rechazada en b.example:1883');
    expect(en.title).toBe('Connection refused at b.example:1883');
    expect(en.command).toBe('nc -zv b.example 1883');
    expect(en.explanation).not.toContain('{{');
  });

  it('keeps summaries bilingual with matching blanks', () => {
    for (const [key, text] of Object.entries(SUMMARIES)) {
      expect(placeholders(text.es), key).toEqual(placeholders(text.en));
    }
    expect(renderSummary({ key: 'tcp.connected', params: { address: '127.0.0.1', port: 1883, ms: 3 } }, 'es')).toBe('Puerto 1883 abierto en 127.0.0.1 (3 ms)');
  });
});
