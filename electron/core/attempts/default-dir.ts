import os from 'node:os';
import { join } from 'node:path';

/**
 * Where the CLI keeps the attempt log when no --log is given: the platform's per-user state
 * folder. The desktop app passes Electron's userData folder instead.
 */
export function defaultAttemptLogDir(env: Record<string, string | undefined> = process.env, platform: NodeJS.Platform = process.platform, home: string = os.homedir()): string {
  if (env.SISCOM_DOCTOR_LOG_DIR) return env.SISCOM_DOCTOR_LOG_DIR;
  if (platform === 'win32') return join(env.LOCALAPPDATA ?? join(home, 'AppData', 'Local'), 'siscom-doctor');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'siscom-doctor');
  return join(env.XDG_STATE_HOME && env.XDG_STATE_HOME.startsWith('/') ? env.XDG_STATE_HOME : join(home, '.local', 'state'), 'siscom-doctor');
}
