import { chromium } from 'playwright-core';
const b = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const p = await b.newPage({ viewport: { width: 1360, height: 900 } });
p.on('response', (r) => {
  if (r.status() >= 400) console.log('HTTP', r.status(), r.url());
});
p.on('console', (m) => {
  if (m.type() === 'error' || m.type() === 'warning') console.log('console', m.type(), m.text());
});
for (const name of (process.argv[2] ?? 'index,intranet,lms,hr-portal').split(',')) {
  await p.goto(`http://localhost:5173/${name}.html${process.argv[3] ?? ''}`);
  if (name !== 'index')
    await p
      .locator('cw-viewer-badge [part="name"]')
      .waitFor({ timeout: 30000 })
      .catch((e) => console.log(name, e.message));
  else await p.waitForTimeout(1000);
  console.log(
    name,
    await p
      .locator('cw-viewer-badge [part="name"], [data-gateway-status]')
      .first()
      .innerText()
      .catch(() => '?'),
  );
  await p.screenshot({ path: `/tmp/cw-shots/preview-${name}.png`, fullPage: true });
}
await b.close();
