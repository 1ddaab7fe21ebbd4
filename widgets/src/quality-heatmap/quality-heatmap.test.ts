import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { HeatmapCellSelectEvent } from '../events/heatmap-cell-select.js';
import type { HeatmapDrilldownEvent } from '../events/heatmap-drilldown.js';
import type { HeatmapExportEvent } from '../events/heatmap-export.js';
import { expectEventContract } from '../shared/testing/event-contract.js';
import { nextDownload } from '../shared/testing/download.js';
import { expectAccessible } from '../shared/testing/expect-accessible.js';
import { onRealGateway } from '../shared/testing/gateway.js';
import { untilLocale } from '../shared/testing/locale.js';
import { shootFrame } from '../shared/testing/framed.js';
import { HEATMAP_ADMIN, mountHeatmap } from './quality-heatmap.testing.js';
import type { HeatmapData, QualityHeatmap } from './quality-heatmap.js';
import { heatmapView, shownCell, withheldCell } from './quality-heatmap.test-data.js';
import { until } from '../shared/testing/dom.js';

const grid = (el: QualityHeatmap) => el.shadowRoot!.querySelector<HTMLElement>('[role="grid"]');
const bodyRows = (el: QualityHeatmap) => [...el.shadowRoot!.querySelectorAll('.body [role="row"]')];
const active = (el: QualityHeatmap) => el.shadowRoot!.activeElement as HTMLElement | null;
const position = (el: QualityHeatmap) => {
  const cell = active(el);
  return cell ? [Number(cell.dataset['row']), Number(cell.dataset['col'])] : null;
};
const shoot = (el: Element, name: string) => shootFrame(el, `heatmap-${name}`);

