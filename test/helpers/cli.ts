import { Readable } from 'node:stream';
import { runCli } from '../../electron/cli/main';

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
    env: { LANG: 'en_US.UTF-8', ...(options.env ?? {}) },
    isTTY: false,
  });
  return { code, stdout, stderr };
}
