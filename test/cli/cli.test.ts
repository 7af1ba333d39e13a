import fc from 'fast-check';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { planXlsx } from '../bench/plan-files';
import { syntheticPlan } from '../bench/synthetic-plan';
import { runCli } from '../helpers/cli';
import { analyse, HEADER } from '../helpers/plan';
import { summaryLines } from '../../src/cli/report';
import { EXAMPLE_SCHEME, EXAMPLE_WORKBOOK } from '../helpers/paths';

const dir = mkdtempSync(join(tmpdir(), 'handleplan-cli-'));

describe('handleplan validate', () => {
  it('reports the three amounts stored as text as fixable warnings with their addresses, and no errors', async () => {
    const result = await runCli('validate', EXAMPLE_WORKBOOK, '--scheme', EXAMPLE_SCHEME, '--json');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.out) as { valid: boolean; findings: { code: string; severity: string; address: string; value?: string; fix?: { kind: string; value: string } }[] };
    expect(report.valid).toBe(true);
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const textNumbers = report.findings.filter((f) => f.code === 'amount-text-number');
    expect(textNumbers.map((f) => [f.severity, f.address, f.value, f.fix?.kind, f.fix?.value])).toEqual([
      ['warning', "'Handleplan 2023-2026'!H18", '10,0', 'set-number', '10.0'],
      ['warning', "'Handleplan 2023-2026'!H26", '8,3', 'set-number', '8.3'],
      ['warning', "'Handleplan 2023-2026'!G32", '4,0', 'set-number', '4.0'],
    ]);
  });

  it('recognises the I alt row as a stated total that agrees with the rows', async () => {
    const report = JSON.parse((await runCli('validate', EXAMPLE_WORKBOOK, '--scheme', EXAMPLE_SCHEME, '--json')).out) as {
      findings: { code: string; address: string }[];
    };
    expect(report.findings.filter((f) => f.code.startsWith('stated-total'))).toEqual([
      expect.objectContaining({ code: 'stated-total-agrees', address: "'Handleplan 2023-2026'!A38" }),
    ]);
  });

  it('gives the plan’s figures with --json as exact decimal strings in the plan’s unit and sign, null where there is none', async () => {
    const report = JSON.parse((await runCli('validate', EXAMPLE_WORKBOOK, '--scheme', EXAMPLE_SCHEME, '--json')).out) as {
      unit: string; sign: string; priceLevel: string;
      initiatives: { name: string; cell: string; counted: boolean; years: Record<string, Record<string, string | null>> }[];
      plan: { years: Record<string, Record<string, string | null>> };
    };
    expect([report.unit, report.sign, report.priceLevel]).toEqual(['mio. kr.', 'savings-positive', '2022-priser']);
    // The targets are the scheme's; the effect is the sum of the initiatives' realised 2023 amounts; the gap what is missing.
    expect(report.plan.years['2023']).toEqual({ target: '5', effect: '4.95', gap: '0.05' });
    expect(report.plan.years['2026']).toEqual({ target: '30.3', effect: null, gap: null });
    const daycare = report.initiatives.find((i) => i.cell === 'C10');
    expect(daycare?.years['B2023']).toEqual({ planned: '3', target: '3', effect: '2.4', gap: '0.6' });
    expect(daycare?.counted).toBe(true);
  });

  it('prints findings as readable Danish lines without --json', async () => {
    const result = await runCli('validate', EXAMPLE_WORKBOOK, '--scheme', EXAMPLE_SCHEME);
    expect(result.out).toContain("ADVARSEL 'Handleplan 2023-2026'!H26 (amount-text-number): Beløbet »8,3« er gemt som tekst.");
    expect(result.out).toContain('Fund: 0 fejl, 3 advarsler, 8 til orientering.');
    // Why a figure is a number, not a formula, is information: the warning at the cell is the text number itself.
    expect(result.out).toContain("INFO 'Handleplan 2023-2026'!H26 (formula-not-live)");
  });

  it('exits with 1 when the data has errors', async () => {
    const scheme = join(dir, 'narrow-scheme.json');
    // A scheme without the Kontraktforhandling category makes initiative 8 an unknown category.
    const data = JSON.parse(readFileSync(EXAMPLE_SCHEME, 'utf8')) as { categories: { code: string }[] };
    data.categories = data.categories.filter((c) => c.code !== 'KON');
    writeFileSync(scheme, JSON.stringify(data));
    const result = await runCli('validate', EXAMPLE_WORKBOOK, '--scheme', scheme);
    expect(result.code).toBe(1);
    expect(result.out).toContain("FEJL 'Handleplan 2023-2026'!B32 (category-unknown)");
  });
});

