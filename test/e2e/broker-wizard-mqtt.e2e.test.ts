import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, startE2eHost, type E2eHost } from '../helpers/open-app';

// "Try it" in the built renderer, in Chromium, against the real core and its embedded demo broker.
describe('broker wizard: try it with the demo broker (Chromium)', () => {
  let host: E2eHost;
  beforeAll(async () => {
    host = await startE2eHost();
  });
  afterAll(async () => {
    await host?.close();
  });

  it('streams the listen window live and ends green', async () => {
    const { page, consoleErrors: errors } = await openApp(host.browser, host.bridge.url, { locale: 'en-US' });
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
