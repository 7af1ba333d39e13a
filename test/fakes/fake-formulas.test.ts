import { FakeContext, FakeExcel, SeedCell } from './fake-excel';

/** Writes formulas (or constants) into A2… of "Ark", whose first row holds the seed, and gives each written cell's value after the sync. */
async function calculated(seed: SeedCell[][], formulas: (string | number)[], options: { numberFormat?: string } = {}): Promise<unknown[]> {
  const excel = new FakeExcel();
  excel.addSheet('Ark', seed);
  excel.addSheet('Andet ark', [[5, 'tekst']]);
  await excel.run(async (context: FakeContext) => {
    const range = context.workbook.worksheets.getItem('Ark').getRangeByIndexes(seed.length, 0, 1, formulas.length);
    if (options.numberFormat !== undefined) range.numberFormat = [formulas.map(() => options.numberFormat as string)];
    range.formulas = [formulas];
    await context.sync();
  });
  return formulas.map((_, c) => excel.sheet('Ark')?.cell(seed.length, c)?.value);
}

describe('formulas written through Range.formulas in the fake Excel', () => {
  it('keeps the formula and calculates it at the sync, as Excel does in automatic calculation', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Ark', [[2, 3]]);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('Ark').getRange('C1').formulas = [['=A1*B1']];
      await context.sync();
    });
    expect(excel.sheet('Ark')?.cell(0, 2)).toMatchObject({ formula: 'A1*B1', value: 6 });
  });

  it('evaluates IF, ISNUMBER, AND, empty text, comparisons, unary minus, * and /', async () => {
    const seed: SeedCell[][] = [[1.5, 'Ej opgjort', null, 2000]];
    expect(
      await calculated(seed, [
        '=IF(ISNUMBER(A1),A1,"")',
        '=IF(ISNUMBER(B1),B1,"")',
        '=IF(ISNUMBER(C1),C1,IF(ISNUMBER(A1),-A1*2,""))',
        '=-D1/1000',
        '=IF(AND(ISNUMBER(A1),ISNUMBER(D1)),A1*D1/1000,"")',
        '=IF(C1="","tom","fyldt")',
        '=IF(A1>1,1,0)+IF(A1<=1.5,10,0)+IF(A1<>1.5,100,0)',
        '=C1',
      ]),
    ).toEqual([1.5, '', -3, -2, 3, 'tom', 11, 0]);
  });

  it('sums several ranges and cells, skipping text and blanks in them, and counts numbers', async () => {
    const seed: SeedCell[][] = [
      [1, 'x', null],
      [2.25, 3, ''],
    ];
    expect(await calculated(seed, ['=SUM(A1:A2,B1:B2,C1)', '=COUNT(A1:C2)', '=IF(COUNT(C1:C2)=0,"",SUM(C1:C2))', "=SUM('Andet ark'!A1:B1)*2"])).toEqual([6.25, 3, '', 10]);
  });

  it('joins text with & and shows numbers with FIXED in the Danish separators of the workbook', async () => {
    expect(await calculated([[1234.56, 0.75]], ['="I alt "&FIXED(A1,1)&" mio. kr."', '=FIXED(B1,1)', '=FIXED(-B1,2,TRUE)', '="x"&B1', '="("&FIXED(N(C1),1)&")"'])).toEqual(['I alt 1.234,6 mio. kr.', '0,8', '-0,75', 'x0,75', '(0,0)']);
  });

  it('reads the year, month and day of a date serial (1900 date system)', async () => {
    expect(await calculated([[45047]], ['=YEAR(A1)', '=MONTH(A1)', '=DAY(A1)', '=(IF(DAY(A1)=1,13,12)-MONTH(A1))/12'])).toEqual([2023, 5, 1, 8 / 12]);
  });

  it('gives #VALUE! for arithmetic on text and an IF over text, and #DIV/0! for a division by zero', async () => {
    expect(await calculated([['abc', 0]], ['=A1*2', '=IF(A1,1,2)', '=1/B1', '=IF(ISNUMBER(1/B1),1,2)'])).toEqual(['#VALUE!', '#VALUE!', '#DIV/0!', 2]);
  });

  it('stores a string written into a text-formatted cell as text, formula or not', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Ark', [[1]]);
    await excel.run(async (context) => {
      const cell = context.workbook.worksheets.getItem('Ark').getRange('B1');
      cell.numberFormat = [['@']];
      cell.formulas = [['=A1*2']];
      await context.sync();
    });
    expect(excel.sheet('Ark')?.cell(0, 1)?.formula).toBeUndefined();
    expect(excel.sheet('Ark')?.cell(0, 1)?.value).toBe('=A1*2');
  });

  it('recalculates a written formula when a cell it reads changes later', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Ark', [[1, 2]]);
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Ark');
      sheet.getRange('C1').formulas = [['=SUM(A1:B1)']];
      sheet.getRange('D1').formulas = [['=IF(C1="","",C1*10)']];
      await context.sync();
      sheet.getRange('A1').values = [[5]];
      await context.sync();
    });
    expect([excel.sheet('Ark')?.cell(0, 2)?.value, excel.sheet('Ark')?.cell(0, 3)?.value]).toEqual([7, 70]);
  });

  it('loads the formulas of a range: "=" and the formula for formula cells, the constant for others', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Ark', [[1, 'tekst', { value: 2, formula: 'A1*2' }]]);
    const formulas = await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Ark').getRange('A1:D1').load('formulas');
      await context.sync();
      return range.formulas;
    });
    expect(formulas).toEqual([[1, 'tekst', '=A1*2', '']]);
  });
});
