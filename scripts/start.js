#!/usr/bin/env node
// `npm start`: build, make sure the Electron binary is there, run the app. Where Electron cannot be
// downloaded (an offline machine) say so in one line and point at the headless CLI.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const quiet = { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' };

const probe = spawnSync(process.execPath, ['-e', "require('electron')"], quiet);
if (probe.status !== 0) {
  process.stderr.write(
    'siscom-doctor: the Electron binary is not installed and cannot be downloaded here; use the headless CLI instead: npx siscom-doctor --help\n',
  );
  process.exit(1);
}
const build = spawnSync(process.execPath, [require.resolve('electron-vite/bin/electron-vite.js'), 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const app = spawnSync(process.execPath, [require.resolve('electron-vite/bin/electron-vite.js'), 'preview'], { stdio: 'inherit' });
process.exit(app.status ?? 0);
