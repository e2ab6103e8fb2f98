import { readFile, stat } from 'node:fs/promises';
import dotenv from 'dotenv';
import type { TargetInput } from '../../../shared/model/target';

/** A .env that cannot be used at all (missing, unreadable, a folder, too large). */
export class EnvFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EnvFileError';
  }
}

/** A service .env is a few hundred bytes; anything past this is not one. */
export const MAX_ENV_BYTES = 1024 * 1024;

/**
 * The size of a file that can be a .env: it exists, it is a regular file and its metadata can be
 * read; anything else is an EnvFileError that says what is wrong and what to do. Shared by the
 * import and the linter so both refuse the same files in the same words. `permissionAdvice: false`
 * keeps the linter's terser "cannot be read (EACCES)" for a path it may not enter.
 */
export async function statEnvFile(path: string, options: { permissionAdvice?: boolean } = {}): Promise<number> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new EnvFileError(`${path} is a folder, not a .env file`);
    // A FIFO or a device (/dev/zero) would block the read or never end.
    if (!info.isFile()) throw new EnvFileError(`${path} is not a regular file`);
    return info.size;
  } catch (error) {
    if (error instanceof EnvFileError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new EnvFileError(`${path} does not exist: check the path to the service's .env`);
    if (code === 'EACCES' && options.permissionAdvice !== false) throw new EnvFileError(`${path} cannot be read (permission denied): run as a user who can read it`);
    throw new EnvFileError(`${path} cannot be read (${code ?? String(error)})`);
  }
}

export async function readEnvFile(path: string): Promise<Record<string, string>> {
  const size = await statEnvFile(path);
  if (size > MAX_ENV_BYTES) throw new EnvFileError(`${path} is ${size} bytes, too large for a .env file (limit ${MAX_ENV_BYTES})`);
  try {
    return dotenv.parse(await readFile(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new EnvFileError(`${path} cannot be read (${code ?? String(error)})`);
  }
}

/** The service's variables, mapped onto a diagnosis target. Absent keys stay absent. */
export function targetFromEnv(env: Record<string, string | undefined>): Partial<TargetInput> {
  const target: Partial<TargetInput> = {};
  if (env.BROKER_HOST !== undefined) target.brokerHost = env.BROKER_HOST;
  if (env.BROKER_TOPIC !== undefined) target.topic = env.BROKER_TOPIC;
  if (env.MQTT_USERNAME !== undefined) target.username = env.MQTT_USERNAME;
  if (env.MQTT_PASSWORD !== undefined) target.password = env.MQTT_PASSWORD;
  const statsd = {
    ...(env.STATSD_ENABLED !== undefined ? { enabled: env.STATSD_ENABLED } : {}),
    ...(env.STATSD_HOST !== undefined ? { host: env.STATSD_HOST } : {}),
    ...(env.STATSD_PORT !== undefined ? { port: env.STATSD_PORT } : {}),
    ...(env.STATSD_PREFIX !== undefined ? { prefix: env.STATSD_PREFIX } : {}),
  };
  if (Object.keys(statsd).length > 0) target.statsd = statsd;
  return target;
}
