// Swagger UI in a real browser: /docs renders, and "Try it out" on /events
// shows records. Needs Debian's chromium; skips with a message where it is missing
// (.ci/run installs it, so CI never skips).
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const haveBrowser = existsSync(CHROMIUM);
if (!haveBrowser) console.warn(`Swagger UI browser test skipped: no browser at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`);

let t: TestApp;
let browser: Browser;
let base: string;

describe.skipIf(!haveBrowser)('Swagger UI at /docs', () => {
  beforeAll(async () => {
    t = await createTestApp();
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      // No sandbox as root in CI; no background traffic to hosts this machine cannot reach.
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    t?.cleanup();
  });

  it('runs "Try it out" on GET /events and shows records', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(`${base}/docs`);
    const op = '#operations-events-get_events';
    await page.click(`${op} .opblock-summary`);
    await page.click(`${op} .try-out__btn`);
    await page.click(`${op} .execute`);
    const body = await page.textContent(`${op} .live-responses-table .response-col_description .microlight`, { timeout: 20_000 });
    const parsed = JSON.parse(body ?? '{}') as { data?: { type: string }[] };
    expect(parsed.data?.length).toBeGreaterThan(0);
    expect(errors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
  }, 60_000);
});
