/** Danish texts the program writes into the workbook: the headers of its own columns and Bilag 1's words. */
export const OUTPUT_DA = {
  effectHeader: (year: string) => `Effekt ${year}`,
  gapHeader: (year: string) => `Gab ${year}`,
  droppedName: (name: string) => `${name} (udgået)`,
  /** The sheet with the plan's gap per year against the scheme's targets. */
  gapSheetName: 'Handleplan afvigelse',
  gapTitle: (unit: string, priceLevel: string) => `Planens mangler pr. år i forhold til målet (${unit}, ${priceLevel})`,
  gapHeadings: ['År', 'Planlagt', 'Effekt', 'Mangler'],
} as const;

/** Statements a sheet makes about its unit or sign, as a message lists them: »Beløb i 1.000 kr.« i A1, … */
export function describeStatements(statements: readonly { readonly text: string; readonly address: string }[]): string {
  return statements.map((s) => `»${s.text}« i ${s.address}`).join(', ');
}
