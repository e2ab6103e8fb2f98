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

// dotenv reads any [\w.-]+ as a key; a shell (and docker --env-file) wants [A-Za-z_][A-Za-z0-9_]*.
const DOTENV_KEY = /^[\w.-]+$/;
const KEY = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
const ASSIGN = /^\s*(?:export\s+)?([^=]*?)\s*=(.*)$/;
const SHOWN_KEY_LENGTH = 40;
const MAX_LINES_LISTED = 10;

// dotenv takes a quoted value only when nothing but spaces or a comment follows its closing quote.
const AFTER_CLOSING = /^\s*(#.*)?$/;
/** A quoted value longer than this many lines is taken as unclosed (keeps the scan linear). */
const MAX_QUOTED_LINES = 1000;

/**
 * Where dotenv's quoted-value pattern (`"(?:\\"|[^"])*"` then spaces or a comment to the end of
 * the line) closes a value opened at the start of `first`: its greedy pass runs to the first
 * unescaped quote, then backtracks through escaped ones. Undefined when it does not close, and
 * dotenv falls back to reading the line as it stands.
 */
function dotenvClosingLine(lines: string[], start: number, first: string, quote: string, next: Int32Array): number | undefined {
  const candidates: Array<[number, number]> = [];
  const scan = (j: number, text: string, from: number): boolean => {
    for (let c = from; c < text.length; c++) {
      if (text[c] === '\\' && text[c + 1] === quote) {
        candidates.push([j, ++c]);
        continue;
      }
      if (text[c] === quote) {
        candidates.push([j, c]);
        return true;
      }
    }
    return false;
  };
  let done = scan(start, first, 1);
  for (let j = next[start + 1] as number; !done && j >= 0 && j <= start + MAX_QUOTED_LINES; j = next[j + 1] as number) done = scan(j, lines[j] as string, 0);
  for (let k = candidates.length - 1; k >= 0; k--) {
    const [j, c] = candidates[k] as [number, number];
    const text = j === start ? first : (lines[j] as string);
    if (AFTER_CLOSING.test(text.slice(c + 1))) return j;
  }
  return undefined;
}

/** For each line, the next line at or after it that holds the quote character at all. */
function nextLineWith(lines: string[], quote: string): Int32Array {
  const next = new Int32Array(lines.length + 1).fill(-1);
  for (let j = lines.length - 1; j >= 0; j--) next[j] = (lines[j] as string).includes(quote) ? j : (next[j + 1] as number);
  return next;
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
  const nextByQuote: Record<string, Int32Array> = {};

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
      if (!DOTENV_KEY.test(key)) continue;
    }
    const raw = afterEquals.replace(/^\s+/, '');
    const first = raw[0];
    if (first === '"' || first === "'" || first === '`') {
      // Where the value's closing quote is: on this line, or (dotenv allows it) on a later one.
      const endLine = dotenvClosingLine(lines, i, raw, first, (nextByQuote[first] ??= nextLineWith(lines, first)));
      if (endLine !== undefined) {
        assignments.push({ key, line, raw, quote: first, multiline: endLine > i });
        i = endLine;
        continue;
      }
      issues.push(issue('config.unbalanced_quote', { key, line }, { quote: first }));
      // dotenv then reads this line's text as it stands, quote and all.
      assignments.push({ key, line, raw, multiline: false });
      continue;
    }
    assignments.push({ key, line, raw, multiline: false });
    if (raw !== '' && /[ \t]+$/.test(raw) && !/\s#/.test(raw)) issues.push(issue('config.trailing_space', { key, line }));
    if (/(^|[^\s])#/.test(raw)) issues.push(issue('config.value_hash_cut', { key, line }));
  }

  const linesByKey = new Map<string, number[]>();
  for (const a of assignments) {
    const at = linesByKey.get(a.key);
    if (at) at.push(a.line);
    else linesByKey.set(a.key, [a.line]);
  }
  const lineOf = new Map<string, number>();
  for (const [key, at] of linesByKey) {
    const winner = at[at.length - 1] as number;
    lineOf.set(key, winner);
    if (at.length > 1) {
      const shown = at.length > MAX_LINES_LISTED ? `${at.slice(0, MAX_LINES_LISTED).join(', ')}, … (${at.length})` : at.join(', ');
      issues.push(issue('config.duplicate_key', { key, line: winner }, { lines: shown, winner }));
    }
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
