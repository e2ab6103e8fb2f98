import { describe, expect, it } from 'vitest';
import { createI18n } from '../../renderer/src/i18n';

describe('UI texts', () => {
  it('every UI key exists in both languages with the same blanks', () => {
    const i18n = createI18n('en');
    const es = i18n.getResourceBundle('es', 'ui') as Record<string, string>;
    const en = i18n.getResourceBundle('en', 'ui') as Record<string, string>;
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
    const blanks = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en)) expect(blanks(es[key] as string), key).toEqual(blanks(en[key] as string));
  });
});
