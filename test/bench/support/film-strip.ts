/**
 * Screenshots of a demo page loading over Chrome DevTools' "Slow 3G" (2 s round trip, 50 kB/s each
 * way) at given moments, so a person can see what the page shows while the widgets arrive:
 *
 *   npx tsx bench/support/film-strip.ts http://localhost:5173/intranet.html /tmp/shots 1,3,6
 *
 * Chromium: CHROME_PATH, else Debian's /usr/bin/chromium.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';

const [url, outDir = '/tmp/film-strip', momentsArg = '1,3,6'] = process.argv.slice(2);
if (!url) throw new Error('usage: film-strip.ts <url> [out dir] [seconds, comma separated]');
const moments = momentsArg.split(',').map(Number);

await mkdir(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 2000,
    downloadThroughput: 50_000,
    uploadThroughput: 50_000,
  });
  const name = new URL(url).pathname.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'page';
  const began = Date.now();
  void page.goto(url, { waitUntil: 'commit', timeout: 120_000 }).catch(() => undefined);
  for (const second of moments) {
    const wait = began + second * 1000 - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const path = `${outDir}/${name}-slow3g-${second}s.png`;
    // Through CDP: Playwright's page.screenshot waits for the navigation to commit, which on Slow 3G
    // is seconds after the moment asked for; this captures whatever the tab shows at that moment.
    const { data } = await cdp.send('Page.captureScreenshot', { format: 'png' });
    await writeFile(path, Buffer.from(data, 'base64'));
    console.log(`${path} (taken at ${((Date.now() - began) / 1000).toFixed(1)} s)`);
  }
} finally {
  await browser.close();
}
