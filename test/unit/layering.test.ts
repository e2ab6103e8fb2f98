import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

// The layering rules live in eslint.config.js; this proves they fire, file by file.
const eslint = new ESLint();
async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId}`);
}

describe('layering rules', () => {
  it.each([
    ['shared/model/x.ts', "import fs from 'node:fs';\nexport const a = fs;"],
    ['shared/model/x.ts', "import { app } from 'electron';\nexport const a = app;"],
    ['shared/model/x.ts', "import { x } from '../../electron/core/x';\nexport const a = x;"],
    ['shared/model/x.ts', "import { x } from '../../renderer/src/x';\nexport const a = x;"],
    ['electron/core/x.ts', "import { app } from 'electron';\nexport const a = app;"],
    ['electron/cli/x.ts', "import { x } from '../../renderer/src/x';\nexport const a = x;"],
    ['renderer/src/x.ts', "import net from 'node:net';\nexport const a = net;"],
    ['renderer/src/x.ts', "import { x } from '../../electron/core/x';\nexport const a = x;"],
    ['electron/main/window.ts', "import { ipcMain } from 'electron';\nexport const a = ipcMain;"],
    ['electron/preload/x.ts', "import { x } from '../core/x';\nexport const a = x;"],
  ])('refuses %s importing across a layer', async (file, code) => {
    expect(await ruleIds(file, code)).toContain('no-restricted-imports');
  });

  it.each([
    ['electron/core/x.ts', "import net from 'node:net';\nimport { FINDINGS } from '../../shared/findings';\nexport const a = [net, FINDINGS];"],
    ['renderer/src/x.ts', "import { FINDINGS } from '../../shared/findings';\nexport const a = FINDINGS;"],
    ['electron/main/ipc.ts', "import { ipcMain } from 'electron';\nexport const a = ipcMain;"],
    ['electron/preload/index.ts', "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;"],
  ])('allows %s', async (file, code) => {
    expect(await ruleIds(file, code)).not.toContain('no-restricted-imports');
  });

  it('refuses webContents.send outside the IPC binding', async () => {
    expect(await ruleIds('electron/main/window.ts', 'export function f(w: { webContents: { send(c: string): void } }) { w.webContents.send("x"); }')).toContain('no-restricted-syntax');
  });
});
