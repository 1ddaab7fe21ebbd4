import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../define/quality-heatmap.js';
import { expectAccessible } from '../shared/testing/expect-accessible.js';
import { untilLocale } from '../shared/testing/locale.js';
import { mount } from '../shared/testing/mount.js';
import { screenshot } from '../shared/testing/screenshot.js';
import type { HeatmapData, QualityHeatmap } from './quality-heatmap.js';
import { heatmapView, shownCell, withheldCell } from './quality-heatmap.test-data.js';

/** The standard catalogue's names as the gateway sends them (migration 0002), per language. */
const CATALOGUE: Record<string, string[]> = {
  en: [
    'Delegation',
    'Feedback',
    'Decision making',
    'Difficult conversations',
    'Building trust remotely',
    'Prioritisation',
    'Coaching others',
    'Leading change',
    'Wellbeing and resilience',
    'Succession readiness',
  ],
  de: [
    'Delegieren',
    'Feedback',
    'Entscheidungsfindung',
    'Schwierige Gespräche',
    'Vertrauen auf Distanz',
    'Priorisierung',
    'Andere coachen',
    'Veränderung führen',
    'Wohlbefinden und Resilienz',
    'Nachfolgebereitschaft',
  ],
  es: [
    'Delegación',
    'Retroalimentación',
    'Toma de decisiones',
    'Conversaciones difíciles',
    'Confianza a distancia',
    'Priorización',
    'Coaching a otros',
    'Liderar el cambio',
    'Bienestar y resiliencia',
    'Preparación para la sucesión',
  ],
  fr: [
    'Délégation',
    'Feedback',
    'Prise de décision',
    'Conversations difficiles',
    'Confiance à distance',
    'Priorisation',
    'Coacher les autres',
    'Conduite du changement',
    'Bien-être et résilience',
    'Préparation à la succession',
  ],
  ja: [
    '権限委譲',
    'フィードバック',
    '意思決定',
    '難しい対話',
    'リモートでの信頼構築',
    '優先順位付け',
    '部下のコーチング',
    '変革のリーダーシップ',
    'ウェルビーイングとレジリエンス',
    '後継者準備',
  ],
  ar: [
    'التفويض',
    'التغذية الراجعة',
    'اتخاذ القرار',
    'المحادثات الصعبة',
    'بناء الثقة عن بُعد',
    'تحديد الأولويات',
    'تدريب الآخرين',
    'قيادة التغيير',
    'الرفاهية والمرونة',
    'الجاهزية للتعاقب',
  ],
};

function view(names: readonly string[]): HeatmapData {
  const cell = (i: number, j: number) =>
    (i + j) % 5 === 0 ? withheldCell() : shownCell(2 + ((i * 3 + j) % 25) / 10, 6 + i);
  return heatmapView({
    columns: names.map((name, j) => ({
      capability: { id: `c${j}`, code: `C${j}`, name },
      organisation: cell(1, j),
    })),
    rows: ['Sales', 'Engineering', 'Operations'].map((name, i) => ({
      unit: { id: `u${i}`, name, kind: 'FUNCTION' as const },
      level: 1,
      peopleCount: 40 + i,
      hasChildren: false,
      cells: names.map((_, j) => cell(i + 2, j)),
    })),
  });
}

let shots = 0;

async function heatmapAt(width: number, locale: string, names: readonly string[]): Promise<QualityHeatmap> {
  await setViewport({ width: Math.max(width, 400) + 60, height: 900 });
  const frame = mount<HTMLDivElement>(
    html`<div
      data-shot=${`headers-${++shots}`}
      style="width: ${width}px; box-sizing: border-box; padding: 8px; font-family: system-ui, sans-serif; background: #f4f5f7"
    >
      <cw-quality-heatmap
        gateway="http://localhost:1"
        locale=${locale}
        theme="light"
        .data=${view(names)}
      ></cw-quality-heatmap>
    </div>`,
  );
  const el = frame.querySelector('cw-quality-heatmap')!;
  await untilLocale(el, locale);
  await el.updateComplete;
  await el.updateComplete;
  return el;
}

const headers = (el: QualityHeatmap) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="columnheader"].sortable'),
];
const gridOf = (el: QualityHeatmap) => el.shadowRoot!.querySelector<HTMLElement>('[role="grid"]')!;

/** The lines a run of text is laid out on (its client rects' distinct tops). */
function linesOf(node: Text, start: number, end: number): number {
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, end);
  const tops = [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top));
  return new Set(tops).size;
}

describe('<cw-quality-heatmap> column headers', function () {
  after(() => setViewport({ width: 800, height: 600 }));

  for (const locale of Object.keys(CATALOGUE)) {
    for (const width of [1366, 320]) {
      it(`${locale} at ${width} px: every capability name whole, wrapped between words only, the unit column pinned`, async function () {
        this.timeout(20_000);
        const names = CATALOGUE[locale]!;
        const el = await heatmapAt(width, locale, names);
        const cells = headers(el);
        expect(cells).to.have.length(names.length);
        for (const [i, header] of cells.entries()) {
          const name = names[i]!;
          // The full name is its title and its accessible name, even if it were cut short.
          expect(header.title).to.equal(name);
          const label = header.querySelector<HTMLElement>('span')!;
          expect(label.textContent).to.equal(name);
          // Not clamped: the whole name shows, in at most three lines, and nothing sticks out.
          expect(label.scrollHeight, `${name} is cut short`).to.be.at.most(label.clientHeight + 1);
          expect(label.scrollWidth, `${name} sticks out of its column`).to.be.at.most(label.clientWidth + 1);
          // No word is split across two lines (Japanese may break between phrases).
          if (locale !== 'ja') {
            const text = [...label.childNodes].find((node): node is Text => node instanceof Text)!;
            let at = 0;
            for (const word of name.split(' ')) {
              const start = name.indexOf(word, at);
              at = start + word.length;
              expect(linesOf(text, start, at), `"${word}" of "${name}" breaks inside the word`).to.equal(1);
            }
          }
        }
        const grid = gridOf(el);
        const frame = grid.parentElement!;
        // The grid is wider than the card: it scrolls sideways and says there are more columns.
        expect(grid.scrollWidth).to.be.greaterThan(grid.clientWidth);
        expect(frame.hasAttribute('data-more')).to.equal(true);
        expect(getComputedStyle(frame.querySelector('.more')!).display).to.equal('flex');
        await screenshot(`heatmap-headers-${locale}-${width}`, `[data-shot="headers-${shots}"]`);

        // Scrolled to the far end: the org-unit column has stayed at the start edge, the cue is gone.
        const rtl = locale === 'ar';
        grid.scrollLeft = rtl ? -grid.scrollWidth : grid.scrollWidth;
        grid.dispatchEvent(new Event('scroll'));
        await el.updateComplete;
        const unit = el
          .shadowRoot!.querySelector<HTMLElement>('.body [role="rowheader"]')!
          .getBoundingClientRect();
        const box = grid.getBoundingClientRect();
        if (rtl) expect(Math.abs(box.right - grid.clientLeft - unit.right)).to.be.below(1.5);
        else expect(Math.abs(unit.left - box.left - grid.clientLeft)).to.be.below(1.5);
        expect(frame.hasAttribute('data-more')).to.equal(false);
        if (width === 320)
          await screenshot(`heatmap-headers-${locale}-${width}-scrolled`, `[data-shot="headers-${shots}"]`);
        await expectAccessible(el);
      });
    }
  }
});
