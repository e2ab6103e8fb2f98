import { open } from 'node:fs/promises';
import dotenv from 'dotenv';
import { lintEnvText, sortIssues, type EnvLintOptions, type LintIssue } from '../../../shared/lint';
import { issue } from '../../../shared/lint/issue';
import { EnvFileError, MAX_ENV_BYTES, statEnvFile } from '../env/service-env';

/** Share of control bytes past which a file is taken for binary rather than a damaged .env. */
const CONTROL_SHARE = 0.01;

function isBinary(bytes: Uint8Array): boolean {
  let control = 0;
  for (const b of bytes) {
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x0b) control++;
  }
  return control > Math.max(1, bytes.length * CONTROL_SHARE);
}

/** The 1-based line of the first byte sequence that is not UTF-8, or undefined if all is valid. */
export function firstInvalidUtf8Line(bytes: Uint8Array): number | undefined {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return undefined;
  } catch {
    // Decode line by line to say where; a .env is small, so this is cheap.
    let line = 1;
    let start = 0;
    const fatal = new TextDecoder('utf-8', { fatal: true });
    for (let i = 0; i <= bytes.length; i++) {
      if (i === bytes.length || bytes[i] === 0x0a) {
        try {
          fatal.decode(bytes.subarray(start, i));
        } catch {
          return line;
        }
        line++;
        start = i + 1;
      }
    }
    return 1;
  }
}

/**
 * Lints a .env's bytes: binary, empty and non-UTF-8 files become findings, never exceptions.
 * Values are read with dotenv (the parser siscom's Node tools use); positions with the line scan.
 */
export function lintEnvBytes(bytes: Uint8Array, options: EnvLintOptions = {}): LintIssue[] {
  if (bytes.length === 0) return [issue('config.file_empty')];
  if (isBinary(bytes)) return [issue('config.file_binary')];
  const extra: LintIssue[] = [];
  const badLine = firstInvalidUtf8Line(bytes);
  if (badLine !== undefined) extra.push(issue('config.invalid_utf8', { line: badLine }));
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  let values: Record<string, string>;
  try {
    values = dotenv.parse(text);
  } catch {
    values = {};
  }
  return sortIssues([...extra, ...lintEnvText(text, values, options)]);
}

/** The same for a file on disk. A missing file or a folder is a usage error (EnvFileError). */
export async function lintEnvFile(path: string, options: Omit<EnvLintOptions, 'fileName'> = {}): Promise<LintIssue[]> {
  const size = await statEnvFile(path, { permissionAdvice: false });
  let bytes: Uint8Array;
  try {
    const handle = await open(path, 'r');
    try {
      const buffer = Buffer.alloc(Math.min(size, MAX_ENV_BYTES));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
      bytes = buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new EnvFileError(`${path} cannot be read (${code === 'EACCES' ? 'permission denied' : (code ?? String(error))})`);
  }
  const issues = lintEnvBytes(bytes, { ...options, fileName: path });
  return size > MAX_ENV_BYTES ? sortIssues([issue('config.file_too_large', {}, { bytes: size, limit: MAX_ENV_BYTES }), ...issues]) : issues;
}
