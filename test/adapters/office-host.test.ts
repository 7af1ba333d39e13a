import { ExcelHostError, officeHost } from '../../src/adapters/office/host';
import { OfficeWorkbook } from '../../src/adapters/office/office-workbook';
import { MisuseError } from '../../src/core/misuse';
import { explainExcelError } from '../../src/messages/host-da';
import { paneTheme } from '../../src/taskpane/office-theme';
import { FakeExcel, OfficeError } from '../fakes/fake-excel';

/** Office.js's globals over a fake Excel, as office.js defines them in the pane. */
function withOfficeGlobals<T>(excel: FakeExcel, work: () => Promise<T>): Promise<T> {
  const globals = globalThis as unknown as Record<string, unknown>;
  globals.Excel = { run: excel.run };
  globals.Office = { context: { requirements: { isSetSupported: (_set: string, version: string) => excel.supports(version) } } };
  return work().finally(() => {
    delete globals.Excel;
    delete globals.Office;
  });
}

describe('Excel’s errors, as the pane shows them', () => {
  it('come out of the running Excel in Danish, with Excel’s code and the original kept', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Plan', [['Nr']]);
    const error = await withOfficeGlobals(excel, () => new OfficeWorkbook(officeHost()).readSheet('Ark som ikke findes').catch((e: unknown) => e));
    expect(error).toBeInstanceOf(ExcelHostError);
    expect(error).toMatchObject({ code: 'ItemNotFound', message: expect.stringMatching(/^Projektmappen blev skiftet eller lukket undervejs/) });
    expect((error as Error).cause).toBeInstanceOf(OfficeError);
  });

  it('never show Office’s English text, and the add-in’s own Danish errors pass unchanged', () => {
    const english = new OfficeError('GeneralException', 'There was an internal error while processing the request.');
    expect(explainExcelError(english)).not.toContain('internal error');
    expect(explainExcelError(new Error('Something went wrong'))).not.toContain('Something');
    const refused = new MisuseError('sheet-protected', 'Arket »Plan« er beskyttet.');
    expect(explainExcelError(refused)).toBe('Arket »Plan« er beskyttet.');
    const translated = new ExcelHostError('GeneralException', english);
    expect(explainExcelError(translated)).toBe(translated.message);
  });
});

describe('the pane’s theme', () => {
  it('follows Office’s background colour where Office reports it', () => {
    expect(paneTheme('#1F1F1F', false)).toBe('dark');
    expect(paneTheme('#FFFFFF', true)).toBe('light');
  });

  it('falls back to the browser’s colour scheme where Office reports none (Excel on the web, office-js #6134), else light', () => {
    expect(paneTheme(undefined, true)).toBe('dark');
    expect(paneTheme(undefined, false)).toBe('light');
    expect(paneTheme('', false)).toBe('light');
  });
});
