import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, startE2eHost, type E2eHost } from '../helpers/open-app';
import { startEmbeddedBroker, type EmbeddedBroker } from '../../electron/core/demo/embedded-broker';

// The Monitor and Attempts tabs in Chromium under the real CSP, against aedes with its sample publisher.
describe('monitor and attempts end to end (Chromium)', () => {
  let host: E2eHost;
  let broker: EmbeddedBroker;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'siscom-e2e-attempts-'));
    host = await startE2eHost(resolve('out/renderer'), { dataDir: dir });
    broker = await startEmbeddedBroker({ sampleIntervalMs: 50 });
  });
  afterAll(async () => {
    await host?.close();
    await broker?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('watches the broker live, then finds the attempt in the table and the timeline', async () => {
    const { page, consoleErrors } = await openApp(host.browser, host.bridge.url, { locale: 'en-US' });
    await page.getByRole('tab', { name: 'Monitor' }).click();
    await page.getByLabel('Broker (BROKER_HOST or URL)').fill(broker.url);
    await page.getByRole('button', { name: 'Watch' }).click();
    await page.locator('[data-phase="connected"]').waitFor({ timeout: 10_000 });
    // (No waitForFunction: the CSP forbids evaluating strings, which is the point.)
    const deadline = Date.now() + 10_000;
    while (Number((await page.locator('[data-messages]').getAttribute('data-messages', { timeout: 10_000 })) ?? 0) < 5) {
      if (Date.now() > deadline) throw new Error('no messages counted');
      await page.waitForTimeout(100);
    }
    await page.screenshot({ path: 'test-results/e2e-monitor.png', fullPage: true });
    await page.getByRole('button', { name: 'Stop' }).click();
    await page.locator('[data-phase="stopped"]').waitFor({ timeout: 5000 });

    await page.getByRole('tab', { name: 'Attempts' }).click();
    await page.locator('[data-count="1"]').waitFor({ timeout: 5000 });
    const row = page.locator('.virtual-rows [data-outcome="connected"]');
    expect(await row.textContent()).toContain(`127.0.0.1:${broker.port}`);
    expect(await page.locator('.timeline circle.point-ok').count()).toBe(1);
    // The virtual viewport got its height from a style property set through the CSSOM, which the CSP allows.
    expect((await page.locator('[data-testid="virtual-viewport"]').boundingBox())?.height).toBeGreaterThan(100);
    await page.screenshot({ path: 'test-results/e2e-attempts.png', fullPage: true });
    expect(consoleErrors, consoleErrors.join('\n')).toEqual([]);
    await page.close();
  });
});
