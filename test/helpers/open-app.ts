import type { Browser, Page } from 'playwright-core';
import { startBridgeServer, BRIDGE_CLIENT_SCRIPT, type BridgeServer } from './bridge-server';
import { launchChromium } from './chromium';

export interface E2eHost {
  bridge: BridgeServer;
  browser: Browser;
  close(): Promise<void>;
}

/** The bridge server (built renderer + real core over a WebSocket) and Debian's Chromium, started together. */
export async function startE2eHost(...bridgeArgs: Parameters<typeof startBridgeServer>): Promise<E2eHost> {
  const bridge = await startBridgeServer(...bridgeArgs);
  let browser: Browser;
  try {
    browser = await launchChromium();
  } catch (error) {
    await bridge.close();
    throw error;
  }
  return {
    bridge,
    browser,
    close: async () => {
      await browser.close();
      await bridge.close();
    },
  };
}

/**
 * A new page on the app, `window.doctor` carried by the bridge, with every console error and
 * uncaught page error collected, so each test can assert the strict CSP held and nothing threw.
 */
export async function openApp(browser: Browser, bridgeUrl: string, options: { locale: string }): Promise<{ page: Page; consoleErrors: string[] }> {
  const page = await browser.newPage({ locale: options.locale });
  const consoleErrors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(e.message));
  await page.addInitScript(BRIDGE_CLIENT_SCRIPT);
  await page.goto(bridgeUrl);
  return { page, consoleErrors };
}
