import { sheetChoices, sheetLabel } from '../../src/taskpane/sheet-choices';

describe('the pane’s choice of sheet', () => {
  const sheets = ['Forside', 'Forslag 1', 'Noter', 'Forslag 2', 'Forslag 3'];

  it('offers proposal forms on several sheets once, as all sheets with forms, beside the other sheets', () => {
    const forms = ['Forslag 1', 'Forslag 2', 'Forslag 3'];
    expect(sheetChoices(sheets, forms).map((name) => sheetLabel(name, forms))).toEqual([
      'Forside',
      'Alle ark med budgetforslag (Forslag 1, Forslag 2, Forslag 3)',
      'Noter',
    ]);
  });

  it('offers every sheet by its name when the plan stands on one', () => {
    expect(sheetChoices(sheets, undefined).map((name) => sheetLabel(name, undefined))).toEqual(sheets);
  });
});
