import { resolve } from 'node:path';
import { defaultAttemptLogDir } from '../../core/attempts/default-dir';
import type { CliIo } from '../io';

/** `--log DIR`: the folder of the attempt log (attempts.jsonl and its rotated files). */
export const LOG_OPTIONS = { log: { type: 'string' } } as const;

export function attemptLogDir(flag: string | undefined, io: CliIo): string {
  return flag !== undefined && flag !== '' ? resolve(flag) : defaultAttemptLogDir(io.env);
}
