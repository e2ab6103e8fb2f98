import type { LocalizedText } from '../model/localized';
import { KB, kbEntry, type CodeSource, type KbEntry, type KbSource } from '../kb';

/** A source that does not define the asked number, said explicitly (decode 7: not a CONNACK code). */
export interface CodeAbsence {
  source: CodeSource;
  note: LocalizedText;
}

export interface CodeDecoding {
  input: string;
  /** Every entry that defines the code, most likely first. */
  matches: KbEntry[];
  absent: CodeAbsence[];
}

/** Which source a bare number most likely comes from, when several define it. */
const NUMBER_PRIORITY: KbSource[] = ['connack', 'paho', 'reason', 'suback', 'errno'];
const HEX_PRIORITY: KbSource[] = ['reason', 'suback', 'connack', 'paho', 'errno'];

/** `--source connack` also covers SUBACK's 0x80, the other MQTT 3.1.1 code. */
const SOURCE_COVERS: Record<CodeSource, KbSource[]> = {
  connack: ['connack', 'suback'],
  reason: ['reason'],
  paho: ['paho'],
  errno: ['errno'],
  tls: ['tls'],
};

const NUMBER = /^[+-]?\d{1,10}$/;
const HEX = /^0x[0-9a-f]{1,8}$/i;

export function parseCodeNumber(text: string): { value: number; hex: boolean } | undefined {
  const s = text.trim();
  if (NUMBER.test(s)) return { value: Number(s), hex: false };
  if (HEX.test(s)) return { value: parseInt(s.slice(2), 16), hex: true };
  return undefined;
}

const hex = (n: number): string => `0x${n.toString(16).toUpperCase().padStart(2, '0')}`;

function absence(source: CodeSource, n: number): CodeAbsence {
  switch (source) {
    case 'connack':
      return {
        source,
        note: {
          es: `No es un código CONNACK: MQTT 3.1.1 solo define los códigos de retorno 0 a 5, y ${n} no es uno de ellos.`,
          en: `Not a CONNACK code: MQTT 3.1.1 only defines return codes 0 to 5, and ${n} is not one of them.`,
        },
      };
    case 'reason':
      return {
        source,
        note: {
          es: `No es un código de motivo de MQTT 5: ${hex(n)} (${n}) no está definido (los de error van de 0x80 a 0xA2).`,
          en: `Not an MQTT 5 reason code: ${hex(n)} (${n}) is not defined (the error ones go from 0x80 to 0xA2).`,
        },
      };
    case 'paho':
      return {
        source,
        note: {
          es: `No es un código de paho-mqtt: sus MQTT_ERR_* van de -1 a 16.`,
          en: `Not a paho-mqtt code: its MQTT_ERR_* go from -1 to 16.`,
        },
      };
    case 'errno':
      return {
        source,
        note: { es: `${n} no es uno de los errno de red que esta herramienta explica.`, en: `${n} is not one of the network errno values this tool explains.` },
      };
    case 'tls':
      return { source, note: { es: 'Los errores TLS tienen nombre, no número.', en: 'TLS errors have names, not numbers.' } };
  }
}

function byName(text: string, allowed: KbSource[] | undefined): KbEntry[] {
  const upper = text.trim().toUpperCase();
  if (upper === '') return [];
  const direct = kbEntry(text.trim());
  if (direct && (!allowed || allowed.includes(direct.source))) return [direct];
  return KB.filter((e) => (!allowed || allowed.includes(e.source)) && (e.code.toUpperCase() === upper || (e.source === 'paho' && e.name.toUpperCase().startsWith(`${upper}:`))));
}

/**
 * Decodes one code: a bare number (every source that defines it, most likely first, and the
 * MQTT sources that do not), a hex reason code, a name (ECONNREFUSED, MQTT_ERR_CONN_LOST,
 * CERT_HAS_EXPIRED) or a knowledge-base id (connack.5).
 */
export function decodeCode(input: string, source?: CodeSource): CodeDecoding {
  const allowed = source ? SOURCE_COVERS[source] : undefined;
  const number = parseCodeNumber(input);
  if (!number) return { input, matches: byName(input, allowed), absent: [] };
  const { value } = number;
  const order = number.hex ? HEX_PRIORITY : NUMBER_PRIORITY;
  const matches = KB.filter((e) => e.value === value && order.includes(e.source) && (!allowed || allowed.includes(e.source))).sort(
    (a, b) => order.indexOf(a.source) - order.indexOf(b.source),
  );
  const asked: CodeSource[] = source ? [source] : ['connack', 'reason', 'paho'];
  const absent = asked.filter((s) => !matches.some((m) => SOURCE_COVERS[s].includes(m.source))).map((s) => absence(s, value));
  return { input, matches, absent };
}