describe('<cw-quality-heatmap> on the real gateway', function () {
  let gateway: string;

  onRealGateway((url) => (gateway = url));

  it('shows the organisation by region to an admin, with figures, counts and a legend', async function () {
    this.timeout(30_000);
    const el = mountHeatmap({ gateway, email: HEATMAP_ADMIN });
    await until(() => bodyRows(el).length > 0, 'the rows');
    const g = grid(el)!;
    expect(g.getAttribute('aria-colcount')).to.equal('11');
    expect(el.shadowRoot!.querySelectorAll('[role="columnheader"]')).to.have.length(11);
    expect(el.shadowRoot!.querySelector('.organisation [role="rowheader"]')!.textContent).to.contain(
      'Whole organisation',
    );
    // Every figure cell reads its value and the people counted; withheld cells say why.
    const cells = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="gridcell"]')];
    expect(cells.length).to.be.greaterThan(10);
    for (const cell of cells) {
      const text = cell.textContent!.replace(/\s+/g, ' ');
      if (cell.classList.contains('suppressed')) expect(text).to.match(/Withheld/);
      else expect(text).to.match(/\d.*people|person/);
    }
    expect(el.shadowRoot!.querySelector('[part~="legend"]')).to.not.equal(null);
    await expectAccessible(el);
    await shoot(el, 'light');
  });

  it('moves with the arrow keys and drills into a unit with Enter', async function () {
    this.timeout(30_000);
    const el = mountHeatmap({ gateway, email: HEATMAP_ADMIN });
    await until(() => bodyRows(el).length > 0, 'the rows');
    const drilled: HeatmapDrilldownEvent[] = [];
    el.addEventListener('cw-heatmap-drilldown', (event) => drilled.push(event));
    const selected: HeatmapCellSelectEvent[] = [];
    el.addEventListener('cw-heatmap-cell-select', (event) => selected.push(event));

    // One tab stop: only the focused cell is in the tab order.
    expect(el.shadowRoot!.querySelectorAll('[role="grid"] [tabindex="0"]')).to.have.length(1);
    el.shadowRoot!.querySelector<HTMLElement>('[data-row="0"][data-col="0"]')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(position(el)).to.deep.equal([0, 1]);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(position(el)).to.deep.equal([2, 1]);
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(position(el)).to.deep.equal([2, 10]);
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(position(el)).to.deep.equal([2, 0]);
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: ' ' });
    expect(selected).to.have.length(1);
    expect(selected[0]!.detail.capability).to.equal('DELEGATION');
    await expectEventContract('cw-heatmap-cell-select', selected[0]);
    await sendKeys({ press: 'ArrowLeft' });

    const regionName = active(el)!.querySelector('.unit-name')!.textContent!;
    await sendKeys({ press: 'Enter' });
    expect(drilled).to.have.length(1);
    expect(drilled[0]!.detail.previousUnitId).to.equal(null);
    expect(el.unit).to.equal(drilled[0]!.detail.unitId);
    await until(
      () => el.shadowRoot!.querySelector('.breadcrumb [aria-current]')?.textContent === regionName,
      'the breadcrumb',
    );
    await until(() => bodyRows(el).length > 0, 'the functions');
    // Back up through the breadcrumb.
    el.shadowRoot!.querySelector<HTMLButtonElement>('.breadcrumb button')!.click();
    expect(drilled[1]!.detail).to.deep.equal({ unitId: null, previousUnitId: drilled[0]!.detail.unitId });
    await expectEventContract('cw-heatmap-drilldown', drilled[0]);
    await expectEventContract('cw-heatmap-drilldown', drilled[1]);
  });

  it('sorts by a column from its header', async function () {
    this.timeout(30_000);
    const el = mountHeatmap({ gateway, email: HEATMAP_ADMIN });
    await until(() => bodyRows(el).length > 1, 'the rows');
    const header = el.shadowRoot!.querySelector<HTMLElement>('[data-row="0"][data-col="2"]')!;
    header.click();
    await el.updateComplete;
    expect(header.getAttribute('aria-sort')).to.equal('descending');
    const values = bodyRows(el)
      .map((row) => row.querySelectorAll('[role="gridcell"]')[1]!)
      .filter((cell) => !cell.classList.contains('suppressed'))
      .map((cell) => Number(cell.querySelector('.value')!.textContent));
    expect(values).to.deep.equal([...values].sort((a, b) => b - a));
  });

  it('switches the metric and flags participation under 60%', async function () {
    this.timeout(30_000);
    const el = mountHeatmap({ gateway, email: HEATMAP_ADMIN });
    await until(() => bodyRows(el).length > 0, 'the rows');
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('.controls select')!;
    select.value = 'DELTA_FROM_BASELINE';
    select.dispatchEvent(new Event('change'));
    expect(el.metric).to.equal('DELTA_FROM_BASELINE');
    await until(() => grid(el)?.getAttribute('aria-label') === 'Change since baseline', 'the delta view');
    await until(() => bodyRows(el).length > 0, 'the delta rows');
    await expectAccessible(el);
    el.metric = 'PARTICIPATION_RATE';
    await until(() => grid(el)?.getAttribute('aria-label') === 'Program participation', 'participation');
    await until(() => bodyRows(el).length > 0, 'the participation rows');
    const figures = [...el.shadowRoot!.querySelectorAll('[role="gridcell"]:not(.suppressed) .value')];
    expect(figures.every((value) => /%$/.test(value.textContent!.trim()))).to.equal(true);
  });

  it('exports exactly the view as CSV', async function () {
    this.timeout(30_000);
    const el = mountHeatmap({ gateway, email: HEATMAP_ADMIN });
    await until(() => bodyRows(el).length > 0, 'the rows');
    const exported = new Promise<HeatmapExportEvent>((resolve) =>
      el.addEventListener('cw-heatmap-export', (event) => {
        event.preventDefault();
        resolve(event);
      }),
    );
    el.shadowRoot!.querySelector<HTMLButtonElement>('.export')!.click();
    const event = await exported;
    const lines = event.detail.csv.trimEnd().split('\r\n');
    expect(lines[0]).to.match(/^"Unit","Kind","Level","Managers","Delegation","Delegation \(n\)"/);
    expect(lines).to.have.length(bodyRows(el).length + 2);
    expect(event.detail.filename).to.match(/^heatmap-score-\d{4}-\d{2}-\d{2}\.csv$/);
    await expectEventContract('cw-heatmap-export', event);
    // A suppressed cell in the grid is suppressed in the file.
    const withheld = el.shadowRoot!.querySelectorAll('.body .suppressed').length;
    const withheldInCsv =
      lines
        .slice(2)
        .join('\n')
        .match(/"suppressed/g)?.length ?? 0;
    expect(withheldInCsv).to.equal(withheld);
  });

  it('saves the CSV as a file when the host leaves the export to it', async function () {
    this.timeout(30_000);
    const el = mountHeatmap({ gateway, email: HEATMAP_ADMIN });
    await until(() => bodyRows(el).length > 0, 'the rows');
    const exported = new Promise<HeatmapExportEvent>((resolve) =>
      el.addEventListener('cw-heatmap-export', resolve as EventListener),
    );
    const saved = nextDownload();
    el.shadowRoot!.querySelector<HTMLButtonElement>('.export')!.click();
    const [event, file] = await Promise.all([exported, saved]);
    expect(file.filename).to.equal(event.detail.filename);
    expect(file.type).to.equal('text/csv;charset=utf-8');
    expect(file.text).to.equal(event.detail.csv);
  });

  it('shows the unauthorised state to a participant of an organisation that keeps it to admins', async function () {
    this.timeout(30_000);
    // Northwind keeps the heatmap to program and organisation admins; Lucía is a participant (and a
    // manager, which Northwind does not let see the heatmap).
    // Spelled differently, the gateway gets its own client: nothing the admin saw is cached.
    const el = mountHeatmap({
      gateway: `${gateway}/graphql?as-participant`,
      tokenGateway: gateway,
      email: 'lucia.fernandez@northwind.example',
    });
    await until(() => el.shadowRoot!.querySelector('[part~="state-unauthorised"]') !== null, 'unauthorised');
    await expectAccessible(el);
    await shoot(el, 'unauthorised');
  });

  it('shows a program admin the figures of their own programs only, starting with the first', async function () {
    this.timeout(30_000);
    // Priya runs some of Northwind's programs, not all: no "All programs", only hers to pick from.
    const el = mountHeatmap({
      gateway: `${gateway}/graphql?as-program-admin`,
      tokenGateway: gateway,
      email: 'priya.raman@northwind.example',
    });
    await until(() => bodyRows(el).length > 0, 'the rows');
    const picker = [...el.shadowRoot!.querySelectorAll('label')]
      .find((label) => label.textContent!.includes('Program'))!
      .querySelector('select')!;
    const options = [...picker.options];
    expect(options.map((option) => option.value)).not.to.include('');
    expect(options.length).to.be.greaterThan(0);
    expect(picker.value).to.equal(options[0]!.value);
    expect(el.program).to.equal(undefined);
    await expectAccessible(el);
    await shoot(el, 'program-admin');
  });

  it('tells a program admin with no program yet that there is nothing of theirs to see', async function () {
    this.timeout(30_000);
    // Aiko is Aurora's new program admin: no program is assigned to her yet.
    const el = mountHeatmap({
      gateway: `${gateway}/graphql?as-new-program-admin`,
      tokenGateway: gateway,
      email: 'aiko.yamamoto@aurora.example',
    });
    await until(() => el.shadowRoot!.querySelector('[part~="state-unauthorised"]') !== null, 'unauthorised');
    await expectAccessible(el);
  });

  for (const [theme, locale] of [
    ['dark', 'en'],
    ['high-contrast', 'en'],
    ['light', 'ar'],
  ] as const) {
    it(`renders in ${theme}${locale === 'ar' ? ', right to left' : ''}`, async function () {
      this.timeout(30_000);
      const el = mountHeatmap({ gateway, email: HEATMAP_ADMIN, theme, locale });
      if (locale !== 'en') await untilLocale(el, locale);
      await until(() => bodyRows(el).length > 0, 'the rows');
      if (theme === 'high-contrast') {
        // Not colour alone: figures carry a level glyph and cells are not filled.
        expect(el.shadowRoot!.querySelectorAll('.glyph').length).to.be.greaterThan(0);
        expect(
          el.shadowRoot!.querySelector<HTMLElement>('.figure:not(.suppressed)')!.style.background,
        ).to.equal('');
      }
      if (locale === 'ar') {
        expect(el.dir).to.equal('rtl');
        el.shadowRoot!.querySelector<HTMLElement>('[data-row="0"][data-col="0"]')!.focus();
        await sendKeys({ press: 'ArrowLeft' });
        await el.updateComplete;
        // Left moves forward in a right-to-left grid.
        expect(position(el)).to.deep.equal([0, 1]);
      }
      await expectAccessible(el);
      await shoot(el, locale === 'ar' ? 'rtl' : theme);
    });
  }
});

