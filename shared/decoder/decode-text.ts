import type { LocalizedText } from '../model/localized';
import { KB, kbEntry, type KbEntry } from '../kb';
import { decodeCode, parseCodeNumber } from './decode-code';

/** One recognised code in a pasted text, where it was first seen and how often. */
export interface TextHit {
  entry: KbEntry;
  /** The words that matched, as written. */
  match: string;
  /** 1-based line of the first occurrence. */
  line: number;
  /** On how many lines it appears. */
  count: number;
  /** The client id a broker log line names, when it names one. */
  clientId?: string;
  /** What the surrounding text adds to the entry (a StatsD client's "Connection refused"). */
  hint?: LocalizedText;
}

export interface TextDecoding {
  hits: TextHit[];
  /** The text was longer than what is scanned; only its start was read. */
  truncated: boolean;
}

/** Logs pasted into the decoder are read up to this many characters, lines up to LINE_LIMIT. */
export const TEXT_LIMIT = 256 * 1024;
const LINE_LIMIT = 4096;

type Resolve = (m: RegExpExecArray, line: string) => KbEntry | undefined;
interface Pattern {
  re: RegExp;
  resolve: Resolve;
  /** Capture group holding a client id. */
  clientGroup?: number;
}

const id = (kbId: string): Resolve => () => kbEntry(kbId);
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A numeric code read from a log line: the words around it say which source it belongs to. */
function numberInContext(label: string, raw: string, line: string): KbEntry | undefined {
  const parsed = parseCodeNumber(raw);
  if (!parsed) return undefined;
  const { matches } = decodeCode(raw);
  const lower = line.toLowerCase();
  const prefer = (source: KbEntry['source']): KbEntry | undefined => matches.find((e) => e.source === source);
  if (/reason/i.test(label) || parsed.hex) return prefer('reason') ?? matches[0];
  // paho reports its own codes to on_disconnect, CONNACK codes to on_connect.
  if (/disconnect|connection lost|conn_lost/.test(lower)) return prefer('paho') ?? matches[0];
  if (/connack|on_connect|connect(ed|ion)? (refused|failed)/.test(lower)) return prefer('connack') ?? prefer('reason') ?? matches[0];
  if (/^code$/i.test(label) && parsed.value >= 128) return prefer('reason') ?? matches[0];
  return matches[0];
}

function errnoNumber(raw: string, node: boolean): KbEntry | undefined {
  const n = Number(raw);
  // Node prints errno negated (-111); Python prints it positive, and getaddrinfo codes negative.
  const value = node && n < -3 ? -n : n;
  return KB.find((e) => e.source === 'errno' && e.value === value);
}

const reasonNamePatterns: Pattern[] = KB.filter((e) => e.source === 'reason' && (e.value ?? 0) >= 0x80)
  // These two words are also mqtt.js's and paho's CONNACK 5 and 3 texts: matched below, in context.
  .filter((e) => !['Not authorized', 'Server unavailable', 'Unspecified error'].includes(e.name))
  .map((e) => ({ re: new RegExp(`\\b${escape(e.name)}\\b`, e.name === 'Bad User Name or Password' ? 'g' : 'gi'), resolve: () => e }));

// Generic texts ("No error.", "Unknown error.") would match too much; -1 has no text.
const pahoTextPatterns: Pattern[] = KB.filter((e) => e.source === 'paho' && ![-1, 0, 6, 13, 14].includes(e.value ?? 0)).map((e) => {
  const text = e.name.slice(e.name.indexOf(': ') + 2).replace(/\.$/, '');
  return { re: new RegExp(escape(text), 'gi'), resolve: () => e };
});

