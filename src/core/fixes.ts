import { Decimal } from './decimal';
import { Fix } from './findings';
import { LayoutCell } from './layout';
import { decimalsOf, numberFormatFor } from './money';

/** Number formats under which a number would not show the decimals the fix promises. */
const FORMATS_TO_REPLACE = new Set(['@', 'General', '']);

/**
 * What a fix writes into its cell. A number going into a cell formatted as text or General gets a
 * format that shows the decimals the user typed ("10,0" stays 10,0); any other format is kept.
 */
export function fixedCell(fix: Fix, currentFormat: string | undefined): LayoutCell {
  if (fix.kind === 'set-text') return { value: { kind: 'text', text: fix.value } };
  const value = new Decimal(fix.value);
  const keep = currentFormat !== undefined && !FORMATS_TO_REPLACE.has(currentFormat);
  // The fix's value keeps the decimals typed ("10.0"); a Decimal would drop the trailing zero.
  const typedDecimals = /\.(\d+)$/.exec(fix.value)?.[1]?.length ?? decimalsOf(value);
  return { value: { kind: 'number', value }, ...(keep ? {} : { numberFormat: numberFormatFor(typedDecimals) }) };
}

/** The fixes of all findings with the same code, for "ret alle af denne slags". */
export function fixesOfKind<T extends { code: string; fix?: Fix }>(findings: readonly T[], code: string): Fix[] {
  return findings.filter((f) => f.code === code && f.fix !== undefined).map((f) => f.fix as Fix);
}
