/**
 * Stands in for office.js in the browser tests: defines the Office and Excel globals over a fake
 * Excel holding the workbook the test put in window.__HANDLEPLAN_SEED__, and exposes the fake as
 * window.__excel so the test can look at the workbook afterwards.
 */
import { FakeExcel, SeedCell } from '../fakes/fake-excel';

interface Seed {
  sheets: { name: string; rows: SeedCell[][] }[];
  apiVersion?: string;
}

const host = window as unknown as Record<string, unknown>;
const seed = host.__HANDLEPLAN_SEED__ as Seed;
const excel = new FakeExcel(seed.apiVersion === undefined ? {} : { apiVersion: seed.apiVersion });
for (const sheet of seed.sheets) excel.addSheet(sheet.name, sheet.rows);
host.__excel = excel;
host.Excel = { run: excel.run };
host.Office = {
  HostType: { Excel: 'Excel' },
  onReady: () => Promise.resolve({ host: 'Excel', platform: 'OfficeOnline' }),
  context: {
    requirements: { isSetSupported: (_name: string, version: string) => excel.supports(version) },
    officeTheme: { bodyBackgroundColor: '#ffffff' },
  },
};
