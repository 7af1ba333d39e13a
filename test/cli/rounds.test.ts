import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XlsxWorkbook } from '../../src/adapters/xlsx/xlsx-workbook';
import { runCli } from '../helpers/cli';
import { EXAMPLE_SCHEME, EXAMPLE_WORKBOOK, SOURCE_SHEET } from '../helpers/paths';

const dir = mkdtempSync(join(tmpdir(), 'handleplan-rounds-'));
const closed = join(dir, 'bo1.xlsx');

beforeAll(async () => {
  const result = await runCli('run', EXAMPLE_WORKBOOK, '--scheme', EXAMPLE_SCHEME, '--close-round', 'BO1', '--date', '2026-03-31', '-o', closed);
  expect(result.err).toBe('');
  expect(result.code).toBe(0);
});

/** A copy of the closed workbook with one realised figure raised, as a finance colleague would type it. */
async function changedCopy(name: string): Promise<string> {
  const workbook = await XlsxWorkbook.fromBuffer(readFileSync(closed));
  // J32 is Kontraktforhandler's realised 2023 (1,35 before).
  await workbook.applyFixes([{ kind: 'set-number', sheet: SOURCE_SHEET, cell: 'J32', value: '1.85', label: '' }]);
  const path = join(dir, name);
  writeFileSync(path, await workbook.toBuffer());
  return path;
}

describe('handleplan run --close-round', () => {
  it('closes the round and says so, in the protected sheet named after it', async () => {
    const again = await runCli('run', closed, '--close-round', 'BO2 2026', '-o', join(dir, 'bo2.xlsx'));
    expect(again.code).toBe(0);
    const today = new Date().toISOString().slice(0, 10);
    expect(again.out).toContain(`Opfølgningen »BO2 2026« er lukket ${today} og gemt i det beskyttede ark »Opfølgning BO2 2026«.`);
    // Nothing moved since BO1: each year's gap is the same, and the line says so.
    expect(again.out).toContain('Ændringer siden BO1 (lukket 2026-03-31)');
    expect(again.out).toMatch(/ {2}2023: \S+ → \S+ \(uændret\)/);
  });

  it('refuses a second round of the same name in one Danish line, writes nothing and exits with 1', async () => {
    const target = join(dir, 'never.xlsx');
    const result = await runCli('run', closed, '--close-round', 'bo1', '-o', target);
    expect(result.code).toBe(1);
    expect(result.out.split('\n').filter((line) => line.includes('round-exists'))).toEqual([
      expect.stringContaining('(round-exists): Opfølgningen »BO1« blev lukket 2026-03-31 og ændres ikke. Vælg et andet navn til den nye opfølgning.'),
    ]);
    expect(result.out).toContain('Intet er skrevet');
    expect(existsSync(target)).toBe(false);
  });

  it('refuses a date that is not one, and --date without a round to close, with exit code 2', async () => {
    const badDate = await runCli('run', closed, '--close-round', 'BO3', '--date', '31-03-2026', '-o', join(dir, 'x.xlsx'));
    expect([badDate.code, badDate.err]).toEqual([2, 'handleplan: En opfølgning lukkes med en dato som 2026-11-30, ikke »31-03-2026«.']);
    const noRound = await runCli('run', closed, '--date', '2026-03-31', '-o', join(dir, 'y.xlsx'));
    expect(noRound.code).toBe(2);
    expect(noRound.err).toContain('--close-round');
  });
});

describe('what moved since the last round, on the command line', () => {
  it('prints a short bridge per year after validate and run', async () => {
    const changed = await changedCopy('changed.xlsx');
    const validate = await runCli('validate', changed);
    expect(validate.out).toContain('Ændringer siden BO1 (lukket 2026-03-31), afvigelse i mio. kr., positivt = besparelse mangler:');
    expect(validate.out).toMatch(/ {2}2023: \S+ → \S+: ændret effekt -0,5/);
    const run = await runCli('run', changed, '-o', join(dir, 'changed-run.xlsx'));
    expect(run.out).toMatch(/ {2}2023: \S+ → \S+: ændret effekt -0,5/);
    expect(run.out).toContain('»Ændringer siden BO1«');
    // The sheets it wrote, as the run wrote them: the sheet of what moved among them.
    expect(run.out).toMatch(/^Skrevet: .* og arkene »Bilag 1«, »Handleplan afvigelse« og »Ændringer siden BO1« i .*changed-run\.xlsx$/m);
  });

  it('gives since in validate --json and run --json, in exact decimal strings, and null before any round', async () => {
    const changed = await changedCopy('changed-json.xlsx');
    const report = JSON.parse((await runCli('validate', changed, '--json')).out) as { since: { round: string; closed: string; initiatives: { name: string; kind: string; years: Record<string, Record<string, string | null>> }[]; bridge: Record<string, Record<string, string> | null> } };
    expect([report.since.round, report.since.closed]).toEqual(['BO1', '2026-03-31']);
    const moved = report.since.initiatives.filter((i) => Object.values(i.years).some((y) => y.effectThen !== y.effectNow));
    expect(moved.map((i) => [i.name, i.kind, i.years['2023']?.effectThen, i.years['2023']?.effectNow])).toEqual([['Kontraktforhandler', 'both', '1.35', '1.85']]);
    expect(report.since.bridge['2023']?.changedEffects).toBe('-0.5');
    const run = JSON.parse((await runCli('run', changed, '--json', '-o', join(dir, 'changed-json-run.xlsx'))).out) as { since: unknown };
    expect(run.since).toEqual(report.since);
    const before = JSON.parse((await runCli('validate', EXAMPLE_WORKBOOK, '--scheme', EXAMPLE_SCHEME, '--json')).out) as { since: unknown };
    expect(before.since).toBeNull();
  });
});
