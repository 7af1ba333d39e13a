import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { hasErrors } from '../core/findings';
import { runPlan } from '../core/run';
import { Scheme } from '../core/scheme';
import { SchemeRead, schemeFromJson, schemeToJson } from '../core/scheme-json';
import { SCHEME_SHEET, schemeFromWorkbook, schemeToLayout } from '../core/scheme-sheet';
import { draftScheme } from '../core/draft-scheme';
import { XlsxWorkbook, UnreadableWorkbookError } from '../adapters/xlsx/xlsx-workbook';
import { bilagLines, commandLine, findingLine, findingLines, gapLines, summaryLines } from './report';
import { HELP } from './help';

/** Exit codes: 0 no errors, 1 findings with errors, 2 unusable arguments or an unreadable file. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

/** A problem with the arguments or the files: one Danish line for the user, exit code 2, no stack trace. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

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
        throw new UsageError(`Ukendt kommando »${command}«. Brug validate, run eller init (se handleplan --help).`);
    }
  } catch (error) {
    if (error instanceof UsageError || error instanceof UnreadableWorkbookError) {
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

function parse(args: readonly string[], options: NonNullable<Parameters<typeof parseArgs>[0]>['options']): ReturnType<typeof parseArgs> {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

async function validateCommand(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, {
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
    io.out(JSON.stringify({ file, sheet: outcome.sheet ?? null, valid: !hasErrors(result.findings), findings: result.findings }, null, 2));
  } else {
    for (const line of summaryLines(outcome.sheet, result)) io.out(line);
    for (const f of result.findings) io.out(findingLine(f));
  }
  return hasErrors(result.findings) ? EXIT.findings : EXIT.ok;
}

async function runCommand(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, {
    sheet: { type: 'string' },
    scheme: { type: 'string' },
    output: { type: 'string', short: 'o' },
    'in-place': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) return printHelp(io, HELP.run);
  const file = onePositional(positionals, 'run');
  const output = stringOption(values.output);
  if (output === undefined && !values['in-place']) throw new UsageError('Angiv hvor resultatet skal gemmes med -o <ny fil.xlsx> (eller --in-place for at ændre filen selv).');
  if (output !== undefined && values['in-place']) throw new UsageError('Brug enten -o eller --in-place, ikke begge.');
  const target = output ?? file;
  if (output !== undefined && resolve(output) === resolve(file)) {
    throw new UsageError('Resultatet må ikke gemmes oven i inputfilen; brug --in-place, hvis det er meningen.');
  }
  const { workbook, scheme, fromFile, sheet } = await openPlan(file, values);
  const validateAgain = commandLine(['handleplan', 'validate', file, ...optionWords(values, ['scheme', 'sheet'])]);
  const report = await runAndReport(workbook, scheme, { sheet, withSchemeSheet: fromFile, validateAgain });
  for (const line of report.before) io.out(line);
  if (!report.written) {
    io.out('Intet er skrevet: ret fejlene ovenfor, og kør igen.');
    return EXIT.findings;
  }
  // The run's results are out of reach here: the memory they took is free for saving the workbook.
  await saveWhole(target, await workbook.toBuffer());
  for (const line of report.after) io.out(line);
  io.out(`Skrevet: effekt- og gabkolonner i »${report.sheet ?? ''}« og arket »${scheme.bilag1.sheetName}« i ${target}`);
  return EXIT.ok;
}

/** Runs the plan and words the report: what to show before saving, and after. */
async function runAndReport(
  workbook: XlsxWorkbook,
  scheme: Scheme,
  options: { sheet: string | undefined; withSchemeSheet: boolean; validateAgain: string },
): Promise<{ sheet: string | undefined; written: boolean; before: string[]; after: string[] }> {
  // A scheme given as a file is also added as a sheet (when the workbook has none), so it travels with the workbook.
  const outcome = await runPlan(workbook, scheme, {
    write: true,
    ...(options.sheet === undefined ? {} : { sheet: options.sheet }),
    ...(options.withSchemeSheet ? { schemeSheet: schemeToLayout(scheme) } : {}),
  });
  const { result } = outcome;
  return {
    sheet: outcome.sheet,
    written: outcome.written,
    before: [...summaryLines(outcome.sheet, result), ...findingLines(result.findings.filter((f) => f.severity !== 'info'), options.validateAgain)],
    after: ['', ...gapLines(result, scheme), '', ...bilagLines(result), ''],
  };
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
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'EBUSY' || code === 'EPERM' || code === 'EACCES' ? 'filen er åben i et andet program, eller mappen er skrivebeskyttet' : `${code ?? 'ukendt fejl'}`;
    throw new UsageError(`Resultatet kunne ikke gemmes i »${target}« (${why}). Intet er ændret.`);
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
    throw new UsageError(`Angiv præcis én projektmappe (.xlsx): handleplan ${command} <fil.xlsx>`);
  }
  return positionals[0];
}

