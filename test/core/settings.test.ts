import { parseSettings, serialiseSettings, withColumnChoice } from '../../src/core/settings';
import { COLUMN_KINDS, roleChoices } from '../../src/core/columns';
import { analysePlan } from '../../src/core/plan';
import { gridOf } from '../../src/core/grid';
import { HEADER, smallScheme } from '../helpers/plan';

describe('the user’s settings', () => {
  it('survive being written and read back, keyed by the header as the reader normalises it', () => {
    const settings = withColumnChoice({ sheet: 'Plan', columns: {} }, '  Realiseret  2023 ', { kind: 'amount', measure: 'forecast', group: 'plan', year: 2023 });
    expect(parseSettings(serialiseSettings(settings))).toEqual({ sheet: 'Plan', columns: { 'realiseret 2023': { kind: 'amount', measure: 'forecast', group: 'plan', year: 2023 } } });
    expect(withColumnChoice(settings, 'Realiseret 2023', undefined).columns).toEqual({});
  });

  it('are none when the cell holds something else', () => {
    expect(parseSettings('not json')).toEqual({ columns: {} });
    expect(parseSettings('{"version":2,"columns":{}}')).toEqual({ columns: {} });
    expect(parseSettings(undefined)).toEqual({ columns: {} });
  });

  it('make the reader take a column as the user chose, or leave it out', () => {
    const grid = gridOf({ sheetName: 'Plan', rows: [[...HEADER, 'Bemærkning'], ['1', 'Dagtilbud', 'A', 1, 2, null, 0.5, null, 'x']] });
    const chosen = analysePlan(grid, smallScheme(), {
      sheetNames: ['Plan'],
      settings: { columns: { 'realiseret 2023': { kind: 'amount', measure: 'forecast', group: 'plan', year: 2023 }, bemærkning: 'ignore' } },
    });
    const roles = Object.fromEntries(chosen.table?.columns.map((c) => [c.header, c.role]) ?? []);
    expect(roles['Realiseret 2023']).toEqual({ kind: 'amount', measure: 'forecast', group: 'plan', year: 2023 });
    expect(roles['Bemærkning']).toBeUndefined();
  });
});

describe('the kinds of column a setting may name', () => {
  it('are the reader’s own: a role of an unknown kind is left out', () => {
    const text = JSON.stringify({ version: 1, columns: { a: { kind: 'owner-of-everything' }, b: { kind: 'status' }, c: 'ignore' } });
    expect(parseSettings(text).columns).toEqual({ b: { kind: 'status' }, c: 'ignore' });
  });

  it('offer every kind but the program’s own columns as a choice, and every measure of every year', () => {
    const kinds = new Set(roleChoices(smallScheme()).map((role) => role.kind));
    expect([...kinds].sort()).toEqual(COLUMN_KINDS.filter((kind) => kind !== 'owned').sort());
  });
});
