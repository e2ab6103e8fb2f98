import { describe, expect, it } from 'vitest';
import dotenv from 'dotenv';
import { lintEnvBytes } from '../../electron/core/lint/lint-env-file';
import { renderLintIssue, scanEnvText } from '../../shared/lint';
import { findingDefinition } from '../../shared/findings';
import { decodeText, decode } from '../../shared/decoder';
import { kbEntry } from '../../shared/kb';

// Seeded, so a failure names its seed and replays exactly; bounded by iteration counts.
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = <T,>(rnd: () => number, items: readonly T[]): T => items[Math.floor(rnd() * items.length)] as T;

const KEYS = ['BROKER_HOST', 'BROKER_TOPIC', 'MQTT_USERNAME', 'MQTT_PASSWORD', 'STATSD_ENABLED', 'STATSD_HOST', 'STATSD_PORT', 'STATSD_PREFIX', 'BROKER_TOPC', 'X', 'export BROKER_HOST', ' MQTT_USERNAME ', 'bad key', '9LIVES'];
const VALUE_BITS = ['broker', ':', '1883', '8883', '70000', '#', ' #', '/', '+', '$SYS', '"', "'", '`', '\\', ' ', '\t', 'ñ', 'tu_password_aquí', 'changeme', 'true', 'maybe', '8126', '\u0000', '\uFEFF', '=', 'x'];
const LINE_ENDS = ['\n', '\r\n', '\r', ''];
const SECRET = 'Qx7PwdMarker';

function randomEnv(rnd: () => number): string {
  const lines: string[] = [];
  const n = Math.floor(rnd() * 12);
  for (let i = 0; i < n; i++) {
    const kind = rnd();
    if (kind < 0.1) lines.push(`# ${pick(rnd, VALUE_BITS)}`);
    else if (kind < 0.15) lines.push('');
    else if (kind < 0.2) lines.push(pick(rnd, VALUE_BITS) + pick(rnd, VALUE_BITS));
    else {
      let value = '';
      for (let k = Math.floor(rnd() * 5); k > 0; k--) value += pick(rnd, VALUE_BITS);
      const key = pick(rnd, KEYS);
      lines.push(`${key}=${key.includes('PASSWORD') ? `${pick(rnd, ['', '"', "'"])}${SECRET}${value}` : value}`);
    }
  }
  // A password line always ends its line, so the secret cannot run into another key's value.
  return (rnd() < 0.1 ? '\uFEFF' : '') + lines.map((l) => (l.startsWith('MQTT_PASSWORD') ? `\n${l}\n` : l + pick(rnd, LINE_ENDS))).join('');
}

// Each fuzz test runs a fixed number of cases; the timeout is a budget for a busy machine, not an assertion.
const BUDGET = { timeout: 30_000 };