describe('handleplan run', () => {
  it('refuses to write without errors fixed and writes nothing', async () => {
    const scheme = join(dir, 'wrong-period.json');
    const data = JSON.parse(readFileSync(EXAMPLE_SCHEME, 'utf8')) as { categories: { code: string }[] };
    data.categories = data.categories.filter((c) => c.code !== 'KON');
    writeFileSync(scheme, JSON.stringify(data));
    const output = join(dir, 'never.xlsx');
    const result = await runCli('run', EXAMPLE_WORKBOOK, '--scheme', scheme, '-o', output);
    expect(result.code).toBe(1);
    expect(result.out).toContain('Intet er skrevet');
    expect(existsSync(output)).toBe(false);
  });

  it('says which of its sheets it wrote: Bilag 1 and the plan’s gap per year', async () => {
    const output = join(dir, 'said.xlsx');
    const result = await runCli('run', EXAMPLE_WORKBOOK, '--scheme', EXAMPLE_SCHEME, '-o', output);
    expect(result.code).toBe(0);
    expect(result.out).toContain(`Skrevet: effekt- og gabkolonner i »Handleplan 2023-2026« og arkene »Bilag 1« og »Handleplan afvigelse« i ${output}`);
  });

  it('reports as JSON with --json: where it wrote and the same figures as validate', async () => {
    const output = join(dir, 'as-json.xlsx');
    const result = await runCli('run', EXAMPLE_WORKBOOK, '--scheme', EXAMPLE_SCHEME, '-o', output, '--json');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.out) as { written: string; plan: { years: Record<string, unknown> } };
    expect(report.written).toBe(output);
    expect(report.plan.years['2024']).toEqual({ target: '8', effect: '7.3', gap: '0.7' });
  });

  it('will not write over its input unless told to with --in-place', async () => {
    const result = await runCli('run', EXAMPLE_WORKBOOK, '--scheme', EXAMPLE_SCHEME, '-o', EXAMPLE_WORKBOOK);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^handleplan: Resultatet må ikke gemmes oven i inputfilen/);
  });

  it('needs an output file', async () => {
    const result = await runCli('run', EXAMPLE_WORKBOOK, '--scheme', EXAMPLE_SCHEME);
    expect(result.code).toBe(2);
    expect(result.err).toContain('-o');
  });
});

describe('unusable arguments and files', () => {
  const cases: [string, string[], RegExp][] = [
    ['a file that does not exist', ['validate', join(dir, 'missing.xlsx'), '--scheme', EXAMPLE_SCHEME], /findes ikke/],
    ['a file that is not a workbook', ['validate', __filename, '--scheme', EXAMPLE_SCHEME], /ikke en Excel-projektmappe/],
    ['an unknown option', ['validate', EXAMPLE_WORKBOOK, '--frobnicate'], /Tilvalget »--frobnicate« kendes ikke[\s\S]*handleplan validate <fil.xlsx>/],
    ['an option without its value', ['run', EXAMPLE_WORKBOOK, '-o'], /Tilvalget »-o« kendes ikke her, eller det mangler sin værdi/],
    ['an unknown command', ['explode'], /Ukendt kommando/],
    ['a sheet that does not exist', ['validate', EXAMPLE_WORKBOOK, '--scheme', EXAMPLE_SCHEME, '--sheet', 'Ark9'], /Arket »Ark9« findes ikke/],
    ['a scheme that is not JSON', ['validate', EXAMPLE_WORKBOOK, '--scheme', __filename], /kan ikke læses som JSON/],
    ['a workbook without a scheme and no --scheme', ['validate', EXAMPLE_WORKBOOK], /intet skema[\s\S]*handleplan init/],
    ['a workbook without a scheme, asked for JSON', ['validate', EXAMPLE_WORKBOOK, '--json'], /intet skema/],
    ['a workbook without a scheme, to run', ['run', EXAMPLE_WORKBOOK, '-o', join(dir, 'never-written.xlsx')], /intet skema/],
  ];
  it.each(cases)('exits with 2 and one reason line, no stack trace, for %s', async (_, argv, reason) => {
    const result = await runCli(...argv);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(reason);
    expect(result.err).toMatch(/^handleplan: /);
    expect(result.err).not.toMatch(/\n\s+at /);
  });

  it('says what is wrong with an invalid scheme, every problem at once', async () => {
    const scheme = join(dir, 'broken-scheme.json');
    writeFileSync(scheme, JSON.stringify({ plan: { name: 'X', period: '2026-2023', unit: 'kr', priceLevel: '2022-priser', sign: 'savings-positive' } }));
    const result = await runCli('validate', EXAMPLE_WORKBOOK, '--scheme', scheme);
    expect(result.code).toBe(2);
    expect(result.err).toContain('plan.period');
    expect(result.err).toContain('plan.unit');
    expect(result.err).toContain('categories');
    expect(result.err).toContain('bilag1');
  });

  it('prints its version, the one in package.json, with --version', async () => {
    const { version } = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string };
    await expect(runCli('--version')).resolves.toEqual({ code: 0, out: `handleplan ${version}`, err: '' });
  });

  it('prints help for each command', async () => {
    for (const command of ['validate', 'run', 'init']) {
      const result = await runCli(command, '--help');
      expect(result.code).toBe(0);
      expect(result.out).toContain(`handleplan ${command}`);
    }
  });
});

