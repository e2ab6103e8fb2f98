import type { LocalizedText } from '../../model/localized';

/** Summaries of the StatsD steps (statsd.config, statsd.dns, statsd.udp, statsd.admin, statsd.send). */
export const statsdSummaries: Record<string, LocalizedText> = {
  'statsd.config.ok': { es: 'StatsD activado: métricas a {{host}}:{{port}} (UDP), sin prefijo', en: 'StatsD is on: metrics to {{host}}:{{port}} (UDP), no prefix' },
  'statsd.config.ok_prefix': { es: 'StatsD activado: métricas «{{prefix}}.*» a {{host}}:{{port}} (UDP)', en: 'StatsD is on: "{{prefix}}.*" metrics to {{host}}:{{port}} (UDP)' },
  'statsd.config.disabled': { es: 'StatsD desactivado (STATSD_ENABLED={{value}}): no hay nada que probar', en: 'StatsD is off (STATSD_ENABLED={{value}}): nothing to test' },
  'statsd.config.invalid': { es: 'La configuración de StatsD tiene errores', en: 'The StatsD settings have errors' },
  'statsd.dns.literal': { es: '{{host}} ya es una dirección IP', en: '{{host}} is already an IP address' },
  'statsd.dns.resolved': { es: '{{host}} → {{addresses}} en {{ms}} ms', en: '{{host}} → {{addresses}} in {{ms}} ms' },
  'statsd.dns.failed': { es: 'No se pudo resolver {{host}} ({{code}})', en: 'Could not resolve {{host}} ({{code}})' },
  'statsd.udp.silent': {
    es: '{{probes}} pruebas UDP a {{address}}:{{port}} sin rechazo; el silencio en UDP no prueba nada por sí solo',
    en: '{{probes}} UDP probes to {{address}}:{{port}} met no refusal; silence over UDP proves nothing on its own',
  },
  'statsd.udp.refused': { es: 'Puerto UDP {{port}} cerrado en {{address}}: «puerto inalcanzable» (ECONNREFUSED)', en: 'UDP port {{port}} is closed at {{address}}: "port unreachable" (ECONNREFUSED)' },
  'statsd.udp.error': { es: 'El envío UDP a {{address}}:{{port}} falló ({{code}})', en: 'The UDP send to {{address}}:{{port}} failed ({{code}})' },
  'statsd.admin.etsy': { es: 'Etsy statsd responde en TCP {{port}} (health: up; {{badLines}} líneas erróneas vistas)', en: 'Etsy statsd answers on TCP {{port}} (health: up; {{badLines}} bad lines seen)' },
  'statsd.admin.http': { es: 'Un servicio HTTP responde en TCP {{port}} (¿agente APM de Datadog?): no es StatsD', en: 'An HTTP service answers on TCP {{port}} (Datadog’s APM agent?): not StatsD' },
  'statsd.admin.other': { es: 'Algo acepta conexiones en TCP {{port}}, pero no es una administración conocida', en: 'Something accepts connections on TCP {{port}}, but it is no known management service' },
  'statsd.admin.none': { es: 'Ningún servicio de administración responde en TCP {{ports}}', en: 'No management service answers on TCP {{ports}}' },
  'statsd.admin.on_metrics_port': { es: 'STATSD_PORT {{port}} es un puerto de administración/APM, no de métricas', en: 'STATSD_PORT {{port}} is a management/APM port, not a metrics port' },
  'statsd.send.confirmed': { es: 'Contador, temporizador y gauge enviados con hot-shots y recibidos ({{via}})', en: 'Counter, timer and gauge sent with hot-shots and received ({{via}})' },
  'statsd.send.unconfirmed': { es: '{{sent}} métricas de prueba (contador, temporizador, gauge) enviadas con hot-shots; nadie confirma que llegaran', en: '{{sent}} test metrics (counter, timer, gauge) sent with hot-shots; nobody confirms they arrived' },
  'statsd.send.not_received': { es: 'Enviadas, pero el servidor no las contó', en: 'Sent, but the server did not count them' },
  'statsd.send.failed': { es: 'hot-shots no pudo enviar ({{code}})', en: 'hot-shots could not send ({{code}})' },
};