async function openWorkbook(file: string): Promise<XlsxWorkbook> {
  let data: Uint8Array;
  try {
    data = await readFile(file);
  } catch {
    throw new UsageError(`Filen »${file}« findes ikke eller kan ikke læses.`);
  }
  return XlsxWorkbook.fromBuffer(data);
}

async function checkSheet(workbook: XlsxWorkbook, sheet: string | undefined): Promise<void> {
  if (sheet === undefined) return;
  const names = (await workbook.facts()).sheetNames;
  if (!names.includes(sheet)) throw new UsageError(`Arket »${sheet}« findes ikke. Arkene er: ${names.map((n) => `»${n}«`).join(', ')}.`);
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
      throw new UsageError(
        `Projektmappen har intet skema (arket »${SCHEME_SHEET}«). Angiv --scheme <skema.json>, eller lav et udkast med »handleplan init«.`,
      );
    }
    return { scheme: schemeOrUsageError(read, `arket »${SCHEME_SHEET}«`), fromFile: false };
  }
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new UsageError(`Skemaet »${path}« kan ikke læses som JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  return { scheme: schemeOrUsageError(schemeFromJson(data, path), `»${path}«`), fromFile: true };
}

function schemeOrUsageError(read: SchemeRead, where: string): Scheme {
  if (read.scheme === undefined) {
    throw new UsageError(`Skemaet i ${where} er ikke gyldigt:\n${read.findings.map((f) => `  ${f.message}`).join('\n')}`);
  }
  return read.scheme;
}

async function initCommand(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, {
    sheet: { type: 'string' },
    output: { type: 'string', short: 'o' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) return printHelp(io, HELP.init);
  const file = onePositional(positionals, 'init');
  const target = stringOption(values.output) ?? file.replace(/\.xlsx$/i, '') + '.skema.json';
  if (existsSync(target)) throw new UsageError(`»${target}« findes allerede og overskrives ikke. Angiv et andet navn med -o.`);
  const workbook = await openWorkbook(file);
  const wanted = stringOption(values.sheet);
  await checkSheet(workbook, wanted);
  const sheets = wanted === undefined ? (await workbook.facts()).sheetNames.filter((n) => n !== SCHEME_SHEET) : [wanted];
  for (const sheet of sheets) {
    const draft = draftScheme(await workbook.readSheet(sheet));
    if (draft.scheme === undefined) continue;
    await writeFile(target, `${JSON.stringify(schemeToJson(draft.scheme), null, 2)}\n`);
    io.out(`Udkast til skema for arket »${sheet}« gemt i ${target}. Tjek disse gæt:`);
    for (const f of draft.findings) io.out(`  - ${f.message}`);
    io.out(`Kør derefter: handleplan run ${file} --scheme ${target} -o <ny fil.xlsx>`);
    return EXIT.ok;
  }
  throw new UsageError('Ingen ark i projektmappen har en tabel med indsatser og årstal; der kan ikke laves et skema.');
}