describe('<cw-quality-heatmap> in German and Japanese', function () {
  let gateway: string;

  onRealGateway((url) => (gateway = url));

  const text = (el: QualityHeatmap, selector: string) =>
    el.shadowRoot!.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

  for (const [locale, expected] of [
    ['de', { orgUnit: 'Organisationseinheit', delegation: 'Delegieren', target: '60 %', people: 'Personen' }],
    ['ja', { orgUnit: '組織単位', delegation: '権限委譲', target: '60%', people: '人' }],
  ] as const) {
    it(`speaks ${locale}: its own copy, the gateway's capability names, Intl figures`, async function () {
      this.timeout(30_000);
      const el = mountHeatmap({ gateway, email: HEATMAP_ADMIN, locale });
      el.metric = 'PARTICIPATION_RATE';
      await untilLocale(el, locale);
      await until(() => bodyRows(el).length > 0, 'the rows');
      expect(el.lang).to.equal(locale);
      expect(el.dir).to.equal('ltr');
      expect(text(el, '[data-row="0"][data-col="0"]')).to.equal(expected.orgUnit);
      // Capability names come from the gateway, asked for in the element's locale.
      const headers = [...el.shadowRoot!.querySelectorAll('.sortable > span:first-child')].map((s) =>
        s.textContent!.trim(),
      );
      expect(headers).to.include(expected.delegation);
      expect(headers.join(' ')).not.to.match(/Delegation|Feedback loops|Decision making/);
      // The participation target and percentages are Intl's, with the locale's spacing.
      expect(text(el, '.legend-note').replace(/\u00a0|\u202f/g, ' ')).to.contain(expected.target);
      expect(text(el, '.body .people')).to.contain(expected.people);
      await shoot(el, `locale-${locale}`);
      await expectAccessible(el);
      // Every column header shows its whole name (wrapped, never cut off).
      for (const span of el.shadowRoot!.querySelectorAll<HTMLElement>('.sortable > span:first-child')) {
        expect(span.scrollWidth, span.textContent!).to.be.at.most(span.clientWidth + 1);
        expect(span.scrollHeight, span.textContent!).to.be.at.most(span.clientHeight + 1);
      }
    });
  }
});

