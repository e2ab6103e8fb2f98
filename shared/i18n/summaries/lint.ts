import type { LocalizedText } from '../../model/localized';

/** Summaries of the config step when it also linted the .env the target came from. */
export const lintSummaries: Record<string, LocalizedText> = {
  'config.ok_env_notes': {
    es: 'Dirección válida: {{protocol}}://{{host}}:{{port}}; el .env tiene {{count}} observaciones',
    en: 'Address is valid: {{protocol}}://{{host}}:{{port}}; the .env has {{count}} remarks',
  },
};
