import dgram from 'node:dgram';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, startE2eHost, type E2eHost } from '../helpers/open-app';
import { closedPort } from '../helpers/ports';
import { freeUdpPort } from '../helpers/etsy-statsd';

// The StatsD tab in Debian's Chromium against the real core: the sink the page starts is the
// witness the diagnosis uses to prove delivery.
describe('StatsD tab end to end (Chromium)', () => {
  let host: E2eHost;
  beforeAll(async () => {
    host = await startE2eHost();
  });
  afterAll(async () => {
    await host?.close();
  });

  it('starts the sink, shows what arrives, and the diagnosis aimed at it ends in statsd.ok', async () => {
    const port = await freeUdpPort();
    const { page, consoleErrors } = await openApp(host.browser, host.bridge.url, { locale: 'en-US' });
    await page.getByRole('tab', { name: 'StatsD' }).click();

    const sink = page.getByRole('region', { name: 'Built-in sink' });
    await sink.getByLabel('UDP port').fill(String(port));
    await sink.getByRole('button', { name: 'Listen' }).click();
    await sink.getByText(`Listening on UDP 127.0.0.1:${port}`).waitFor({ timeout: 5000 });

    const socket = dgram.createSocket('udp4');
    await new Promise<void>((r) => socket.send('siscom_api.requests:1|c\nnot a metric', port, '127.0.0.1', () => r()));
    socket.close();
    await page.locator('.sink-totals[data-lines="2"]').waitFor({ timeout: 5000 });
    expect(await page.locator('.sink-lines tr.bad').count()).toBe(1);

    await page.getByLabel('Server (STATSD_HOST)').fill('127.0.0.1');
    await page.getByLabel('UDP metrics port (STATSD_PORT)').fill(String(port));
    await page.getByLabel('Prefix (STATSD_PREFIX)').fill('siscom_api');
    await page.getByLabel('Management port (TCP, optional)').fill(String(await closedPort()));
    await page.getByRole('button', { name: 'Diagnose StatsD' }).click();
    const ok = page.locator('[data-finding="statsd.ok"]');
    await ok.waitFor({ timeout: 10_000 });
    expect(await ok.locator('strong').textContent()).toBe(`Metrics arrive at 127.0.0.1:${port}`);
    expect(await page.locator('[data-step="statsd.send"]').getAttribute('data-state')).toBe('pass');
    // The test metrics show in the sink too.
    await page.locator('.sink-lines td.name', { hasText: 'siscom_api.siscom_doctor.test.gauge' }).first().waitFor({ timeout: 5000 });

    await sink.getByRole('button', { name: 'Stop' }).click();
    await sink.getByRole('button', { name: 'Listen' }).waitFor({ timeout: 5000 });
    await page.screenshot({ path: 'test-results/e2e-statsd-wizard.png', fullPage: true });
    expect(consoleErrors, consoleErrors.join('\n')).toEqual([]);
    await page.close();
  });
});