describe('<cw-quality-heatmap> with 2,000 rows', () => {
  function bigView(rows: number): HeatmapData {
    const codes = ['DELEGATION', 'FEEDBACK', 'DECISION_MAKING', 'PRIORITISATION', 'WELLBEING'];
    const cell = (i: number, j: number) =>
      (i + j) % 7 === 0 ? withheldCell() : shownCell(1 + ((i * 13 + j * 7) % 40) / 10, 5 + ((i + j) % 30));
    return heatmapView({
      periods: ['2026-Q1', '2026-Q2'],
      asOf: new Date().toISOString(),
      columns: codes.map((code, j) => ({
        capability: {
          id: `c${j}`,
          code,
          name: code.charAt(0) + code.slice(1).toLowerCase().replace(/_/g, ' '),
        },
        organisation: cell(0, j),
      })),
      total: null,
      rows: Array.from({ length: rows }, (_, i) => ({
        unit: { id: `u${i}`, name: `Team ${String(i).padStart(4, '0')}`, kind: 'TEAM' as const },
        level: 1,
        peopleCount: 6 + (i % 20),
        hasChildren: false,
        cells: codes.map((_, j) => cell(i, j)),
      })),
    });
  }

  it('renders only the rows in view, scrolls to the last one, and prints its time to first render', async function () {
    this.timeout(30_000);
    const data = bigView(2000);
    const started = performance.now();
    const el = mountHeatmap({ gateway: 'http://localhost:1', data });
    await el.updateComplete;
    const firstRender = performance.now() - started;
    const again = performance.now();
    el.requestUpdate();
    await el.updateComplete;
    console.log(`cw-quality-heatmap: 2,000 rows, re-render ${(performance.now() - again).toFixed(1)} ms`);
    console.log(`cw-quality-heatmap: 2,000 rows, time to first render ${firstRender.toFixed(1)} ms`);
    expect(bodyRows(el).length).to.be.lessThan(60);
    const g = grid(el)!;
    g.scrollTop = g.scrollHeight;
    g.dispatchEvent(new Event('scroll'));
    await el.updateComplete;
    const names = bodyRows(el).map((row) => row.querySelector('.unit-name')!.textContent);
    expect(names).to.include('Team 1999');
    // Scrolling repaints a window of rows, not the table.
    const scrolls: number[] = [];
    for (let i = 0; i < 20; i += 1) {
      const t = performance.now();
      g.scrollTop = (i * 997) % g.scrollHeight;
      g.dispatchEvent(new Event('scroll'));
      await el.updateComplete;
      scrolls.push(performance.now() - t);
    }
    scrolls.sort((a, b) => a - b);
    console.log(`cw-quality-heatmap: 2,000 rows, scroll update median ${scrolls[10]!.toFixed(1)} ms`);
    // Keyboard: Ctrl+End reaches the last row even though it was never rendered before.
    g.scrollTop = 0;
    g.dispatchEvent(new Event('scroll'));
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLElement>('[data-row="0"][data-col="0"]')!.focus();
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'End' });
    await sendKeys({ up: 'Control' });
    await el.updateComplete;
    await el.updateComplete;
    expect(position(el)).to.deep.equal([2001, 5]);
    await expectAccessible(el);
  });
});

