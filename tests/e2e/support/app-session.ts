import type { Browser, Page } from 'playwright-core';
import { startAppServer } from './app-server';
import { launchBrowser, openTrackedPage, waitForMapIdle } from './browser';

/** The app served with a package and open in headless Chromium, its first map drawn. */
export interface AppSession {
  readonly server: Awaited<ReturnType<typeof startAppServer>>;
  readonly browser: Browser;
  readonly page: Page;
  /** Requests that left 127.0.0.1 (the app must make none). */
  readonly external: string[];
  /** Page errors and console errors. */
  readonly errors: string[];
  close(): Promise<void>;
}

/**
 * Serves the built renderer with `packageDir` (null: the demo), opens it in Chromium on a tracked page and
 * waits until its first map is drawn. What was started is stopped again when a later step fails.
 */
export async function openAppSession(packageDir: string | null, viewport?: { width: number; height: number }): Promise<AppSession> {
  const server = await startAppServer(packageDir);
  let browser: Browser | undefined;
  try {
    browser = await launchBrowser();
    const { page, external, errors } = await openTrackedPage(browser, server.origin, viewport);
    await page.goto(server.url);
    await waitForMapIdle(page);
    const opened = browser;
    return {
      server,
      browser: opened,
      page,
      external,
      errors,
      close: async () => {
        await opened.close();
        await server.close();
      },
    };
  } catch (error) {
    await browser?.close();
    await server.close();
    throw error;
  }
}