describe('fuzzing the .env linter', () => {
  it('never throws on random env-like text; every finding is in the catalog, on a real line, and never shows the password', BUDGET, () => {
    for (let seed = 1; seed <= 1500; seed++) {
      const text = randomEnv(mulberry32(seed));
      const bytes = new TextEncoder().encode(text);
      const lineCount = text.split(/\r\n|\r|\n/).length;
      let issues;
      try {
        issues = lintEnvBytes(bytes);
      } catch (error) {
        throw new Error(`seed ${seed} threw ${String(error)} on ${JSON.stringify(text)}`);
      }
      for (const i of issues) {
        expect(findingDefinition(i.id), `seed ${seed}: ${i.id}`).toBeDefined();
        if (i.line !== undefined) expect(i.line >= 1 && i.line <= lineCount, `seed ${seed}: line ${i.line} of ${lineCount}`).toBe(true);
        for (const lang of ['es', 'en'] as const) {
          const shown = JSON.stringify(renderLintIssue(i, lang));
          expect(shown.includes(SECRET), `seed ${seed}: ${i.id} shows the password`).toBe(false);
        }
      }
    }
  });

  it('locates every key dotenv reads from a KEY=value file', BUDGET, () => {
    for (let seed = 1; seed <= 1500; seed++) {
      const text = randomEnv(mulberry32(seed * 7919));
      const scan = scanEnvText(text.replace(/^\uFEFF/, ''));
      for (const key of Object.keys(dotenv.parse(text.replace(/^\uFEFF/, '')))) {
        // dotenv also reads `KEY: value`, which python-dotenv does not: the linter calls that a line without "=".
        if (!new RegExp(`(^|[\\r\\n])[ \\t]*(export[ \\t]+)?${key.replace(/[.]/g, '\\.')}[ \\t]*=`).test(text)) continue;
        expect(scan.lineOf.has(key), `seed ${seed * 7919}: ${key} in ${JSON.stringify(text)}`).toBe(true);
      }
    }
  });

  it('never throws on random bytes', BUDGET, () => {
    const rnd = mulberry32(42);
    for (let round = 0; round < 400; round++) {
      const bytes = new Uint8Array(Math.floor(rnd() * 600));
      for (let i = 0; i < bytes.length; i++) bytes[i] = rnd() < 0.7 ? 0x20 + Math.floor(rnd() * 0x5f) : Math.floor(rnd() * 256);
      const ids = lintEnvBytes(bytes).map((i) => i.id);
      for (const id of ids) expect(findingDefinition(id), id).toBeDefined();
    }
  });
});

const SAMPLES = [
  'aio_statsd.client - ERROR - status:False error: [Errno 111] Connection refused',
  'Connection error: Connection Refused: not authorised.',
  'Unexpected disconnection, rc=7',
  'Error: connack timeout',
  '1733300000: Client siscom-api-1 already connected, closing old connection.',
  'Error: certificate has expired',
  'socket.gaierror: [Errno -3] Temporary failure in name resolution',
  'Error: Connection refused: Session taken over',
  'Unable to connect (Lookup error.).',
  'OSError: [Errno 101] Network is unreachable',
];
const NOISE = ['rc', '=', 'code', ':', ' ', '0x', '8E', '111', 'Errno', '[', ']', 'Connection', 'refused', 'Client', '\n', '\r\n', 'ñ', '#', '-', '7', '\u0000', '(', ')', '.'];

describe('fuzzing the free-text decoder', () => {
  it('never throws on random text, and every hit is a real entry on a real line', BUDGET, () => {
    for (let seed = 1; seed <= 1500; seed++) {
      const rnd = mulberry32(seed);
      let text = '';
      for (let k = Math.floor(rnd() * 40); k > 0; k--) text += rnd() < 0.1 ? pick(rnd, SAMPLES) : pick(rnd, NOISE);
      const lines = text.split(/\r\n|\r|\n/).length;
      const { hits } = decodeText(text);
      for (const h of hits) {
        expect(kbEntry(h.entry.id), `seed ${seed}`).toBe(h.entry);
        expect(h.line >= 1 && h.line <= lines && h.count >= 1, `seed ${seed}`).toBe(true);
      }
      expect(() => decode(text)).not.toThrow();
    }
  });

  it('finds in a shuffled log every code it finds in each of its lines', BUDGET, () => {
    for (let seed = 1; seed <= 200; seed++) {
      const rnd = mulberry32(seed);
      const chosen = SAMPLES.filter(() => rnd() < 0.5);
      const joined = new Set(decodeText(chosen.join('\n')).hits.map((h) => h.entry.id));
      for (const line of chosen) for (const h of decodeText(line).hits) expect(joined.has(h.entry.id), `seed ${seed}: ${h.entry.id}`).toBe(true);
    }
  });

  it('reads a huge single line and a huge log within its limits', BUDGET, () => {
    const huge = 'x'.repeat(300_000) + ' rc=7';
    expect(decodeText(huge).truncated).toBe(true);
    const log = Array.from({ length: 5000 }, (_, i) => SAMPLES[i % SAMPLES.length]).join('\n');
    const { hits } = decodeText(log);
    expect(hits.length).toBeGreaterThanOrEqual(SAMPLES.length);
  });
});
