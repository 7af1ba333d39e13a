import { rangeFromA1 } from '../../src/core/a1';
import { gridOf } from '../../src/core/grid';
import { analysePlan } from '../../src/core/plan';
import { amountOf } from '../../src/core/plan-table';
import { analyse, codesAt, HEADER, smallScheme } from '../helpers/plan';

describe('headers over two rows', () => {
  it('reads a group title merged over its years, and titles merged down over both rows', () => {
    const grid = gridOf({
      sheetName: 'Plan',
      rows: [
        ['Nr', 'Tema', 'Indsats', 'Besparelse (mio. kr.)', null, 'Realiseret', 'Budgetbesparelse B2023'],
        [null, null, null, 2023, 2024, 2023, null],
        ['1', 'Dagtilbud', 'Åben cafe', 1, 2, 0.5, 0.25],
      ],
      merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:E1', 'G1:G2'].map(rangeFromA1),
    });
    const result = analysePlan(grid, smallScheme(), { sheetNames: ['Plan'] });
    expect(result.table?.headerRow).toBe(1);
    const row = result.table!.rows[0]!;
    expect(row.name).toBe('Åben cafe');
    expect(amountOf(row, 'plan', 2024, 'target')?.toString()).toBe('2');
    expect(amountOf(row, 'plan', 2023, 'realised')?.toString()).toBe('0.5');
    expect(amountOf(row, 'B2023', 2023, 'target')?.toString()).toBe('0.25');
    expect(result.findings.filter((f) => f.code.startsWith('column-'))).toEqual([]);
  });

  it('carries a group title written once, unmerged, over the years to its right', () => {
    const result = analyse([
      [null, null, null, 'Oprindelig', null, 'Realiseret', null],
      ['Nr', 'Tema', 'Indsats', '2023', '2024', '2023', '2024'],
      ['1', 'Dagtilbud', 'Åben cafe', 1, 2, 0.5, 1.5],
    ]);
    const row = result.table!.rows[0]!;
    expect(amountOf(row, 'plan', 2024, 'realised')?.toString()).toBe('1.5');
    expect(amountOf(row, 'plan', 2024, 'target')?.toString()).toBe('2');
  });

  it('does not glue a title row onto the header below it', () => {
    const result = analyse([['Handleplan 2023-2024, mio. kr.'], HEADER, ['1', 'Dagtilbud', 'Åben cafe', 1, 2]]);
    expect(result.table?.columns.map((c) => c.header)).toEqual(HEADER);
  });
});

describe('totals, sections and markers inside the data', () => {
  it('accepts subtotals per section and a grand total, and reports a subtotal that is off against its section', () => {
    const result = analyse([
      HEADER,
      ['1', 'Dagtilbud', 'Åben cafe', 1, 2],
      ['2', 'Dagtilbud', 'Bofællesskab', 0.5, 1],
      [null, null, 'I alt dagtilbud', 1.5, 3],
      [],
      ['3', 'Kontraktforhandling', 'Nye kontrakter', 2, 2],
      [null, null, 'I alt kontrakter', 2, 2.5],
      [null, null, 'Samlet ændring (Netto)', 3.5, 5],
    ]);
    expect(codesAt(result).filter((c) => c.startsWith('stated-total'))).toEqual([
      'stated-total-agrees@A4',
      'stated-total-agrees@A7',
      'stated-total-mismatch@E7',
      'stated-total-agrees@A8',
    ]);
    expect(result.findings.find((f) => f.code === 'stated-total-mismatch')?.params).toEqual(expect.objectContaining({ expected: '2,0', difference: '0,5' }));
  });

  it('reads numbers with footnote markers, dropped items and footnotes as the plan writes them', () => {
    const result = analyse([
      HEADER,
      ['*9', 'Dagtilbud', 'Ledsagerordning udgået', 0.35, 0.35],
      ['10', 'Dagtilbud', 'Alternativ aflastning', 0.25, 0.25],
      ['**11', 'Dagtilbud', 'Kørsel / fritidstilbud udgået', 0.1, 0.1],
      [],
      ['*forslaget om reduktion i ledsagerordning udgår efter politisk behandling'],
    ]);
    const rows = result.table!.rows;
    expect(rows.map((r) => [r.kind, r.dropped, r.kind === 'initiative' ? r.number : ''])).toEqual([
      ['initiative', true, '*9'],
      ['initiative', false, '10'],
      ['initiative', true, '**11'],
      ['blank', false, ''],
      ['note', false, ''],
    ]);
    expect(result.computation?.totals.find((t) => t.group === 'plan' && t.year === 2023)?.target.toString()).toBe('0.25');
  });
});

describe('what else shares the sheet', () => {
  it('stops at a second table further down and says where it starts', () => {
    const result = analyse([
      HEADER,
      ['1', 'Dagtilbud', 'Åben cafe', 1, 2],
      [],
      ['Bevillinger efter SEL § 107'],
      ['Nr', 'Tema', 'Indsats', '2023', '2024'],
      ['1', 'Dagtilbud', 'Andet', 9, 9],
    ]);
    expect(result.table?.rows.filter((r) => r.kind === 'initiative').map((r) => r.name)).toEqual(['Åben cafe']);
    expect(codesAt(result)).toContain('another-table-below@A5');
    expect(codesAt(result)).not.toContain('number-duplicate@A6');
  });

  it('does not take an initiative of 2.000 and 2.050 kr. for the header of another table', () => {
    const result = analyse(
      [['Beløb i kr.'], HEADER, ['1', 'Dagtilbud', 'Indsats for unge', 2000, 2050], ['2', 'Dagtilbud', 'Åben cafe', 1500, 1500]],
      smallScheme({ unit: 'kr.' }),
    );
    expect(result.table?.rows.filter((r) => r.kind === 'initiative')).toHaveLength(2);
    expect(codesAt(result).some((c) => c.startsWith('another-table-below'))).toBe(false);
  });

  it('says when a column it reads is hidden', () => {
    const grid = gridOf({ sheetName: 'Plan', rows: [HEADER, ['1', 'Dagtilbud', 'Åben cafe', 1, 2]], hiddenColumns: [4] });
    const result = analysePlan(grid, smallScheme(), { sheetNames: ['Plan'] });
    expect(codesAt(result)).toContain('hidden-column-read@E1');
  });
});
