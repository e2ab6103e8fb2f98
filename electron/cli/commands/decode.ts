import { parseArgs } from 'node:util';
import { decode, type Decoding } from '../../../shared/decoder';
import { CODE_SOURCES, renderKbEntry, type CodeSource, type RenderedKbEntry } from '../../../shared/kb';
import type { Lang } from '../../../shared/model/localized';
import { TOOL_VERSION } from '../../core/version';
import { parseLang, readAll, UsageError } from '../io';
import type { CliCommand } from './command';

/** Pasted logs may be long; the decoder itself reads at most TEXT_LIMIT of them. */
const STDIN_LIMIT = 1024 * 1024;

const LABELS = {
  es: { source: 'Fuente', causes: 'Causas probables', next: 'Qué comprobar', step: 'paso del asistente', cite: 'Referencia', none: 'No se reconoció ningún código.', line: 'línea', times: 'veces', truncated: 'Texto largo: solo se leyó el principio.', client: 'client id' },
  en: { source: 'Source', causes: 'Likely causes', next: 'What to check', step: 'wizard step', cite: 'Reference', none: 'No code was recognised.', line: 'line', times: 'times', truncated: 'Long text: only its start was read.', client: 'client id' },
} as const;

const SOURCE_NAMES: Record<string, string> = {
  connack: 'MQTT 3.1.1 CONNACK',
  suback: 'MQTT 3.1.1 SUBACK',
  reason: 'MQTT 5 reason code',
  paho: 'paho-mqtt',
  mqttjs: 'mqtt.js',
  errno: 'errno',
  tls: 'TLS',
  mosquitto: 'mosquitto',
};

function entryLines(e: RenderedKbEntry, lang: Lang, heading: string): string[] {
  const l = LABELS[lang];
  const title = e.name.startsWith(e.code) ? e.name : `${e.code} — ${e.name}`;
  const lines = [`${heading}${SOURCE_NAMES[e.source] ?? e.source} ${title}  (${e.id})`, `    ${e.meaning}`];
  lines.push(`    ${l.causes}:`, ...e.causes.map((c, i) => `      ${i + 1}. ${c}`));
  lines.push(`    ${l.next}:`, ...e.next.map((n) => `      - ${n}`));
  if (e.step) lines.push(`      (${l.step}: ${e.step})`);
  lines.push(`    ${l.cite}: ${e.cite}`);
  return lines;
}

export function renderDecodingText(d: Decoding, lang: Lang): string {
  const l = LABELS[lang];
  const out: string[] = [];
  if (d.kind === 'code') {
    for (const [i, m] of d.matches.entries()) out.push(...entryLines(renderKbEntry(m, lang), lang, `${i + 1}. `), '');
    for (const a of d.absent) out.push(`✗ ${a.note[lang]}`);
    if (d.matches.length === 0 && d.absent.length === 0) out.push(l.none);
  } else {
    if (d.hits.length === 0) out.push(l.none);
    for (const h of d.hits) {
      const where = `[${l.line} ${h.line}${h.count > 1 ? `, ${h.count} ${l.times}` : ''}${h.clientId ? `, ${l.client} ${h.clientId}` : ''}] «${h.match}»`;
      out.push(where, ...entryLines(renderKbEntry(h.entry, lang), lang, '  '));
      if (h.hint) out.push(`    ⚑ ${h.hint[lang]}`);
      out.push('');
    }
    if (d.truncated) out.push(l.truncated);
  }
  return out.join('\n').replace(/\n*$/, '\n');
}

export function decodingJson(d: Decoding, lang: Lang, source: CodeSource | undefined): Record<string, unknown> {
  const head = { tool: 'siscom-doctor', version: TOOL_VERSION, lang, kind: d.kind, ...(source ? { source } : {}) };
  if (d.kind === 'code') {
    return { ...head, input: d.input, recognised: d.matches.length > 0, matches: d.matches.map((m) => renderKbEntry(m, lang)), notDefinedIn: d.absent.map((a) => ({ source: a.source, note: a.note[lang] })) };
  }
  return {
    ...head,
    recognised: d.hits.length > 0,
    truncated: d.truncated,
    hits: d.hits.map((h) => ({ ...renderKbEntry(h.entry, lang), match: h.match, line: h.line, count: h.count, ...(h.clientId ? { clientId: h.clientId } : {}), ...(h.hint ? { hint: h.hint[lang] } : {}) })),
  };
}

function parseSource(value: string | undefined): CodeSource | undefined {
  if (value === undefined) return undefined;
  if ((CODE_SOURCES as readonly string[]).includes(value)) return value as CodeSource;
  throw new UsageError(`--source takes ${CODE_SOURCES.join('|')}, not "${value}"`);
}

export const decodeCommand: CliCommand = {
  name: 'decode',
  summary: {
    es: 'Explica un código de error (CONNACK, MQTT 5, paho, errno, TLS) o los códigos de un texto pegado',
    en: 'Explain an error code (CONNACK, MQTT 5, paho, errno, TLS) or every code in a pasted text',
  },
  usage: 'siscom-doctor decode <code|text|-> [--source connack|reason|paho|errno|tls] [--json] [--lang es|en]   (- or no argument: read the text from stdin; exit 0 when something is recognised, 1 when nothing is)',
  async run(argv, io) {
    // A negative code (-1, -2) is a value, not an option.
    const negatives = argv.filter((a) => /^-\d+$/.test(a));
    const { values, positionals: named } = parseArgs({
      args: argv.filter((a) => !/^-\d+$/.test(a)),
      options: { source: { type: 'string' }, json: { type: 'boolean' }, lang: { type: 'string' } },
      strict: true,
      allowPositionals: true,
    });
    const positionals = [...named, ...negatives];
    const lang = parseLang(values.lang, io.env);
    const source = parseSource(values.source);
    const fromStdin = positionals.length === 0 || (positionals.length === 1 && positionals[0] === '-');
    const input = fromStdin ? await readAll(io.stdin, STDIN_LIMIT) : positionals.join(' ');
    if (input.trim() === '') throw new UsageError('give a code or a text to decode (or pipe it on stdin)');
    const decoding = decode(input, source);
    io.stdout.write(values.json ? JSON.stringify(decodingJson(decoding, lang, source), null, 2) + '\n' : renderDecodingText(decoding, lang));
    const recognised = decoding.kind === 'code' ? decoding.matches.length > 0 : decoding.hits.length > 0;
    return recognised ? 0 : 1;
  },
};
