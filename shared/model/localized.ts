/** A text carried in both product languages. The knowledge base and findings are written this way. */
export type Lang = 'es' | 'en';
export const LANGS: readonly Lang[] = ['es', 'en'] as const;
export interface LocalizedText {
  es: string;
  en: string;
}
export function isLang(value: unknown): value is Lang {
  return value === 'es' || value === 'en';
}
