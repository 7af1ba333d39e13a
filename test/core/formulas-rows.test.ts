import { gridOf } from '../../src/core/grid';
import { analysePlan } from '../../src/core/plan';
import { HEADER, smallScheme } from '../helpers/plan';
import { formulaAt } from '../helpers/layout-cells';

// A rule's formula is made once per column and filled in with each row's number: every row must still
// refer to its own cells, and an input Excel sees differently stops only the results of its own row.
// HEADER: D 2023, E 2024, F B2023, G Realiseret 2023, H Forventet 2024; the program's columns from I.
describe('each row of a column of formulas refers to its own row', () => {
  const rows = [
    HEADER,
    ['1', 'Dagtilbud', 'A', 2, 1.5, null, 1.6, 1.2],
    ['', '', '- en aktivitet', null, null, null, null, null],
    ['2', 'Dagtilbud', 'B', '3,5', 1, null, 0.3, null],
    ['3', 'Kontraktforhandling', 'C', 1, 2, null, null, 0.5],
  ];

  it('on the plan sheet: the effect, and the gap against the effect cell beside it', () => {
    const output = analysePlan(gridOf({ sheetName: 'Plan', rows }), smallScheme(), { sheetNames: ['Plan'] }).outputColumns!;
    expect(formulaAt(output, 'I2')).toBe('IF(ISNUMBER(G2),G2,"")');
    expect(formulaAt(output, 'J2')).toBe('IF(I2="","",IF(ISNUMBER(D2),D2,0)-I2)');
    expect(formulaAt(output, 'I3')).toBeUndefined();
    expect(formulaAt(output, 'I5')).toBe('IF(ISNUMBER(G5),G5,"")');
    expect(formulaAt(output, 'J5')).toBe('IF(I5="","",IF(ISNUMBER(D5),D5,0)-I5)');
    expect(formulaAt(output, 'L5')).toBe('IF(K5="","",IF(ISNUMBER(E5),E5,0)-K5)');
  });

  it('stops only the results that read an amount typed as text, on that row', () => {
    const output = analysePlan(gridOf({ sheetName: 'Plan', rows }), smallScheme(), { sheetNames: ['Plan'] }).outputColumns!;
    // Row 4's 2023 amount is text: its 2023 gap is a value, its effect and its 2024 gap stay formulas.
    expect(formulaAt(output, 'I4')).toBe('IF(ISNUMBER(G4),G4,"")');
    expect(formulaAt(output, 'J4')).toBeUndefined();
    expect(formulaAt(output, 'L4')).toBe('IF(K4="","",IF(ISNUMBER(E4),E4,0)-K4)');
    expect(formulaAt(output, 'J2')).toBe('IF(I2="","",IF(ISNUMBER(D2),D2,0)-I2)');
  });

  it("in Bilag 1, in the scheme's category order, each initiative's cells on the plan sheet", () => {
    const bilag = analysePlan(gridOf({ sheetName: 'Plan', rows }), smallScheme(), { sheetNames: ['Plan'] }).bilag1!;
    // Bilag 1 rows: 1-2 headings, 3 A, 4 its activity, 5 B, 6 C, 7 the total.
    expect(formulaAt(bilag, 'C3')).toBe(`IF(ISNUMBER('Plan'!E2),'Plan'!E2,"")`);
    expect(formulaAt(bilag, 'C5')).toBe(`IF(ISNUMBER('Plan'!E4),'Plan'!E4,"")`);
    expect(formulaAt(bilag, 'B5')).toBeUndefined();
    expect(formulaAt(bilag, 'B6')).toBe(`IF(ISNUMBER('Plan'!D5),'Plan'!D5,"")`);
  });

  it('for a plan sheet whose name no row number could be filled into, the same formulas', () => {
    const name = 'Plan\u0000';
    const result = analysePlan(gridOf({ sheetName: name, rows }), smallScheme(), { sheetNames: [name] });
    expect(formulaAt(result.outputColumns!, 'J5')).toBe('IF(I5="","",IF(ISNUMBER(D5),D5,0)-I5)');
    expect(formulaAt(result.bilag1!, 'B6')).toBe(`IF(ISNUMBER('Plan\u0000'!D5),'Plan\u0000'!D5,"")`);
  });
});
