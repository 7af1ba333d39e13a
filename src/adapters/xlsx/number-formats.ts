/**
 * The number formats every spreadsheet knows by id without listing them (ECMA-376 part 1, 18.8.30).
 * Ids 27–36 and 50–58 are dates whose code depends on an East Asian locale: a date code stands for them.
 */
const BUILT_IN: Record<number, string> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy h:mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

const EAST_ASIAN_DATE = 'yyyy-mm-dd';

/** The code of a built-in format id, if it is one. */
export function builtInFormat(id: number): string | undefined {
  if ((id >= 27 && id <= 36) || (id >= 50 && id <= 58)) return EAST_ASIAN_DATE;
  return BUILT_IN[id];
}

/** The built-in id of a code, so a format the spreadsheet knows is not listed again. */
export function builtInId(code: string): number | undefined {
  for (const [id, known] of Object.entries(BUILT_IN)) if (known === code) return Number(id);
  return undefined;
}

/** Whether a format shows a number as a date or time: it has day, month, year, hour or second codes outside quotes, brackets and escapes. */
export function isDateFormat(code: string): boolean {
  const bare = code.replace(/\[[^\]]*]|"[^"]*"|\\.|_.|\*./g, '');
  return /[ymdhs]/i.test(bare) && !/^General$/i.test(bare);
}

/** A date serial as an ISO 8601 string, as the reader has always given dates: days since 1899-12-30 (or 1904-01-01). */
export function serialToIso(serial: number, date1904: boolean): string | undefined {
  const ms = Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000);
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}
