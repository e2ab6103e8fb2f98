import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { runCli } from '../../electron/cli/main';

/** Tests never write into the real home folder: the default attempt log goes here. */
export const TEST_LOG_DIR = mkdtempSync(join(tmpdir(), 'siscom-cli-log-'));

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured streams, as a person would from a shell (no TTY). */
export async function runCliCaptured(argv: string[], options: { stdin?: string; env?: Record<string, string> } = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    stdin: Readable.from(options.stdin !== undefined ? [options.stdin] : []),
    env: { LANG: 'en_US.UTF-8', SISCOM_DOCTOR_LOG_DIR: TEST_LOG_DIR, ...(options.env ?? {}) },
    isTTY: false,
  });
  return { code, stdout, stderr };
}
