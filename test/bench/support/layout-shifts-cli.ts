/**
 * Layout shifts of the demo's pages, desktop and mobile, for two or more builds of the demo
 * measured alternately in the same run (layout-shifts.ts): the page's CLS and the widgets' part.
 *
 *   RUNS=3 PAGES=intranet,hr-portal npx tsx bench/support/layout-shifts-cli.ts http://localhost:4501 http://localhost:4502
 */
import { chromium } from 'playwright-core';
import { loadavg } from 'node:os';
import { measureShifts } from './layout-shifts.js';
const bases = process.argv.slice(2);
const pages = (
  process.env['PAGES'] ?? 'intranet,hr-portal,lms,react,hr-programs,hr-integrations,developers'
).split(',');
const runs = Number(process.env['RUNS'] ?? 3);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const med = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;
for (const pageName of pages)
  for (const preset of ['desktop', 'mobile'] as const) {
    const row: string[] = [];
    for (const base of bases) {
      const r = [];
      for (let i = 0; i < runs; i++) r.push(await measureShifts(browser, `${base}/${pageName}.html`, preset));
      const worst = r.reduce((a, b) => (b.cls > a.cls ? b : a));
      row.push(
        `${med(r.map((x) => x.cls)).toFixed(3)} / widgets ${med(r.map((x) => x.widgetCls)).toFixed(3)} [max ${worst.cls.toFixed(3)}: ${worst.largest.map((s) => `${s.value.toFixed(3)}@${s.at.toFixed(0)} ${s.widget ? 'W' : 'H'} ${s.moved.slice(0, 80)}`).join('; ')}]`,
      );
    }
    console.log(`${pageName} ${preset} (load ${loadavg()[0]!.toFixed(1)}): ${row.join('  ||  ')}`);
  }
await browser.close();
