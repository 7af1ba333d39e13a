import { FakeChangedEvent, FakeContext, FakeExcel, FakeExcelOptions, SeedCell } from './fake-excel';
import { FakeRange } from './fake-range';

/** Runs one batch on a fake holding the sheet "Ark" with the given cells. */
async function onSheet<T>(rows: SeedCell[][], batch: (context: FakeContext) => Promise<T>, options: FakeExcelOptions = {}): Promise<{ excel: FakeExcel; result: T }> {
  const excel = new FakeExcel(options);
  excel.addSheet('Ark', rows);
  const result = await excel.run(batch);
  return { excel, result };
}

/** What Excel holds in cell A1 of "Ark" after the string was written through Range.values. */
async function typed(text: string, numberFormat = 'General'): Promise<{ value: unknown; numberFormat: string | undefined }> {
  const { excel } = await onSheet([[{ value: '', numberFormat }]], async (context) => {
    context.workbook.worksheets.getItem('Ark').getRange('A1').values = [[text]];
    await context.sync();
  });
  const cell = excel.sheet('Ark')?.cell(0, 0);
  return { value: cell?.value, numberFormat: cell?.numberFormat };
}

const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe('the fake Excel behaves as Excel does', () => {
  it('refuses to delete a very hidden sheet, and deletes it once it is only hidden (office-js #365)', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Ark');
    excel.addSheet('Skjult').visibility = 'VeryHidden';
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('Skjult').delete();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidOperation' });
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Skjult');
      sheet.visibility = 'Hidden';
      sheet.delete();
      await context.sync();
    });
    expect(excel.sheets.map((s) => s.name)).toEqual(['Ark']);
  });

  it('clears fill and font with clear("All"), and keeps them with clear("Contents")', async () => {
    const seed: SeedCell[][] = [[{ value: 1, fill: '#FFFF00', bold: true }, { value: 2, fill: '#FFFF00', bold: true }]];
    const { excel } = await onSheet(seed, async (context) => {
      const sheet = context.workbook.worksheets.getItem('Ark');
      sheet.getRange('A1').clear('All');
      sheet.getRange('B1').clear('Contents');
      await context.sync();
    });
    expect(excel.sheet('Ark')?.cell(0, 0)).toMatchObject({ value: '' });
    expect(excel.sheet('Ark')?.cell(0, 0)?.fill).toBeUndefined();
    expect(excel.sheet('Ark')?.cell(0, 1)).toMatchObject({ value: '', fill: '#FFFF00', bold: true });
  });

  it.each([
    ['TRUE', true, 'General'],
    ['false', false, 'General'],
    ['1,234.5', 1234.5, '#,##0.0'],
    ['50%', 0.5, '0%'],
    ['$1,234.50', 1234.5, '$#,##0.00'],
    ['(12)', -12, '0;(0)'],
    ['2023-05-01', 45047, 'yyyy-mm-dd'],
    ['5/1/2023', 45047, 'm/d/yyyy'],
    ['13:30', 0.5625, 'h:mm'],
    ["'TRUE", 'TRUE', 'General'],
    ["'1,234.5", '1,234.5', 'General'],
    ['Dagtilbud', 'Dagtilbud', 'General'],
    ['0,5', '0,5', 'General'],
  ])('takes "%s" written to a General cell as typed input: %p', async (text, value, format) => {
    await expect(typed(text)).resolves.toEqual({ value, numberFormat: format });
  });

  it('keeps text as written in a cell formatted as text', async () => {
    await expect(typed('TRUE', '@')).resolves.toEqual({ value: 'TRUE', numberFormat: '@' });
    await expect(typed('1-2', '@')).resolves.toEqual({ value: '1-2', numberFormat: '@' });
  });

  it('reports whole numbers as Integer and linked data as RichValue where Excel does, and the newer error values as errors', async () => {
    const seed: SeedCell[][] = [[{ value: 3, valueType: 'Integer' }, { value: 'Microsoft Corp', valueType: 'RichValue' }, { value: '#SPILL!', formula: 'A1:A3' }, { value: '#CALC!', formula: 'FILTER(A1:A3,A1:A3>9)' }, { value: '#BUSY!', formula: 'X()' }]];
    const { result } = await onSheet(seed, async (context) => {
      const range = context.workbook.worksheets.getItem('Ark').getRange('A1:E1').load('valueTypes');
      await context.sync();
      return range.valueTypes;
    });
    expect(result).toEqual([['Integer', 'RichValue', 'Error', 'Error', 'Error']]);
  });

  it('refuses an oversized request with GeneralException where Excel on the web does (office-js #1314)', async () => {
    const big = 'x'.repeat(6 * 1024 * 1024);
    const write = (context: FakeContext): Promise<void> => {
      context.workbook.worksheets.getItem('Ark').getRange('A1').values = [[big]];
      return context.sync();
    };
    await expect(onSheet([], write, { payloadErrorCode: 'GeneralException' })).rejects.toMatchObject({ code: 'GeneralException' });
    await expect(onSheet([], write)).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
  });

  it('gives row properties with only what was asked for', async () => {
    const { result } = await onSheet([[1], [2]], async (context) => {
      const rows = context.workbook.worksheets.getItem('Ark').getRange('A1:A2').getRowProperties({ rowHidden: true });
      await context.sync();
      return rows.value;
    });
    expect(result).toEqual([{ rowHidden: false }, { rowHidden: false }]);
  });

  it('refuses text longer than a cell holds (32,767 characters)', async () => {
    await expect(typed('x'.repeat(32_767))).resolves.toMatchObject({ value: 'x'.repeat(32_767) });
    await expect(typed('x'.repeat(32_768))).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('protects a sheet without a password: protected reads true, and unprotect opens it to values again', async () => {
    const { excel, result } = await onSheet([[1]], async (context) => {
      const sheet = context.workbook.worksheets.getItem('Ark');
      sheet.protection.protect();
      const protection = sheet.protection.load('protected');
      await context.sync();
      return protection.protected;
    });
    expect(result).toBe(true);
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Ark');
      sheet.protection.unprotect();
      sheet.getRange('A1').values = [[2]];
      await context.sync();
    });
    expect(excel.sheet('Ark')?.cell(0, 0)?.value).toBe(2);
  });

  it.each<[string, (range: FakeRange) => void]>([
    ['a value', (range) => void (range.values = [[2]])],
    ['a number format', (range) => void (range.numberFormat = [['0.0']])],
    ['bold', (range) => void (range.format.font.bold = true)],
    ['a column width', (range) => void (range.format.columnWidth = 80)],
    ['clearing', (range) => range.clear('All')],
  ])('refuses %s on a protected sheet (AccessDenied), and the cell stays as it was', async (_, attempt) => {
    const excel = new FakeExcel();
    excel.addSheet('Ark', [[1]]).protected = true;
    await expect(
      excel.run(async (context) => {
        attempt(context.workbook.worksheets.getItem('Ark').getRange('A1'));
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'AccessDenied' });
    expect(excel.sheet('Ark')?.cell(0, 0)).toMatchObject({ value: 1, numberFormat: 'General' });
  });

  it('fails to protect a sheet that is protected already (WorksheetProtection.protect), and unprotecting an open sheet does nothing', async () => {
    const { excel } = await onSheet([[1]], async (context) => {
      context.workbook.worksheets.getItem('Ark').protection.unprotect();
      await context.sync();
    });
    expect(excel.sheet('Ark')?.protected).toBe(false);
    const sheet = excel.sheet('Ark');
    if (sheet !== undefined) sheet.protected = true;
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('Ark').protection.protect();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidOperation' });
  });

  it('deletes a protected sheet: sheet protection guards its cells, not its place in the workbook', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Ark');
    excel.addSheet('Låst').protected = true;
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('Låst').delete();
      await context.sync();
    });
    expect(excel.sheets.map((s) => s.name)).toEqual(['Ark']);
  });

  it('refuses to add or delete sheets while the workbook structure is protected', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Ark');
    excel.structureProtected = true;
    const protectedNow = await excel.run(async (context) => {
      const protection = context.workbook.protection.load('protected');
      await context.sync();
      return protection.protected;
    });
    expect(protectedNow).toBe(true);
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.add('Ny');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidOperation' });
  });

  it('tells onChanged handlers of changes, marking the add-in’s own, and nothing while events are off', async () => {
    const heard: FakeChangedEvent[] = [];
    const excel = new FakeExcel();
    excel.addSheet('Ark');
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Ark');
      sheet.onChanged.add((event) => heard.push(event));
      await context.sync();
      sheet.getRange('A1').values = [[1]];
      await context.sync();
      context.runtime.enableEvents = false;
      sheet.getRange('A2').values = [[2]];
      context.runtime.enableEvents = true;
      await context.sync();
    });
    excel.userTypes('Ark', 'B1', '3');
    await tick();
    expect(heard.map((e) => [e.address, e.triggerSource])).toEqual([
      ['A1', 'ThisLocalAddin'],
      ['B1', 'Unknown'],
    ]);
  });

  it('removes an onChanged handler only through the context it was added with (Excel.run(result.context, …))', async () => {
    const heard: string[] = [];
    const excel = new FakeExcel();
    excel.addSheet('Ark');
    const added = await excel.run(async (context) => {
      const result = context.workbook.worksheets.getItem('Ark').onChanged.add(async (event) => void heard.push(event.address));
      await context.sync();
      return result;
    });
    // Removed in another context, the handler stays (the call never reaches Excel: office-js-docs-reference #730).
    await excel.run(async (context) => {
      added.remove();
      await context.sync();
    });
    excel.userTypes('Ark', 'A1', '1');
    await tick();
    expect(excel.sheet('Ark')?.changedHandlers).toHaveLength(1);
    await excel.run(added.context, async (context) => {
      added.remove();
      await context.sync();
    });
    excel.userTypes('Ark', 'A2', '2');
    await tick();
    expect([heard, excel.sheet('Ark')?.changedHandlers]).toEqual([['A1'], []]);
  });

  it('recalculates the formulas that read a changed cell, but not after suspendApiCalculationUntilNextSync', async () => {
    const seed: SeedCell[][] = [[1, 2, { value: 3, formula: 'SUM(A1:B1)' }, { value: 6, formula: 'C1*2' }]];
    const write = (suspend: boolean) => async (context: FakeContext) => {
      if (suspend) context.application.suspendApiCalculationUntilNextSync();
      context.workbook.worksheets.getItem('Ark').getRange('A1').values = [[10]];
      await context.sync();
    };
    const live = await onSheet(seed, write(false));
    expect([live.excel.sheet('Ark')?.cell(0, 2)?.value, live.excel.sheet('Ark')?.cell(0, 3)?.value]).toEqual([12, 24]);
    const suspended = await onSheet(seed, write(true));
    expect([suspended.excel.sheet('Ark')?.cell(0, 2)?.value, suspended.excel.sheet('Ark')?.cell(0, 3)?.value]).toEqual([3, 6]);
  });

  it('reports Excel’s own separators apart from the system’s (ExcelApi 1.11)', async () => {
    const { result } = await onSheet(
      [],
      async (context) => {
        const application = context.application.load('decimalSeparator,thousandsSeparator,useSystemSeparators');
        const system = context.application.cultureInfo.numberFormat.load('numberDecimalSeparator');
        await context.sync();
        return [application.decimalSeparator, application.thousandsSeparator, application.useSystemSeparators, system.numberDecimalSeparator];
      },
      { excelSeparators: { decimal: '.', group: ' ' } },
    );
    expect(result).toEqual(['.', ' ', false, ',']);
  });

  it('selects nothing on a sheet that is not the active one', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Ark');
    excel.addSheet('Andet');
    excel.activeSheet = 'Andet';
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('Ark').getRange('B2').select();
      await context.sync();
    });
    expect(excel.selection).toBeUndefined();
  });
});
