import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, startE2eHost, type E2eHost } from '../helpers/open-app';
import { closedPort } from '../helpers/ports';

// The built renderer in Debian's Chromium, its IPC contract carried over a WebSocket to the real core.
describe('broker wizard end to end (Chromium)', () => {
  let host: E2eHost;
  beforeAll(async () => {
    host = await startE2eHost();
  });
  afterAll(async () => {
    await host?.close();
  });

  it('runs the wizard against a closed port and shows tcp.refused', async () => {
    const port = await closedPort();
    const { page, consoleErrors } = await openApp(host.browser, host.bridge.url, { locale: 'en-US' });
    await page.getByLabel('Broker (BROKER_HOST or URL)').fill(`127.0.0.1:${port}`);
    await page.getByLabel('Password (MQTT_PASSWORD)').fill('e2e-secret-pw');
    await page.getByRole('button', { name: 'Diagnose' }).click();
    const finding = page.locator('[data-finding="tcp.refused"]');
    await finding.waitFor({ timeout: 10_000 });
    expect(await finding.locator('strong').textContent()).toBe(`Connection refused at 127.0.0.1:${port}`);
    expect(await page.locator('[data-step="tcp"]').getAttribute('data-state')).toBe('fail');
    expect(await page.locator('[data-step="dns"]').getAttribute('data-state')).toBe('pass');
    await page.screenshot({ path: 'test-results/e2e-broker-wizard.png', fullPage: true });
    // The administrator report downloads with the finding and without the password.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save HTML' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^siscom-doctor-.*\.html$/);
    const html = await readFile((await download.path()) as string, 'utf8');
    expect(html).toContain('tcp.refused');
    expect(html).toContain('Questions for the broker administrator');
    expect(html).not.toContain('e2e-secret-pw');
    expect(await page.getByRole('status').textContent()).toMatch(/Report saved as siscom-doctor-/);
    // The strict CSP holds and the page has no errors.
    expect(consoleErrors, consoleErrors.join("\n")).toEqual([]);
    await page.close();
  });
});