describe('<cw-quality-heatmap> participation target', () => {
  it('flags and explains cells against the target the view carries, not a copy of its own', async () => {
    const shown = (value: number, below: boolean) =>
      shownCell(value, 10, { belowParticipationTarget: below });
    const data = heatmapView({
      metric: 'PARTICIPATION_RATE',
      participationTarget: 0.75,
      columns: [
        { capability: { id: 'c1', code: 'DELEGATION', name: 'Delegation' }, organisation: shown(0.8, false) },
      ],
      rows: [
        {
          unit: { id: 'u1', name: 'Sales', kind: 'TEAM' as const },
          level: 1,
          peopleCount: 10,
          hasChildren: false,
          cells: [shown(0.7, true)],
        },
      ],
    });
    const el = mountHeatmap({ gateway: 'http://localhost:1', data });
    await el.updateComplete;
    const legend = el.shadowRoot!.querySelector('[part~="legend"]')!.textContent!.replace(/\s+/g, ' ');
    expect(legend).to.contain('! under the 75% participation target.');
    const flagged = bodyRows(el)[0]!.querySelector('[role="gridcell"]')!;
    expect(flagged.querySelector('.flag')).to.not.equal(null);
    expect(flagged.textContent!.replace(/\s+/g, ' ')).to.contain('below the 75% participation target');
  });
});

describe('<cw-quality-heatmap> filters', () => {
  it('offers the periods with data, labelled by month, and sets and clears the period', async () => {
    const data = heatmapView({
      periods: ['2026-Q1', '2026-Q2'],
      columns: [
        {
          capability: { id: 'c1', code: 'DELEGATION', name: 'Delegation' },
          organisation: shownCell(3.2, 40),
        },
      ],
      rows: [],
    });
    const el = mountHeatmap({ gateway: 'http://localhost:1', data });
    await el.updateComplete;
    const [, program, period] = [...el.shadowRoot!.querySelectorAll<HTMLSelectElement>('.controls select')];
    expect([...program!.options].map((o) => o.textContent!.trim())).to.deep.equal(['All programs']);
    // Intl may put thin spaces around the dash.
    expect(
      [...period!.options].map((o) => [o.value, o.textContent!.replace(/\s+/g, ' ').trim()]),
    ).to.deep.equal([
      ['', 'All time'],
      ['2026-Q1', 'Jan – Mar 2026'],
      ['2026-Q2', 'Apr – Jun 2026'],
    ]);
    period!.value = '2026-Q2';
    period!.dispatchEvent(new Event('change'));
    expect(el.period).to.equal('2026-Q2');
    await el.updateComplete;
    expect(period!.selectedOptions[0]!.value).to.equal('2026-Q2');
    period!.value = '';
    period!.dispatchEvent(new Event('change'));
    expect(el.period).to.equal(undefined);
  });
});
