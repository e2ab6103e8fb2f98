import type { LocalizedText } from '../../model/localized';

/** Summaries of the runner itself and of the config, dns and tcp steps. */
export const networkSummaries: Record<string, LocalizedText> = {
  'config.ok': { es: 'Configuración válida: {{protocol}}://{{host}}:{{port}}', en: 'Configuration is valid: {{protocol}}://{{host}}:{{port}}' },
  'config.invalid': { es: 'La configuración tiene errores', en: 'The configuration has errors' },
  'dns.literal': { es: '{{host}} ya es una dirección IP', en: '{{host}} is already an IP address' },
  'dns.resolved': { es: '{{host}} → {{addresses}} en {{ms}} ms', en: '{{host}} → {{addresses}} in {{ms}} ms' },
  'dns.failed': { es: 'No se pudo resolver {{host}} ({{code}})', en: 'Could not resolve {{host}} ({{code}})' },
  'tcp.connected': { es: 'Puerto {{port}} abierto en {{address}} ({{ms}} ms)', en: 'Port {{port}} is open at {{address}} ({{ms}} ms)' },
  'tcp.failed': { es: 'No se pudo conectar a {{address}}:{{port}} ({{code}})', en: 'Could not connect to {{address}}:{{port}} ({{code}})' },
  'step.skipped_dependency': { es: 'Omitido: depende de «{{dependency}}», que no pasó', en: 'Skipped: depends on "{{dependency}}", which did not pass' },
  'step.cancelled': { es: 'Cancelado', en: 'Cancelled' },
  'step.timeout': { es: 'Sin resultado en {{timeoutMs}} ms', en: 'No result within {{timeoutMs}} ms' },
  'step.crashed': { es: 'Error interno de la comprobación: {{message}}', en: 'Internal error in the check: {{message}}' },
};
