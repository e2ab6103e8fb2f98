import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startBridgeServer, BRIDGE_CLIENT_SCRIPT, type BridgeServer } from '../helpers/bridge-server';
import { launchChromium } from '../helpers/chromium';

// The built renderer in Debian's Chromium: the decoder tab ships in the bundle and runs under the strict CSP.
describe('decoder end to end (Chromium)', () => {
  let bridge: BridgeServer;
  let browser: Browser;
  beforeAll(async () => {
    bridge = await startBridgeServer();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await bridge?.close();
  });

  it('decodes a code and a pasted log, in Spanish', async () => {
    const page = await browser.newPage({ locale: 'es-ES' });
    const consoleErrors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => consoleErrors.push(e.message));
    await page.addInitScript(BRIDGE_CLIENT_SCRIPT);
    await page.goto(bridge.url);
    await page.getByRole('tab', { name: 'Decodificador' }).click();
    const input = page.getByLabel('Código o texto');
    await input.fill('7');
    await page.locator('[data-kb="paho.7"]').waitFor({ timeout: 10_000 });
    expect(await page.locator('[data-absent="connack"]').textContent()).toMatch(/No es un código CONNACK/);
    await input.fill('aio_statsd.client - ERROR - status:False error: [Errno 111] Connection refused');
    await page.locator('[data-kb="errno.ECONNREFUSED"] .kb-hint').waitFor({ timeout: 10_000 });
    await page.screenshot({ path: 'test-results/e2e-decoder.png', fullPage: true });
    expect(consoleErrors, consoleErrors.join('\n')).toEqual([]);
    await page.close();
  });
});
