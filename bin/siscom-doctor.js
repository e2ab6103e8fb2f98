#!/usr/bin/env node
// Launcher for the headless CLI. `npm install` builds it (the `prepare` script) into out/main.
import { existsSync } from 'node:fs';

const entry = new URL('../out/main/cli.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('siscom-doctor: the CLI is not built yet; run `npm run build` in the siscom-doctor folder first.\n');
  process.exit(2);
}
await import(entry.href);
