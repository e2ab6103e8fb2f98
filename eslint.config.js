import tseslint from 'typescript-eslint';

// Layering (DESIGN.md): renderer → shared; electron/main → electron/core → shared;
// cli → core → shared; preload → shared. Only two files may touch Electron's IPC objects.
const NODE_BUILTINS = ['node:*', 'fs', 'fs/*', 'net', 'dgram', 'dns', 'dns/*', 'tls', 'child_process', 'os', 'path', 'crypto', 'http', 'https', 'stream', 'util', 'events'];

const restrict = (patterns, extra = []) => ({
  'no-restricted-imports': ['error', { patterns: [...patterns, ...extra] }],
});

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='send'][callee.object.property.name='webContents']", message: 'Send events through electron/main/ipc.ts (eventSinkFor), which checks for a destroyed window.' },
      ],
    },
  },
  {
    files: ['shared/**'],
    rules: restrict([
      { group: NODE_BUILTINS, message: 'shared/ runs anywhere: no Node built-ins.' },
      { group: ['electron', 'react', 'react-dom', 'zustand', 'mqtt', 'hot-shots', 'aedes'], message: 'shared/ holds only the contract, the model and the knowledge base.' },
      { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ imports neither electron/ nor renderer/.' },
    ]),
  },
  {
    files: ['electron/core/**', 'electron/cli/**'],
    rules: restrict([
      { group: ['electron'], message: 'The core and the CLI are pure Node: the Electron binary cannot be loaded there.' },
      { group: ['**/renderer/**', '**/main/**', '**/preload/**'], message: 'core and cli import only core and shared.' },
    ]),
  },
  {
    files: ['electron/main/**'],
    rules: restrict(
      [{ group: ['**/renderer/**', '**/cli/**', '**/preload/**'], message: 'main is glue over core and shared.' }],
      [{ group: ['electron'], importNames: ['ipcMain'], message: 'Only electron/main/ipc.ts binds ipcMain, from the contract.' }],
    ),
  },
  { files: ['electron/main/ipc.ts'], rules: restrict([{ group: ['**/renderer/**', '**/cli/**', '**/preload/**'], message: 'main is glue over core and shared.' }]) },
  {
    files: ['electron/preload/**'],
    rules: restrict([
      { group: NODE_BUILTINS, message: 'The sandboxed preload has no Node built-ins.' },
      { group: ['**/core/**', '**/main/**', '**/renderer/**', '**/cli/**'], message: 'preload imports only shared.' },
    ]),
  },
  {
    files: ['renderer/**'],
    rules: restrict([
      { group: ['electron', ...NODE_BUILTINS], message: 'The renderer reaches the system only through window.doctor.' },
      { group: ['**/electron/**'], message: 'The renderer imports only shared/ and itself.' },
    ]),
  },
  {
    // ipcRenderer belongs to the preload alone.
    files: ['**/*.{ts,tsx,js}'],
    ignores: ['electron/preload/**', 'shared/**', 'renderer/**', 'electron/core/**', 'electron/cli/**', 'electron/main/**'],
    rules: restrict([{ group: ['electron'], importNames: ['ipcRenderer', 'ipcMain'], message: 'Only electron/main/ipc.ts and electron/preload may touch IPC.' }]),
  },
);
