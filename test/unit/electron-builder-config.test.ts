import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

// electron-builder cannot build here (it downloads Electron); its own schema validates the config.
const require = createRequire(import.meta.url);
const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  validateConfiguration(config: unknown, debug: unknown): Promise<void>;
};
const debug = { isEnabled: false, add: () => undefined };
const config = parse(readFileSync('electron-builder.yml', 'utf8')) as Record<string, unknown>;

describe('electron-builder.yml', () => {
  it('passes electron-builder’s own schema', async () => {
    await expect(validateConfiguration(structuredClone(config), debug)).resolves.toBeUndefined();
  });

  it('the schema does refuse a broken config (the check can fail)', async () => {
    await expect(validateConfiguration({ ...structuredClone(config), notAnOption: true }, debug)).rejects.toThrow(/Invalid configuration object/);
  });

  it('hardens the packaged binary with fuses', () => {
    expect(config.electronFuses).toMatchObject({ runAsNode: false, enableNodeCliInspectArguments: false, onlyLoadAppFromAsar: true });
  });
});
