import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, startE2eHost, type E2eHost } from '../helpers/open-app';

// The built renderer in Debian's Chromium: the decoder tab ships in the bundle and runs under the strict CSP.
describe('decoder end to end (Chromium)', () => {
  let host: E2eHost;
  beforeAll(async () => {
    host = await startE2eHost();
  });
  afterAll(async () => {
    await host?.close();
  });

  it('decodes a code and a pasted log, in Spanish', async () => {
    const { page, consoleErrors } = await openApp(host.browser, host.bridge.url, { locale: 'es-ES' });
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