/** Ordered: an earlier pattern wins where two match the same words. */
const PATTERNS: Pattern[] = [
  // mosquitto broker log lines.
  { re: /Client (\S+) already connected, closing old connection/gi, resolve: id('mosquitto.log.already_connected'), clientGroup: 1 },
  { re: /Client (\S+) has exceeded timeout, disconnecting/gi, resolve: id('mosquitto.log.exceeded_timeout'), clientGroup: 1 },
  { re: /denied: max_connections exceeded/gi, resolve: id('mosquitto.log.max_connections') },
  { re: /Client (\S+) disconnected, not authori[sz]ed/gi, resolve: id('mosquitto.log.not_authorised'), clientGroup: 1 },
  { re: /Socket error on client (\S+), disconnecting/gi, resolve: id('mosquitto.log.socket_error'), clientGroup: 1 },
  { re: /Client (\S+) disconnected due to (?:a )?(?:protocol error|malformed packet)/gi, resolve: id('mosquitto.log.protocol_error'), clientGroup: 1 },
  { re: /Denied (?:PUBLISH|SUBSCRIBE) from (\S+)/gi, resolve: id('mosquitto.log.acl_denied'), clientGroup: 1 },
  // mosquitto_sub / mosquitto_pub.
  { re: /Unable to connect \(Lookup error\.?\)/gi, resolve: id('mosquitto.client.lookup_error') },
  { re: /Error: A TLS error occurred/gi, resolve: id('mosquitto.client.tls_error') },
  // mqtt.js refuses a subscription as "Subscribe error: <reason>"; 0x80 is 3.1.1's only SUBACK failure.
  { re: /Subscribe error: Unspecified error/g, resolve: id('suback.0x80') },
  { re: /\bqos['"]?\s*:\s*128\b/gi, resolve: id('suback.0x80') },
  // mosquitto_sub -V 5 prints the MQTT 5 reason string ("Connection error: Not authorized"), and
  // mqtt.js a SUBACK refusal's ("Subscribe error: Not authorized").
  { re: /(?:Connection|Subscribe) error: ([A-Z][A-Za-z ]+[a-z])/g, resolve: (m) => KB.find((e) => e.source === 'reason' && (e.value ?? 0) >= 0x80 && e.name.toLowerCase() === (m[1] ?? '').toLowerCase()) },
  // mqtt.js's own errors.
  { re: /connack timeout/gi, resolve: id('mqttjs.connack_timeout') },
  { re: /Keepalive timeout/g, resolve: id('mqttjs.keepalive_timeout') },
  // MQTT 5 reason names (mqtt.js v5, mosquitto_sub -V 5), exact-case where 3.1.1 uses the same words.
  ...reasonNamePatterns,
  // CONNACK texts: the spec's, paho's connack_string, mosquitto_sub's, mqtt.js's.
  { re: /(?:Connection Refused: )?not authori[sz]ed/gi, resolve: (_m, line) => numberNear(line, 'reason.0x87') ?? kbEntry('connack.5') },
  { re: /(?:Connection Refused: )?bad user ?name or password/gi, resolve: id('connack.4') },
  { re: /(?:Connection Refused: )?(?:broker|server) unavailable/gi, resolve: (_m, line) => numberNear(line, 'reason.0x88') ?? kbEntry('connack.3') },
  { re: /(?:Connection Refused: )?identifier rejected/gi, resolve: id('connack.2') },
  { re: /(?:Connection Refused: )?unacceptable protocol version/gi, resolve: id('connack.1') },
  // paho constants and error_string texts.
  { re: /\bMQTT_ERR_[A-Z_]+\b/g, resolve: (m) => KB.find((e) => e.source === 'paho' && e.code === m[0]) },
  ...pahoTextPatterns,
  // Numbers with their label: rc=7, return code 5, reasonCode: 142, code: 135, Código 7.
  {
    re: /\b(rc|result code|return code|reason ?code|returnCode|error code|connack code|c[oó]digo(?: de error)?|code:)\s*[:=]?\s*(-?\d{1,4}|0x[0-9a-f]{1,2})\b/gi,
    resolve: (m, line) => numberInContext((m[1] ?? '').replace(/:$/, ''), m[2] ?? '', line),
  },
  { re: /\b0x(?:[89][0-9a-f]|a[0-2])\b/gi, resolve: (m) => kbEntry(`reason.0x${m[0].slice(2).toUpperCase()}`) },
  // errno: Python's [Errno 111], Node's errno: -111, the names, the exceptions, the texts.
  { re: /\[Errno (-?\d{1,4})\]/g, resolve: (m) => errnoNumber(m[1] ?? '', false) },
  { re: /\berrno:?\s*(-\d{1,4})\b/g, resolve: (m) => errnoNumber(m[1] ?? '', true) },
  { re: /\b(ECONNREFUSED|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|ECONNRESET|EPIPE|ENOTFOUND|EAI_AGAIN)\b/g, resolve: (m) => kbEntry(`errno.${m[1]}`) },
  { re: /\bConnectionRefusedError\b/g, resolve: id('errno.ECONNREFUSED') },
  { re: /\bConnectionResetError\b/g, resolve: id('errno.ECONNRESET') },
  { re: /\bBrokenPipeError\b/g, resolve: id('errno.EPIPE') },
  // mqtt.js words a CONNACK refusal "Connection refused: <reason>"; only the bare words are the errno.
  { re: /Connection refused(?!:)/gi, resolve: id('errno.ECONNREFUSED') },
  { re: /Connection reset by peer/gi, resolve: id('errno.ECONNRESET') },
  { re: /Connection timed out/gi, resolve: id('errno.ETIMEDOUT') },
  { re: /No route to host/gi, resolve: id('errno.EHOSTUNREACH') },
  { re: /Network is unreachable/gi, resolve: id('errno.ENETUNREACH') },
  { re: /Broken pipe/gi, resolve: id('errno.EPIPE') },
  { re: /Name or service not known|nodename nor servname provided|No address associated with hostname/gi, resolve: id('errno.ENOTFOUND') },
  { re: /Temporary failure in name resolution/gi, resolve: id('errno.EAI_AGAIN') },
  // TLS: Node's codes, then the OpenSSL/Python words.
  { re: /\b(CERT_HAS_EXPIRED|CERT_NOT_YET_VALID|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_VERIFY_LEAF_SIGNATURE|UNABLE_TO_GET_ISSUER_CERT_LOCALLY|ERR_TLS_CERT_ALTNAME_INVALID|ERR_SSL_WRONG_VERSION_NUMBER)\b/g, resolve: (m) => kbEntry(`tls.${m[1]}`) },
  { re: /certificate has expired/gi, resolve: id('tls.CERT_HAS_EXPIRED') },
  { re: /certificate is not yet valid/gi, resolve: id('tls.CERT_NOT_YET_VALID') },
  { re: /self[- ]signed certificate in certificate chain/gi, resolve: id('tls.SELF_SIGNED_CERT_IN_CHAIN') },
  { re: /self[- ]signed certificate/gi, resolve: id('tls.DEPTH_ZERO_SELF_SIGNED_CERT') },
  { re: /unable to verify the first certificate/gi, resolve: id('tls.UNABLE_TO_VERIFY_LEAF_SIGNATURE') },
  { re: /unable to get local issuer certificate/gi, resolve: id('tls.UNABLE_TO_GET_ISSUER_CERT_LOCALLY') },
  { re: /does not match certificate's altnames|Hostname mismatch, certificate is not valid/gi, resolve: id('tls.ERR_TLS_CERT_ALTNAME_INVALID') },
  { re: /wrong version number/gi, resolve: id('tls.ERR_SSL_WRONG_VERSION_NUMBER') },
];

/** A v5 code printed on the same line (`code: 135`) turns a 3.1.1-looking text into its reason code. */
function numberNear(line: string, reasonId: string): KbEntry | undefined {
  const entry = kbEntry(reasonId);
  if (!entry?.value) return undefined;
  return new RegExp(`\\b(code|reasonCode)\\s*[:=]\\s*(${entry.value}|0x${entry.value.toString(16)})\\b`, 'i').test(line) ? entry : undefined;
}

const STATSD_REFUSED: LocalizedText = {
  es: 'El texto viene de un cliente StatsD: por UDP, «Connection refused» es el ICMP «port unreachable» de la máquina de métricas, es decir, nada escucha métricas en ese host:puerto (¿8126 en lugar de 8125?). El servicio funciona sin StatsD; compruébelo en el paso StatsD.',
  en: 'The text comes from a StatsD client: over UDP, "Connection refused" is the metrics machine’s ICMP "port unreachable", so nothing listens for metrics at that host:port (8126 instead of 8125?). The service works without StatsD; check it in the StatsD step.',
};

/**
 * Finds every code the knowledge base knows in a pasted log line, stack trace or tool output and
 * returns each entry once, in the order first seen. Never throws; bounded in time by TEXT_LIMIT
 * and LINE_LIMIT (every pattern is linear: no nested quantifiers).
 */
export function decodeText(text: string): TextDecoding {
  const truncated = text.length > TEXT_LIMIT;
  const lines = (truncated ? text.slice(0, TEXT_LIMIT) : text).split(/\r\n|\r|\n/);
  const hits = new Map<string, TextHit>();
  lines.forEach((rawLine, index) => {
    const line = rawLine.length > LINE_LIMIT ? rawLine.slice(0, LINE_LIMIT) : rawLine;
    if (line.trim() === '') return;
    const taken: Array<[number, number]> = [];
    const seenOnLine = new Set<string>();
    for (const pattern of PATTERNS) {
      pattern.re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = pattern.re.exec(line)) !== null) {
        if (m[0] === '') {
          pattern.re.lastIndex++;
          continue;
        }
        const start = m.index;
        const end = start + m[0].length;
        if (taken.some(([s, e]) => start < e && end > s)) continue;
        const entry = pattern.resolve(m, line);
        if (!entry) continue;
        taken.push([start, end]);
        const known = hits.get(entry.id);
        if (known) {
          if (!seenOnLine.has(entry.id)) known.count++;
          seenOnLine.add(entry.id);
          continue;
        }
        seenOnLine.add(entry.id);
        const clientId = pattern.clientGroup !== undefined ? m[pattern.clientGroup] : undefined;
        hits.set(entry.id, { entry, match: m[0], line: index + 1, count: 1, ...(clientId ? { clientId } : {}) });
      }
    }
  });
  const refused = hits.get('errno.ECONNREFUSED');
  if (refused && /statsd|telegraf/i.test(text.slice(0, TEXT_LIMIT))) refused.hint = STATSD_REFUSED;
  return { hits: [...hits.values()].sort((a, b) => a.line - b.line), truncated };
}
