import { closeSync, existsSync, fdatasyncSync, fstatSync, mkdirSync, openSync, readFileSync, readSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { AttemptRecord, type AttemptOutcome } from '../../../shared/model/attempt';

export const LOG_FILE_NAME = 'attempts.jsonl';
/** Default cap: 8 MiB per file, the current file plus 4 rotated ones (about 120k attempts of ~330 bytes). */
export const DEFAULT_MAX_BYTES = 8 * 1024 * 1024;
export const DEFAULT_MAX_FILES = 5;

export interface AttemptLogOptions {
  /** Rotate when the current file would grow past this many bytes. */
  maxBytes?: number;
  /** Files kept in all, the current one included (attempts.jsonl, attempts.1.jsonl …). */
  maxFiles?: number;
  /** fdatasync after every line (default true). Off only for benchmarks of the baseline. */
  sync?: boolean;
}

export interface AttemptQuery {
  /** ISO time or epoch ms: attempts at or after it. */
  since?: string | number;
  until?: string | number;
  /** Substring of the target (host:port). */
  target?: string;
  outcome?: AttemptOutcome | AttemptOutcome[];
  source?: AttemptRecord['source'];
  /** Keep only the newest N after filtering. */
  limit?: number;
}

/** A line that did not read back: torn by a crash mid-write, or otherwise unreadable. */
export interface BadLine {
  file: string;
  line: number;
  /** `torn`: the file's last line, without its newline (a write cut short); `invalid`: any other. */
  kind: 'torn' | 'invalid';
  bytes: number;
}

export interface AttemptReadResult {
  records: AttemptRecord[];
  bad: BadLine[];
}

export interface AttemptLog {
  dir: string;
  path: string;
  /** Appends one attempt as one line, written whole and flushed to disk before returning. */
  append(record: AttemptRecord): void;
  read(query?: AttemptQuery): AttemptReadResult;
  close(): void;
}

/** The files of a log, oldest first: attempts.(N-1).jsonl … attempts.1.jsonl, attempts.jsonl. */
export function logFiles(dir: string, maxFiles = DEFAULT_MAX_FILES): string[] {
  const files: string[] = [];
  for (let i = maxFiles - 1; i >= 1; i--) {
    const p = join(dir, `attempts.${i}.jsonl`);
    if (existsSync(p)) files.push(p);
  }
  const current = join(dir, LOG_FILE_NAME);
  if (existsSync(current)) files.push(current);
  return files;
}

function lastByte(fd: number, size: number): number | undefined {
  if (size === 0) return undefined;
  const b = Buffer.alloc(1);
  readSync(fd, b, 0, 1, size - 1);
  return b[0];
}

/**
 * The local log of connection attempts: JSON Lines in `dir`, one whole line per attempt written
 * with one synchronous write and flushed with fdatasync, so a crash (even kill -9) loses at most
 * the line being written. Several processes (the app, the CLI) may append to the same file:
 * the file is opened with O_APPEND and each line goes out in one write(2).
 */
export function openAttemptLog(dir: string, options: AttemptLogOptions = {}): AttemptLog {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxFiles = Math.max(1, options.maxFiles ?? DEFAULT_MAX_FILES);
  const sync = options.sync ?? true;
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const path = join(dir, LOG_FILE_NAME);
  let fd: number | undefined;
  let ino: number | undefined;

  const openCurrent = (): number => {
    const f = openSync(path, 'a+', 0o600);
    // A torn line left by a crash must not glue itself to the next record: end it first.
    const size = fstatSync(f).size;
    if (size > 0 && lastByte(f, size) !== 0x0a) writeSync(f, '\n');
    return f;
  };

  const rotate = (): void => {
    if (fd !== undefined) closeSync(fd);
    fd = undefined;
    if (maxFiles === 1) {
      rmSync(path, { force: true });
    } else {
      rmSync(join(dir, `attempts.${maxFiles - 1}.jsonl`), { force: true });
      for (let i = maxFiles - 2; i >= 1; i--) {
        const from = join(dir, `attempts.${i}.jsonl`);
        if (existsSync(from)) renameSync(from, join(dir, `attempts.${i + 1}.jsonl`));
      }
      if (existsSync(path)) renameSync(path, join(dir, 'attempts.1.jsonl'));
    }
  };

  return {
    dir,
    path,
    append(record) {
      const line = Buffer.from(JSON.stringify(AttemptRecord.parse(record)) + '\n');
      if (fd === undefined) {
        fd = openCurrent();
        ino = fstatSync(fd).ino;
      }
      // Another process may have rotated the file under us: follow the name, not the old inode.
      // One stat of the name gives both the inode to compare and the size for the cap.
      let size: number;
      const named = statSync(path, { throwIfNoEntry: false });
      if (named && named.ino === ino) {
        size = named.size;
      } else {
        closeSync(fd);
        fd = openCurrent();
        const st = fstatSync(fd);
        ino = st.ino;
        size = st.size;
      }
      if (size > 0 && size + line.length > maxBytes) {
        rotate();
        fd = openCurrent();
        ino = fstatSync(fd).ino;
      }
      writeSync(fd, line);
      if (sync) fdatasyncSync(fd);
    },
    read(query = {}) {
      return readAttempts(dir, query, maxFiles);
    },
    close() {
      if (fd !== undefined) closeSync(fd);
      fd = undefined;
    },
  };
}

const toMs = (t: string | number | undefined): number | undefined => (t === undefined ? undefined : typeof t === 'number' ? t : Date.parse(t));

/** Does this record pass the query's filters (all but limit)? */
export function matchesQuery(r: AttemptRecord, q: AttemptQuery): boolean {
  const since = toMs(q.since);
  const until = toMs(q.until);
  const at = Date.parse(r.at);
  if (since !== undefined && at < since) return false;
  if (until !== undefined && at > until) return false;
  if (q.target !== undefined && !r.target.includes(q.target)) return false;
  if (q.source !== undefined && r.source !== q.source) return false;
  if (q.outcome !== undefined) {
    const outcomes = Array.isArray(q.outcome) ? q.outcome : [q.outcome];
    if (!outcomes.includes(r.outcome)) return false;
  }
  return true;
}

/**
 * Reads every file of the log, oldest first. Lines that do not parse are skipped and
 * reported: the last line of a file without its newline is `torn` (a write cut short by a
 * crash), anything else is `invalid`. Every other line reads back intact.
 */
export function readAttempts(dir: string, query: AttemptQuery = {}, maxFiles = DEFAULT_MAX_FILES): AttemptReadResult {
  const records: AttemptRecord[] = [];
  const bad: BadLine[] = [];
  for (const file of logFiles(dir, maxFiles)) {
    const text = readFileSync(file, 'utf8');
    const lines = text.split('\n');
    const endsClean = text.endsWith('\n');
    for (let i = 0; i < lines.length; i++) {
      const raw = lines[i] as string;
      if (raw === '') continue;
      const isLast = i === lines.length - 1;
      let record: AttemptRecord | undefined;
      try {
        const parsed = AttemptRecord.safeParse(JSON.parse(raw));
        if (parsed.success) record = parsed.data;
      } catch {
        record = undefined;
      }
      if (!record) {
        // A line ended by the newline our open() adds after a crash is also a torn write.
        const torn = (isLast && !endsClean) || !raw.trimEnd().endsWith('}');
        bad.push({ file, line: i + 1, kind: torn ? 'torn' : 'invalid', bytes: Buffer.byteLength(raw) });
        continue;
      }
      if (matchesQuery(record, query)) records.push(record);
    }
  }
  const limited = query.limit !== undefined && records.length > query.limit ? records.slice(records.length - query.limit) : records;
  return { records: limited, bad };
}

const CSV_COLUMNS = [
  'at',
  'source',
  'target',
  'address',
  'clientId',
  'mqttVersion',
  'attempt',
  'outcome',
  'connackCode',
  'errorCode',
  'errorMessage',
  'dnsMs',
  'tcpMs',
  'tlsMs',
  'connackMs',
  'totalMs',
  'sessionMs',
  'idleMs',
  'endReason',
  'disconnectCode',
  'id',
] as const;

function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  const s = String(value);
  // Quote what needs it, and defuse spreadsheet formulas (a message could start with =).
  const safe = /^[=+\-@\t\r]/.test(s) && !/^-?\d/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** CSV with a header row, RFC 4180 quoting. */
export function attemptsToCsv(records: readonly AttemptRecord[]): string {
  const rows = [CSV_COLUMNS.join(',')];
  for (const r of records) {
    const flat: Record<string, unknown> = { ...r, ...r.phases };
    rows.push(CSV_COLUMNS.map((c) => csvCell(flat[c])).join(','));
  }
  return rows.join('\n') + '\n';
}

/** A JSON document: the records and what could not be read. */
export function attemptsToJson(result: AttemptReadResult): string {
  return JSON.stringify({ attempts: result.records, unreadable: result.bad }, null, 2) + '\n';
}
