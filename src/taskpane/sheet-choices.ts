/** The sheets to choose from: proposal forms on several sheets are one plan, offered once, by their first sheet. */
export function sheetChoices(sheets: readonly string[], formSheets: readonly string[] | undefined): readonly string[] {
  return formSheets === undefined ? sheets : sheets.filter((name) => !formSheets.includes(name) || name === formSheets[0]);
}

/** A choice as the list shows it: the sheet's name, or for the first of several sheets of forms, all of them. */
export function sheetLabel(sheet: string, formSheets: readonly string[] | undefined): string {
  return formSheets !== undefined && formSheets[0] === sheet ? `Alle ark med budgetforslag (${formSheets.join(', ')})` : sheet;
}
