import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startBridgeServer, BRIDGE_CLIENT_SCRIPT, type BridgeServer } from '../helpers/bridge-server';
import { launchChromium } from '../helpers/chromium';

// "Try it" in the built renderer, in Chromium, against the real core and its embedded demo broker.
describe('broker wizard: try it with the demo broker (Chromium)', () => {
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

  it('streams the listen window live and ends green', async () => {
    const page = await browser.newPage({ locale: 'en-US' });
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript(BRIDGE_CLIENT_SCRIPT);
    await page.goto(bridge.url);
    await page.getByRole('button', { name: 'Try it with a demo broker' }).click();
    // While the window is open: the live count and a pretty-printed sample.
    const sample = page.getByTestId('message-sample');
    await sample.locator('.message-count').waitFor({ timeout: 10_000 });
    await sample.locator('pre', { hasText: '"device_id": "demo-unit-' }).first().waitFor({ timeout: 10_000 });
    expect(await page.locator('[data-step="mqtt.connect"]').getAttribute('data-state')).toBe('pass');
    await page.screenshot({ path: 'test-results/e2e-broker-wizard-listen.png', fullPage: true });
    await page.locator('[data-verdict]').waitFor({ timeout: 20_000 });
    expect(await page.locator('[data-verdict]').getAttribute('data-verdict')).toBe('pass');
    expect(await page.locator('[data-step="mqtt.messages"]').getAttribute('data-state')).toBe('pass');
    expect(errors, errors.join('\n')).toEqual([]);
    await page.close();
  });
});
