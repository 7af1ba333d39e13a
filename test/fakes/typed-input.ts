/**
 * What Excel does with a string written through Range.values: it takes it as typed input, in the
 * invariant (en-US) culture the API's values use. Text in a cell formatted as text ("@") stays text;
 * otherwise a leading apostrophe makes text, "=" a formula, and Excel turns TRUE/FALSE, numbers with
 * grouping, percentages, currency, dates and times into values, giving a General cell the format that
 * shows them as typed. Anything else stays text.
 */
export interface TypedCell {
  value: string | number | boolean;
  formula?: string;
  numberFormat: string;
}

/** Excel's cell limit: longer text is refused. */
export const MAX_CELL_CHARACTERS = 32_767;

export function enterTyped(cell: TypedCell, typed: string): void {
  delete cell.formula;
  if (typed === '' || cell.numberFormat === '@') {
    cell.value = typed;
    return;
  }
  if (typed.startsWith("'")) {
    cell.value = typed.slice(1);
    return;
  }
  const text = typed.trim();
  const converted = booleanOf(text) ?? numberOf(text) ?? dateOf(text);
  if (converted !== undefined) {
    cell.value = converted.value;
    if (converted.format !== undefined && cell.numberFormat === 'General') cell.numberFormat = converted.format;
    return;
  }
  if (/^[=+\-@]/.test(typed)) {
    cell.formula = typed.replace(/^=/, '');
    cell.value = '#NAME?';
    return;
  }
  cell.value = typed;
}

interface Converted {
  readonly value: number | boolean;
  readonly format?: string;
}

function booleanOf(text: string): Converted | undefined {
  const upper = text.toUpperCase();
  return upper === 'TRUE' ? { value: true } : upper === 'FALSE' ? { value: false } : undefined;
}

/** "1234.5", "1,234.5", "-1e3", "(12)", "50%", "$1,234.50". */
function numberOf(text: string): Converted | undefined {
  const match = /^(\()?([+-])?(\$)?(\d{1,3}(?:,\d{3})+|\d+)?(\.\d+)?(?:[eE]([+-]?\d+))?(%)?(\))?$/.exec(text);
  if (match === null) return undefined;
  const [, open, sign, dollar, whole, fraction, exponent, percent, close] = match;
  if ((whole === undefined && fraction === undefined) || (open === undefined) !== (close === undefined) || (open !== undefined && sign !== undefined)) return undefined;
  const grouped = whole?.includes(',') === true;
  let value = Number(`${(whole ?? '0').replace(/,/g, '')}${fraction ?? ''}${exponent === undefined ? '' : `e${exponent}`}`);
  if (sign === '-' || open !== undefined) value = -value;
  const decimals = fraction === undefined ? '' : `.${'0'.repeat(fraction.length - 1)}`;
  if (percent !== undefined) return { value: value / 100, format: `0${decimals}%` };
  if (dollar !== undefined) return { value, format: `$#,##0${decimals === '' ? '' : '.00'}` };
  if (grouped) return { value, format: `#,##0${decimals}` };
  if (open !== undefined) return { value, format: '0;(0)' };
  return { value };
}

/** "2023-05-01", "5/1/2023", "1-2" (a day of this year), "13:45". */
function dateOf(text: string): Converted | undefined {
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (match !== null) return serialOf(Number(match[1]), Number(match[2]), Number(match[3]), 'yyyy-mm-dd');
  match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (match !== null) return serialOf(Number(match[3]), Number(match[1]), Number(match[2]), 'm/d/yyyy');
  match = /^(\d{1,2})[-/](\d{1,2})$/.exec(text);
  if (match !== null) return serialOf(new Date().getUTCFullYear(), Number(match[1]), Number(match[2]), 'd-mmm');
  match = /^(\d{1,2}):(\d{2})$/.exec(text);
  if (match !== null && Number(match[1]) < 24 && Number(match[2]) < 60) return { value: (Number(match[1]) * 60 + Number(match[2])) / 1440, format: 'h:mm' };
  return undefined;
}

function serialOf(year: number, month: number, day: number, format: string): Converted | undefined {
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  if (month < 1 || month > 12 || date.getUTCDate() !== day) return undefined;
  return { value: Math.round(time / 86_400_000) + 25569, format };
}
