import { readFileSync } from 'node:fs';
import { ExcelSession } from '../../src/taskpane/excel-session';
import { FakeExcel } from '../fakes/fake-excel';
import { EXAMPLE_SCHEME } from '../helpers/paths';

describe('the pane’s session on the open workbook', () => {
  it('offers the visible sheets as the plan’s sheet, leaving out the user’s hidden sheets and the add-in’s very hidden one', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Forside', [['Handleplan']]);
    excel.addSheet('Plan', [['Nr']]);
    excel.addSheet('Gammel plan', [['Nr']]).visibility = 'Hidden';
    excel.addSheet('Handleplan_tilstand').visibility = 'VeryHidden';
    const session = await ExcelSession.open(excel as never, { name: 'scheme.json', text: readFileSync(EXAMPLE_SCHEME, 'utf8') });
    await expect(session.sheets()).resolves.toEqual(['Forside', 'Plan']);
  });

  it('selects a range of cells in the workbook, its sheet activated first', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Plan', [['Nr']]);
    excel.addSheet('Bilag 1', [['Indsatser']]);
    excel.activeSheet = 'Plan';
    const session = await ExcelSession.open(excel as never, { name: 'scheme.json', text: readFileSync(EXAMPLE_SCHEME, 'utf8') });
    await session.selectRange('Bilag 1', 'A1:F31');
    expect([excel.activeSheet, excel.selection]).toEqual(['Bilag 1', { sheet: 'Bilag 1', address: 'A1:F31' }]);
  });
});
