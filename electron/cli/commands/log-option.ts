import { resolve } from 'node:path';
import { defaultAttemptLogDir } from '../../core/attempts/default-dir';
import { openAttemptLog, type AttemptLog } from '../../core/attempts/attempt-log';
import type { Lang } from '../../../shared/model/localized';
import { UsageError, type CliIo } from '../io';

/** `--log DIR`: the folder of the attempt log (attempts.jsonl and its rotated files). */
export const LOG_OPTIONS = { log: { type: 'string' } } as const;

export function attemptLogDir(flag: string | undefined, io: CliIo): string {
  return flag !== undefined && flag !== '' ? resolve(flag) : defaultAttemptLogDir(io.env);
}

/**
 * The attempt log that `--log DIR` / `--no-log` ask for (none with --no-log). When it cannot be
 * opened, `usage-error` stops the command (monitor: the log is part of what it is asked for);
 * `warn` says so on stderr and lets the command run without it (diagnose: the diagnosis matters
 * more than its record).
 */
export function openLogFromFlags(
  values: { log?: string | undefined; 'no-log'?: boolean | undefined },
  io: CliIo,
  unopenable: { then: 'usage-error' } | { then: 'warn'; lang: Lang },
): AttemptLog | undefined {
  if (values['no-log']) return undefined;
  const dir = attemptLogDir(values.log, io);
  try {
    return openAttemptLog(dir);
  } catch (error) {
    if (unopenable.then === 'usage-error') throw new UsageError(`cannot open the attempt log in ${dir}: ${(error as Error).message}`);
    io.stderr.write(`siscom-doctor: ${unopenable.lang === 'es' ? 'aviso: no se pudo abrir el registro de intentos en' : 'warning: cannot open the attempt log in'} ${dir}: ${(error as Error).message}\n`);
    return undefined;
  }
}
