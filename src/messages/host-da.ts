/**
 * Danish texts for errors Excel itself raises (not problems in the data): a cell being edited, a
 * workbook closed mid-way, a request too large. Each says what to do. The add-in's own refusals (a
 * protected sheet, a sheet it did not make) are MisuseErrors, in misuse-da.ts.
 */
export const HOST_MESSAGES_DA = {
  cellEditMode: () => 'Excel er ved at redigere en celle. Tryk Enter eller Esc i regnearket, og prøv igen.',
  workbookChanged: () => 'Projektmappen blev skiftet eller lukket undervejs. Vend tilbage til projektmappen, og prøv igen.',
  tooLarge: () => 'Projektmappen er for stor til at blive læst eller skrevet i én omgang her. Prøv Excel på computeren, eller del arket op.',
  general: (detail: string) => `Excel afviste handlingen (${detail}). Prøv igen; sker det igen, så gem projektmappen og genåbn den.`,
} as const;

/** Errors of the add-in's own whose message is Danish already: told as they are. */
const DANISH_ERRORS = new Set(['ExcelHostError', 'MisuseError']);

/**
 * One Danish sentence for an error Excel raised, from its error code; never Office's own English text.
 * The add-in's own Danish errors pass through unchanged, so calling this twice changes nothing.
 */
export function explainExcelError(error: unknown): string {
  if (error instanceof Error && DANISH_ERRORS.has(error.name)) return error.message;
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'InvalidOperationInCellEditMode':
      return HOST_MESSAGES_DA.cellEditMode();
    case 'InactiveWorkbook':
    case 'InvalidSelection':
    case 'InvalidObjectPath':
    case 'ItemNotFound':
      return HOST_MESSAGES_DA.workbookChanged();
    case 'RequestPayloadSizeLimitExceeded':
    case 'ResponsePayloadSizeLimitExceeded':
      return HOST_MESSAGES_DA.tooLarge();
    default:
      return HOST_MESSAGES_DA.general(typeof code === 'string' ? code : 'ukendt fejl');
  }
}