describe('saving the result', () => {
  it('says in one line when the result cannot be saved, and leaves nothing half-written behind', async () => {
    const blocker = join(dir, 'a-file-not-a-folder');
    writeFileSync(blocker, 'x');
    const result = await runCli('run', EXAMPLE_WORKBOOK, '--scheme', EXAMPLE_SCHEME, '-o', join(blocker, 'out.xlsx'));
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^handleplan: Resultatet kunne ikke gemmes i .* Intet er ændret\.$/);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('changes the input only as a whole with --in-place, and a second run changes nothing more', async () => {
    const copy = join(dir, 'in-place.xlsx');
    copyFileSync(EXAMPLE_WORKBOOK, copy);
    expect((await runCli('run', copy, '--scheme', EXAMPLE_SCHEME, '--in-place')).code).toBe(0);
    const once = await runCli('validate', copy, '--json');
    expect((await runCli('run', copy, '--in-place')).code).toBe(0);
    expect((await runCli('validate', copy, '--json')).out).toBe(once.out);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('a plan of thousands of initiatives', () => {
  it('shows the first findings and rows of Bilag 1 on screen, says how many more and where, and writes every row', async () => {
    const file = join(dir, 'stor plan.xlsx');
    writeFileSync(file, await planXlsx(syntheticPlan(1500)));
    const output = join(dir, 'stor plan med bilag.xlsx');
    const result = await runCli('run', file, '--scheme', EXAMPLE_SCHEME, '-o', output);
    expect(result.code).toBe(0);

    const all = (JSON.parse((await runCli('validate', file, '--scheme', EXAMPLE_SCHEME, '--json')).out) as { findings: { severity: string }[] }).findings;
    const shown = result.out.split('\n').filter((line) => /^(FEJL|ADVARSEL) /.test(line));
    expect(shown).toHaveLength(60);
    const notInfo = all.filter((f) => f.severity !== 'info').length;
    expect(result.out).toContain(`… og ${notInfo - 60} fund mere. Se dem alle med: handleplan validate "${file}" --scheme ${EXAMPLE_SCHEME}`);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(output);
    const bilagRows = (workbook.getWorksheet('Bilag 1') as ExcelJS.Worksheet).rowCount;
    const lines = result.out.split('\n');
    const start = lines.indexOf('Bilag 1:');
    expect(lines[start + 60]).toBe(`… ${bilagRows - 60} rækker mere står på arket »Bilag 1«.`);
    expect(lines[start + 61]).toMatch(/^Økonomisk besparelse i alt\t/);
  });
});

describe('any input at all', () => {
  it('gets a reason or findings from the command line, never a stack trace', async () => {
    const file = join(dir, 'random.xlsx');
    const zipHead = Uint8Array.from([0x50, 0x4b, 0x03, 0x04]);
    await fc.assert(
      fc.asyncProperty(fc.boolean(), fc.uint8Array({ maxLength: 400 }), async (looksLikeZip, bytes) => {
        writeFileSync(file, looksLikeZip ? Buffer.concat([zipHead, bytes]) : bytes);
        const result = await runCli('validate', file, '--scheme', EXAMPLE_SCHEME);
        return result.code === 2 && /^handleplan: [^\n]+$/.test(result.err) && !/\n\s+at /.test(result.out);
      }),
      { numRuns: 60 },
    );
  });
});


describe('the summary of what was read', () => {
  it('says how many of the initiatives are dropped and not counted', () => {
    const result = analyse([[...HEADER, 'Status'], ['1', 'Dagtilbud', 'A', 1, 1, null, 1, 1, ''], ['2', 'Dagtilbud', 'B', 1, 1, null, 1, 1, 'Udgået']]);
    expect(summaryLines({ sheet: 'Plan' }, result)[1]).toMatch(/^Læst: 2 indsatser \(heraf 1 udgået, som ikke tælles med\), 0 aktiviteter/);
  });
});
