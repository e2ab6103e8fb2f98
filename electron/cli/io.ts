import type { Lang } from '../../shared/model/localized';

/** Where a command reads and writes; the real process in production, buffers in tests. */
export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  stdin: AsyncIterable<string | Uint8Array>;
  env: Record<string, string | undefined>;
  /** Whether stdout is a terminal (colour, progress). */
  isTTY: boolean;
  /** Registers a secret: from then on it is written as *** wherever it would appear. */
  protectSecret?(value: string): void;
  /** Masks the registered secrets in a text bound elsewhere (a report file). */
  scrub?(text: string): string;
}

/**
 * Wraps the output streams so no registered secret is ever written, whatever code path
 * (a report, an error message, a library's text) would carry it: defence in depth.
 */
export function withSecretScrubbing(io: CliIo): CliIo {
  const secrets = new Set<string>();
  const scrub = (text: string): string => {
    let out = text;
    for (const secret of secrets) out = out.split(secret).join('***');
    return out;
  };
  return {
    ...io,
    stdout: { write: (text: string) => io.stdout.write(scrub(text)) },
    stderr: { write: (text: string) => io.stderr.write(scrub(text)) },
    scrub,
    protectSecret: (value: string) => {
      // Very short values would mask ordinary text; they are still never printed on purpose.
      if (value.length >= 3) secrets.add(value);
    },
  };
}

/** Bad usage: exit status 2 with one line on stderr, never a stack trace. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export function defaultLang(env: Record<string, string | undefined>): Lang {
  const locale = env.SISCOM_DOCTOR_LANG ?? env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG ?? '';
  return locale.toLowerCase().startsWith('es') ? 'es' : 'en';
}

export function parseLang(value: string | undefined, env: Record<string, string | undefined>): Lang {
  if (value === undefined) return defaultLang(env);
  if (value === 'es' || value === 'en') return value;
  throw new UsageError(`--lang takes "es" or "en", not "${value}"`);
}

export async function readAll(stream: AsyncIterable<string | Uint8Array>, limitBytes = 64 * 1024): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk);
    size += buf.length;
    if (size > limitBytes) throw new UsageError(`standard input is larger than ${limitBytes} bytes; pass only the password`);
    chunks.push(buf);
  }
  return Buffer.concat(chunks).toString('utf8');
}
