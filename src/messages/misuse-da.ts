/**
 * Danish texts for every refusal the program throws (MisuseError in src/core/misuse.ts): a call it will not
 * carry out, said so the person who sees it knows what to do. Data problems are findings, never these.
 */
export const MISUSE_DA = {
  // Workbooks and sheets
  'workbook-empty': () => 'Filen er tom.',
  'workbook-encrypted': () => 'Filen er beskyttet med adgangskode eller er i det gamle .xls-format. Gem den som .xlsx uden adgangskode.',
  'workbook-not-xlsx': () => 'Filen er ikke en Excel-projektmappe (.xlsx).',
  'workbook-damaged': () => 'Filen kan ikke læses som en Excel-projektmappe (.xlsx); den kan være beskadiget.',
  'sheet-missing': (sheet: string, names?: readonly string[]) =>
    `Arket »${sheet}« findes ikke${names === undefined ? ' i projektmappen' : `. Arkene er: ${names.map((n) => `»${n}«`).join(', ')}`}.`,
  'sheet-not-ours': (sheet: string) =>
    `Der findes allerede et ark »${sheet}«, som tilføjelsesprogrammet ikke har lavet. Omdøb det, og prøv igen.`,
  'sheet-protected': (sheet: string) =>
    `Arket »${sheet}« er beskyttet, så tilføjelsesprogrammet kan ikke skrive sine kolonner. Fjern beskyttelsen (Gennemse › Fjern arkbeskyttelse), og prøv igen.`,
  'workbook-structure-protected': () =>
    'Projektmappens struktur er beskyttet, så tilføjelsesprogrammet kan ikke tilføje sine ark. Fjern beskyttelsen (Gennemse › Beskyt projektmappe), og prøv igen.',
  'source-not-read': (sheet: string) => `Arket »${sheet}« skal læses, før der kan skrives til det.`,
  'nothing-to-undo': () => 'Der er intet at fortryde.',
  'round-date': (date: string) => `En opfølgning lukkes med en dato som 2026-11-30, ikke »${date}«.`,
  'round-needs-write': () => 'En opfølgning lukkes kun, når resultaterne skrives.',
  // Arguments a caller got wrong
  'column-index': (col: number) => `Et kolonnenummer skal være et helt tal fra 0 og op, ikke ${col}.`,
  'column-letters': (letters: string) => `»${letters}« er ikke et kolonnenavn (A til XFD).`,
  'cell-address': (address: string) => `»${address}« er ikke en celleadresse som A1.`,
  'decimals': (decimals: number) => `Et antal decimaler skal være et helt tal fra 0 og op, ikke ${decimals}.`,
  'not-finite': (value: string) => `Kun endelige beløb kan lægges sammen, ikke ${value}.`,
  // The command line: what was wrong with the command, and how to write it.
  'cli-unknown-command': (command: string) => `Ukendt kommando »${command}«. Brug validate, run eller init (se handleplan --help).`,
  'cli-bad-option': (option: string, usage: string) => `Tilvalget »${option}« kendes ikke her, eller det mangler sin værdi.\n\n${usage}`,
  'cli-output-missing': () => 'Angiv hvor resultatet skal gemmes med -o <ny fil.xlsx> (eller --in-place for at ændre filen selv).',
  'cli-output-twice': () => 'Brug enten -o eller --in-place, ikke begge.',
  'cli-date-without-round': () => '--date angiver datoen for en opfølgning, der lukkes: brug den sammen med --close-round »NAVN«.',
  'cli-output-is-input': () => 'Resultatet må ikke gemmes oven i inputfilen; brug --in-place, hvis det er meningen.',
  'cli-save-failed': (target: string, code: string | undefined) =>
    `Resultatet kunne ikke gemmes i »${target}« (${code === 'EBUSY' || code === 'EPERM' || code === 'EACCES' ? 'filen er åben i et andet program, eller mappen er skrivebeskyttet' : (code ?? 'ukendt fejl')}). Intet er ændret.`,
  'cli-one-workbook': (command: string) => `Angiv præcis én projektmappe (.xlsx): handleplan ${command} <fil.xlsx>`,
  'cli-file-unreadable': (file: string) => `Filen »${file}« findes ikke eller kan ikke læses.`,
  'cli-no-scheme': (sheet: string) =>
    `Projektmappen har intet skema (arket »${sheet}«). Angiv --scheme <skema.json>, eller lav et udkast med »handleplan init«.`,
  'cli-scheme-not-json': (path: string, detail: string) => `Skemaet »${path}« kan ikke læses som JSON: ${detail}`,
  'cli-scheme-invalid': (where: string, problems: readonly string[]) => `Skemaet i ${where} er ikke gyldigt:\n${problems.map((p) => `  ${p}`).join('\n')}`,
  'cli-scheme-file-exists': (target: string) => `»${target}« findes allerede og overskrives ikke. Angiv et andet navn med -o.`,
  'cli-no-table': () => 'Ingen ark i projektmappen har en tabel med indsatser og årstal; der kan ikke laves et skema.',
} as const satisfies Record<string, (...args: never[]) => string>;

export type MisuseReason = keyof typeof MISUSE_DA;
