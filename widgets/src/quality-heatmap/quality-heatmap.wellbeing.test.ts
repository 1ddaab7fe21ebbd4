import { expect } from '@open-wc/testing';
import type { HeatmapCellSelectEvent } from '../events/heatmap-cell-select.js';
import { until } from '../shared/testing/dom.js';
import { expectEventContract } from '../shared/testing/event-contract.js';
import { expectAccessible } from '../shared/testing/expect-accessible.js';
import { onRealGateway } from '../shared/testing/gateway.js';
import { untilLocale } from '../shared/testing/locale.js';
import { shootFrame } from '../shared/testing/framed.js';
import { HEATMAP_ADMIN, mountHeatmap, shownFigures } from './quality-heatmap.testing.js';
import type { QualityHeatmap } from './quality-heatmap.js';
import { heatmapView, shownCell, withheldCell } from './quality-heatmap.test-data.js';

const LABEL: Record<string, string> = {
  en: 'Wellbeing (1–5, higher is better)',
  ar: 'الرفاه (1–5، الأعلى أفضل)',
};
const shoot = (el: QualityHeatmap, name: string) => shootFrame(el, `heatmap-wellbeing-${name}`);
const western = (text: string) =>
  Number(text.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660)).replace('٫', '.'));

describe('<cw-quality-heatmap> wellbeing', function () {
  let gateway: string;

  onRealGateway((url) => (gateway = url));

  for (const locale of ['en', 'ar']) {
    it(`is a measure of its own, one column on a 1–5 scale from groups only (${locale})`, async function () {
      this.timeout(40_000);
      const el = mountHeatmap({ width: 900, gateway, locale, email: HEATMAP_ADMIN });
      await untilLocale(el, locale);
      await until(() => shownFigures(el).length > 0, 'the figures');
      const select = el.shadowRoot!.querySelector<HTMLSelectElement>('[part~="controls"] select')!;
      const option = [...select.options].find((o) => o.value === 'WELLBEING')!;
      expect(option.textContent!.trim()).to.equal(LABEL[locale]);
      select.value = 'WELLBEING';
      select.dispatchEvent(new Event('change'));
      const grid = () => el.shadowRoot!.querySelector('[role="grid"]');
      await until(() => grid()?.getAttribute('aria-label') === LABEL[locale], 'the new measure');
      await until(() => el.shadowRoot!.querySelectorAll('[role="columnheader"]').length === 2, 'one column');
      await until(() => shownFigures(el).length > 0, 'wellbeing figures');
      expect(el.metric).to.equal('WELLBEING');
      for (const cell of shownFigures(el)) {
        expect(western(cell.querySelector('.value')!.textContent!)).to.be.within(1, 5);
        const count = western(cell.querySelector('.count')!.textContent!.replace(/[^\d٠-٩]/g, ''));
        expect(count).to.be.at.least(5);
      }
      expect(el.shadowRoot!.querySelector('.legend-title')!.textContent).to.equal(LABEL[locale]);
      await expectAccessible(el);
      await shoot(el, locale);
    });
  }

  it('runs its legend from 1 to 5, withholds small and complementary units and says why', async function () {
    this.timeout(20_000);
    const column = { id: 'w', code: 'WELLBEING', name: 'Wellbeing' };
    const data = heatmapView({
      metric: 'WELLBEING',
      unit: { id: 'f1', name: 'Operations' },
      columns: [{ capability: column, organisation: shownCell(3.64, 140) }],
      total: {
        unit: { id: 'f1', name: 'Operations', kind: 'FUNCTION' },
        level: 0,
        peopleCount: 16,
        hasChildren: true,
        cells: [shownCell(2.41, 16)],
      },
      rows: [
        {
          unit: { id: 'a', name: 'Warehouse Madrid', kind: 'TEAM' },
          level: 1,
          peopleCount: 6,
          hasChildren: false,
          cells: [withheldCell('COMPLEMENTARY')],
        },
        {
          unit: { id: 'b', name: 'Warehouse Lisbon', kind: 'TEAM' },
          level: 1,
          peopleCount: 7,
          hasChildren: false,
          cells: [shownCell(2.2, 7)],
        },
        {
          unit: { id: 'c', name: 'Night shift', kind: 'TEAM' },
          level: 1,
          peopleCount: 2,
          hasChildren: false,
          cells: [withheldCell('BELOW_MIN_GROUP_SIZE')],
        },
      ],
    });
    const el = mountHeatmap({ width: 900, gateway: 'http://localhost:1', locale: 'en', data });
    await untilLocale(el, 'en');
    await el.updateComplete;
    const rows = el.shadowRoot!.querySelectorAll<HTMLElement>('.body [role="row"]');
    const withheld = rows[0]!.querySelector<HTMLElement>('.suppressed')!;
    expect(withheld.textContent).to.contain('Withheld so that a small group elsewhere cannot be worked out');
    expect(withheld.textContent).not.to.match(/\d/);
    expect(rows[2]!.querySelector('.suppressed')!.textContent).to.contain('Withheld: too few people');
    // Higher is better: the legend runs from 1 to 5, and a low unit is coloured at the low end.
    expect(
      [...el.shadowRoot!.querySelectorAll('.legend-labels span')].map((s) => s.textContent),
    ).to.deep.equal(['1.00', '3.00', '5.00']);
    expect(el.shadowRoot!.querySelector('.legend-title')!.textContent).to.equal(LABEL['en']);
    const picked: HeatmapCellSelectEvent[] = [];
    el.addEventListener('cw-heatmap-cell-select', (event) => picked.push(event));
    rows[1]!.querySelector<HTMLElement>('[role="gridcell"]')!.click();
    expect(picked[0]!.detail).to.deep.equal({
      unitId: 'b',
      capability: 'WELLBEING',
      metric: 'WELLBEING',
      value: 2.2,
      count: 7,
      suppressed: false,
    });
    await expectEventContract('cw-heatmap-cell-select', picked[0]!);
    await expectAccessible(el);
    await shoot(el, 'suppressed');
  });
});
