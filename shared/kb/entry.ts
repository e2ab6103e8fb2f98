import type { LocalizedText } from '../model/localized';

/** Where a code comes from. A bare number means different things in each of these. */
export const KB_SOURCES = ['connack', 'suback', 'reason', 'paho', 'mqttjs', 'errno', 'tls', 'mosquitto'] as const;
export type KbSource = (typeof KB_SOURCES)[number];

/** The sources a person can name with `decode --source` (the rest are matched from text only). */
export const CODE_SOURCES = ['connack', 'reason', 'paho', 'errno', 'tls'] as const;
export type CodeSource = (typeof CODE_SOURCES)[number];

/** The wizard step that checks what an entry is about, so the screen can send the person there. */
export type KbStep = 'config' | 'dns' | 'tcp' | 'tls' | 'mqtt' | 'subscribe' | 'monitor' | 'statsd';

/**
 * One code or message explained. `causes` are ranked, most likely first; `next` says what to
 * check next. `cite` names the source text the meaning is taken from, so anyone can verify it.
 */
export interface KbEntry {
  id: string;
  source: KbSource;
  /** The code as its source writes it: `5`, `0x8E`, `MQTT_ERR_CONN_LOST`, `ECONNREFUSED`. */
  code: string;
  /** The numeric value when the code has one (CONNACK 5, reason 0x8E = 142, errno 111). */
  value?: number;
  /** The name or message the source gives it, verbatim. */
  name: string;
  /** ok: a success code; the others say how bad meeting it is. */
  severity: 'ok' | 'info' | 'warning' | 'error';
  meaning: LocalizedText;
  causes: LocalizedText[];
  next: LocalizedText[];
  step?: KbStep;
  cite: string;
}

export const t = (es: string, en: string): LocalizedText => ({ es, en });
