import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { hasErrors } from '../core/findings';
import { misuse, MisuseError } from '../core/misuse';
import { runPlan } from '../core/run';
import { CloseRound } from '../core/rounds/run-rounds';
import { Scheme } from '../core/scheme';
import { SchemeRead, schemeFromJson, schemeToJson } from '../core/scheme-json';
import { SCHEME_SHEET, schemeFromWorkbook, schemeToLayout } from '../core/scheme-sheet';
import { draftSchemeFrom } from '../core/draft-workbook';
import { XlsxWorkbook, UnreadableWorkbookError } from '../adapters/xlsx/xlsx-workbook';
import { bilag1Lines, commandLine, findingLine, findingLines, gapLines, jsonReport, planSheets, quotedList, roundLines, sheetsNamed, sheetsOf, sinceLines, summaryLines } from './report';
import { HELP } from './help';

/** Exit codes: 0 no errors, 1 findings with errors, 2 unusable arguments or an unreadable file. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

export interface Io {
  out(line: string): void;
  err(line: string): void;
}

const consoleIo: Io = { out: (line) => console.log(line), err: (line) => console.error(line) };

export async function main(argv: readonly string[], io: Io = consoleIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      io.out(HELP.main);
      return command === undefined ? EXIT.usage : EXIT.ok;
    }
    if (command === '--version' || command === '-V') {
      io.out(`handleplan ${programVersion()}`);
      return EXIT.ok;
    }
    switch (command) {
      case 'validate':
        return await validateCommand(rest, io);
      case 'run':
        return await runCommand(rest, io);
      case 'init':
        return await initCommand(rest, io);
      default:
        throw misuse('cli-unknown-command', command);
    }
  } catch (error) {
    // A refusal (arguments, files, a workbook that cannot be read): one Danish line, exit code 2, no stack trace.
    if (error instanceof MisuseError || error instanceof UnreadableWorkbookError) {
      io.err(`handleplan: ${error.message}`);
      return EXIT.usage;
    }
    io.err(`handleplan: uventet fejl: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.usage;
  }
}

/** package.json's version; it lies two folders up from both src/cli and the compiled build/cli. */
function programVersion(): string {
  return (JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string }).version;
}

function parse(
  command: keyof typeof HELP,
  args: readonly string[],
  options: NonNullable<Parameters<typeof parseArgs>[0]>['options'],
): ReturnType<typeof parseArgs> {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    // Node names the option in quotes ("Unknown option '--x'"); the user gets it in a Danish line with the command's usage.
    const option = /'(-[^'\s]*)/.exec(error instanceof Error ? error.message : '')?.[1] ?? args.find((arg) => arg.startsWith('-')) ?? '';
    throw misuse('cli-bad-option', option, HELP[command]);
  }
}

