import { issue, type LintIssue } from './issue';
import { closestKnownKey } from './known-keys';

/** One KEY=value assignment as written in the file. */
export interface EnvAssignment {
  key: string;
  /** 1-based line where the assignment starts. */
  line: number;
  /** The value as written (after `=` and leading spaces), quotes included. */
  raw: string;
  quote?: '"' | "'" | '`';
  /** A quoted value whose closing quote is on a later line. */
  multiline: boolean;
}

export interface EnvScan {
  assignments: EnvAssignment[];
  /** The last assignment of each key: the one dotenv and python-dotenv keep. */
  lineOf: Map<string, number>;
  issues: LintIssue[];
}

// dotenv's key charset is [\w.-]; anything else on the left of `=` is not a variable name.
const KEY = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
const ASSIGN = /^\s*(?:export\s+)?([^=]*?)\s*=(.*)$/;
const SHOWN_KEY_LENGTH = 40;

function closingQuote(text: string, quote: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (quote === '"' && text[i] === '\\') {
      i++;
      continue;
    }
    if (text[i] === quote) return i;
  }
  return -1;
}

/**
 * Reads a .env line by line for what a parser hides: where each key is, duplicates, BOM, CRLF,
 * unbalanced quotes, trailing spaces, unquoted `#`, lines without `=`, and names close to known
 * ones. Values themselves come from dotenv (the core passes them in); this never throws.
 */
export function scanEnvText(text: string, options: { fileName?: string } = {}): EnvScan {
  const issues: LintIssue[] = [];
  const hasBom = text.startsWith('\uFEFF');
  const body = hasBom ? text.slice(1) : text;
  const crlf = body.match(/\r\n/g)?.length ?? 0;
  const lines = body.split(/\r\n|\r|\n/);
  const assignments: EnvAssignment[] = [];

  for (let i = 0; i < lines.length; i++) {
    const text = lines[i] as string;
    const line = i + 1;
    const trimmed = text.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const m = ASSIGN.exec(text);
    if (!m) {
      issues.push(issue('config.line_without_equals', { line }));
      continue;
    }
    const key = m[1] as string;
    const afterEquals = m[2] as string;
    if (!KEY.test(key)) {
      issues.push(issue('config.invalid_key', { line }, { key: key.slice(0, SHOWN_KEY_LENGTH) }));
      continue;
    }
    const raw = afterEquals.replace(/^\s+/, '');
    const first = raw[0];
    if (first === '"' || first === "'" || first === '`') {
      const close = closingQuote(raw, first, 1);
      if (close >= 0) {
        assignments.push({ key, line, raw, quote: first, multiline: false });
        continue;
      }
      // dotenv lets a quoted value run over several lines until its closing quote.
      let end = -1;
      for (let j = i + 1; j < lines.length; j++) {
        if (closingQuote(lines[j] as string, first, 0) >= 0) {
          end = j;
          break;
        }
      }
      if (end < 0) {
        issues.push(issue('config.unbalanced_quote', { key, line }, { quote: first }));
        assignments.push({ key, line, raw, multiline: false });
        continue;
      }
      assignments.push({ key, line, raw, quote: first, multiline: true });
      i = end;
      continue;
    }
    assignments.push({ key, line, raw, multiline: false });
    if (raw !== '' && /[ \t]+$/.test(raw) && !/\s#/.test(raw)) issues.push(issue('config.trailing_space', { key, line }));
    if (/(^|[^\s])#/.test(raw)) issues.push(issue('config.value_hash_cut', { key, line }));
  }

  const linesByKey = new Map<string, number[]>();
  for (const a of assignments) linesByKey.set(a.key, [...(linesByKey.get(a.key) ?? []), a.line]);
  const lineOf = new Map<string, number>();
  for (const [key, at] of linesByKey) {
    const winner = at[at.length - 1] as number;
    lineOf.set(key, winner);
    if (at.length > 1) issues.push(issue('config.duplicate_key', { key, line: winner }, { lines: at.join(', '), winner }));
    const suggestion = closestKnownKey(key);
    if (suggestion) issues.push(issue('config.unknown_key', { key, line: at[0] as number }, { suggestion }));
  }

  if (assignments.length === 0) issues.push(issue('config.file_empty'));
  if (hasBom) {
    const firstKey = assignments[0]?.key ?? '';
    issues.push(issue('config.bom', { key: firstKey, line: 1 }));
  }
  if (crlf > 0) issues.push(issue('config.crlf', {}, { lines: crlf, file: options.fileName ?? '.env' }));
  return { assignments, lineOf, issues };
}