async function validateCommand(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parse('validate', args, {
    sheet: { type: 'string' },
    scheme: { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) return printHelp(io, HELP.validate);
  const file = onePositional(positionals, 'validate');
  const { workbook, scheme, sheet } = await openPlan(file, values);
  const outcome = await runPlan(workbook, scheme, { write: false, ...(sheet === undefined ? {} : { sheet }) });
  const { result } = outcome;
  if (values.json) {
    io.out(jsonReport({ file, ...sheetsOf(outcome), valid: !hasErrors(result.findings) }, outcome, scheme));
  } else {
    for (const line of summaryLines(outcome, result)) io.out(line);
    for (const f of result.findings) io.out(findingLine(f));
    for (const line of sinceLines(outcome.since, scheme)) io.out(line);
  }
  return hasErrors(result.findings) ? EXIT.findings : EXIT.ok;
}

async function runCommand(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parse('run', args, {
    sheet: { type: 'string' },
    scheme: { type: 'string' },
    output: { type: 'string', short: 'o' },
    'in-place': { type: 'boolean' },
    'close-round': { type: 'string' },
    date: { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) return printHelp(io, HELP.run);
  const closeRound = closeRoundOption(values);
  const file = onePositional(positionals, 'run');
  const output = stringOption(values.output);
  if (output === undefined && !values['in-place']) throw misuse('cli-output-missing');
  if (output !== undefined && values['in-place']) throw misuse('cli-output-twice');
  const target = output ?? file;
  if (output !== undefined && resolve(output) === resolve(file)) {
    throw misuse('cli-output-is-input');
  }
  const { workbook, scheme, fromFile, sheet } = await openPlan(file, values);
  const validateAgain = commandLine(['handleplan', 'validate', file, ...optionWords(values, ['scheme', 'sheet'])]);
  const json = values.json === true ? { file, output: target } : undefined;
  const report = await runAndReport(workbook, scheme, { sheet, withSchemeSheet: fromFile, validateAgain, json, closeRound });
  for (const line of report.before) io.out(line);
  if (!report.written) {
    if (json === undefined) io.out('Intet er skrevet: ret fejlene ovenfor, og kør igen.');
    return EXIT.findings;
  }
  // The run's results are out of reach here: the memory they took is free for saving the workbook.
  await saveWhole(target, await workbook.toBuffer());
  for (const line of report.after) io.out(line);
  if (json === undefined) io.out(`Skrevet: effekt- og gabkolonner i ${report.sheets.map((name) => `»${name}«`).join(', ')} og ${sheetsNamed(report.sheetsWritten)} i ${target}`);
  return EXIT.ok;
}

/** Runs the plan and words the report: what to show before saving, and after. */
async function runAndReport(
  workbook: XlsxWorkbook,
  scheme: Scheme,
  options: { sheet: string | undefined; withSchemeSheet: boolean; validateAgain: string; json: { file: string; output: string } | undefined; closeRound: CloseRound | undefined },
): Promise<{ sheets: readonly string[]; written: boolean; sheetsWritten: readonly string[]; before: string[]; after: string[] }> {
  // A scheme given as a file is also added as a sheet (when the workbook has none), so it travels with the workbook.
  const outcome = await runPlan(workbook, scheme, {
    write: true,
    ...(options.sheet === undefined ? {} : { sheet: options.sheet }),
    ...(options.withSchemeSheet ? { schemeSheet: schemeToLayout(scheme) } : {}),
    ...(options.closeRound === undefined ? {} : { closeRound: options.closeRound }),
  });
  const { result } = outcome;
  const sheetsWritten = outcome.sheetsWritten ?? [];
  if (options.json !== undefined) {
    const written = outcome.written ? options.json.output : null;
    const report = jsonReport({ file: options.json.file, ...sheetsOf(outcome), valid: !hasErrors(result.findings), written }, outcome, scheme);
    return { sheets: planSheets(outcome), written: outcome.written, sheetsWritten, before: outcome.written ? [] : [report], after: outcome.written ? [report] : [] };
  }
  return {
    sheets: planSheets(outcome),
    written: outcome.written,
    sheetsWritten,
    before: [...summaryLines(outcome, result), ...findingLines(result.findings.filter((f) => f.severity !== 'info'), options.validateAgain)],
    after: ['', ...gapLines(result, scheme), '', ...bilag1Lines(result), '', ...roundLines(outcome, scheme)],
  };
}

/** --close-round NAME [--date ÅÅÅÅ-MM-DD]: the round to close with the run, today unless a date is given. */
function closeRoundOption(values: Record<string, unknown>): CloseRound | undefined {
  const name = stringOption(values['close-round']);
  const date = stringOption(values.date);
  if (name === undefined) {
    if (date !== undefined) throw misuse('cli-date-without-round');
    return undefined;
  }
  return { name, closed: date ?? new Date().toISOString().slice(0, 10) };
}

/** The given string options as they would be typed: ["--scheme", "skema.json", …]. */
function optionWords(values: Readonly<Record<string, unknown>>, names: readonly string[]): string[] {
  return names.flatMap((name) => (typeof values[name] === 'string' ? [`--${name}`, values[name] as string] : []));
}

/**
 * Saves the result next to where it goes and renames it into place, so an interrupted save never
 * leaves half a workbook, and --in-place never damages the input.
 */
async function saveWhole(target: string, data: Uint8Array): Promise<void> {
  const temporary = join(dirname(resolve(target)), `.${basename(target)}.${process.pid}.tmp`);
  try {
    await mkdir(dirname(resolve(target)), { recursive: true });
    await writeFile(temporary, data);
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw misuse('cli-save-failed', target, (error as NodeJS.ErrnoException).code);
  }
}

function printHelp(io: Io, text: string): number {
  io.out(text);
  return EXIT.ok;
}

function stringOption(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function onePositional(positionals: readonly string[], command: string): string {
  if (positionals.length !== 1 || positionals[0] === undefined) {
    throw misuse('cli-one-workbook', command);
  }
  return positionals[0];
}

async function openWorkbook(file: string): Promise<XlsxWorkbook> {
  let data: Uint8Array;
  try {
    data = await readFile(file);
  } catch {
    throw misuse('cli-file-unreadable', file);
  }
  return XlsxWorkbook.fromBuffer(data);
}

async function checkSheet(workbook: XlsxWorkbook, sheet: string | undefined): Promise<void> {
  if (sheet === undefined) return;
  const names = (await workbook.facts()).sheetNames;
  if (!names.includes(sheet)) throw misuse('sheet-missing', sheet, names);
}

/** What validate and run start from: the workbook, its scheme (--scheme or the scheme sheet) and the chosen sheet. */
async function openPlan(
  file: string,
  values: Record<string, unknown>,
): Promise<{ workbook: XlsxWorkbook; scheme: Scheme; fromFile: boolean; sheet: string | undefined }> {
  const workbook = await openWorkbook(file);
  const { scheme, fromFile } = await loadScheme(stringOption(values.scheme), workbook);
  const sheet = stringOption(values.sheet);
  await checkSheet(workbook, sheet);
  return { workbook, scheme, fromFile, sheet };
}

async function loadScheme(path: string | undefined, workbook: XlsxWorkbook): Promise<{ scheme: Scheme; fromFile: boolean }> {
  if (path === undefined) {
    const read = await schemeFromWorkbook(workbook);
    if (read === undefined) {
      throw misuse('cli-no-scheme', SCHEME_SHEET);
    }
    return { scheme: schemeOrRefusal(read, `arket »${SCHEME_SHEET}«`), fromFile: false };
  }
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw misuse('cli-scheme-not-json', path, error instanceof Error ? error.message : String(error));
  }
  return { scheme: schemeOrRefusal(schemeFromJson(data, path), `»${path}«`), fromFile: true };
}

function schemeOrRefusal(read: SchemeRead, where: string): Scheme {
  if (read.scheme === undefined) {
    throw misuse('cli-scheme-invalid', where, read.findings.map((f) => f.message));
  }
  return read.scheme;
}

async function initCommand(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parse('init', args, {
    sheet: { type: 'string' },
    output: { type: 'string', short: 'o' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) return printHelp(io, HELP.init);
  const file = onePositional(positionals, 'init');
  const target = stringOption(values.output) ?? file.replace(/\.xlsx$/i, '') + '.skema.json';
  if (existsSync(target)) throw misuse('cli-scheme-file-exists', target);
  const workbook = await openWorkbook(file);
  const wanted = stringOption(values.sheet);
  await checkSheet(workbook, wanted);
  const sheets = wanted === undefined ? (await workbook.facts()).sheetNames.filter((n) => n !== SCHEME_SHEET) : [wanted];
  for (const sheet of sheets) {
    const { draft, sheets: drafted } = await draftSchemeFrom(workbook, sheet);
    if (draft.scheme === undefined) continue;
    await writeFile(target, `${JSON.stringify(schemeToJson(draft.scheme), null, 2)}\n`);
    io.out(`Udkast til skema for ${drafted.length === 1 ? 'arket' : 'arkene'} ${quotedList(drafted)} gemt i ${target}. Tjek disse gæt:`);
    for (const f of draft.findings) io.out(`  - ${f.message}`);
    io.out(`Kør derefter: handleplan run ${file} --scheme ${target} -o <ny fil.xlsx>`);
    return EXIT.ok;
  }
  throw misuse('cli-no-table');
}
