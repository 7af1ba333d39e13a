import { FindingCode } from '../codes';
import { Decimal } from '../decimal';
import {
  AmountProblem,
  convertUnit,
  decimalsOf,
  formatDanish,
  isNotStated,
  parseAmountText,
  parseAmountWithComment,
  Separators,
  TOO_LARGE_FOR_EXCEL,
  Unit,
} from '../money';

/** The finding for each reason a text is not an amount; the compiler asks for every reason. */
const CODE_OF_PROBLEM = {
  'foreign-separators': 'amount-foreign-separators',
  'bad-grouping': 'amount-bad-grouping',
  ambiguous: 'amount-ambiguous',
  'not-a-number': 'amount-not-a-number',
} as const satisfies Record<AmountProblem, FindingCode>;

/** A text that is no amount: the finding that says why, whose only word is the cell's text. */
export interface TextProblem {
  readonly kind: 'problem';
  readonly code: 'amount-not-stated' | 'amount-too-large' | (typeof CODE_OF_PROBLEM)[AmountProblem];
}

/**
 * What a text in an amount cell says, wherever it stands: no amount and why, an amount with words after it, or an
 * amount typed as text (converted from a unit typed in the cell, if it names another). Amounts in the column's unit,
 * before its sign and prices; the texts are the findings' words.
 */
export type TextAmount =
  | TextProblem
  | { readonly kind: 'comment'; readonly value: Decimal; readonly number: string; readonly comment: string }
  | {
      readonly kind: 'number';
      readonly value: Decimal;
      /** The unit typed in the cell, when it is converted to the column's, and the converted number. */
      readonly converted: { readonly from: Unit; readonly number: string } | undefined;
      readonly number: string;
      /** The fix's canonical number, with the decimals the user typed. */
      readonly fix: string;
    };

const TOO_LARGE: TextProblem = { kind: 'problem', code: 'amount-too-large' };

/**
 * Reads a text in an amount cell of a column in `columnUnit`; a unit typed in the text is converted only where
 * the column states its unit (`converts`). A function of its arguments alone, so a table reads each distinct text once.
 */
export function textAmount(text: string, separators: Separators, columnUnit: Unit, converts: boolean): TextAmount {
  const parsed = parseAmountText(text, separators);
  if (!parsed.ok && isNotStated(text)) return { kind: 'problem', code: 'amount-not-stated' };
  const commented = parsed.ok ? undefined : parseAmountWithComment(text, separators);
  if (commented !== undefined) {
    if (commented.value.abs().greaterThanOrEqualTo(TOO_LARGE_FOR_EXCEL)) return TOO_LARGE;
    return { kind: 'comment', value: commented.value, number: formatDanish(commented.value, decimalsOf(commented.value)), comment: commented.comment };
  }
  if (!parsed.ok) return { kind: 'problem', code: CODE_OF_PROBLEM[parsed.problem] };
  if (parsed.value.abs().greaterThanOrEqualTo(TOO_LARGE_FOR_EXCEL)) return TOO_LARGE;
  // A unit typed in the cell ("750 t.kr.") wins over the column's; the fix writes the number in the column's unit.
  let value = parsed.value;
  let converted: { from: Unit; number: string } | undefined;
  if (parsed.unit !== undefined && converts && parsed.unit !== columnUnit) {
    value = convertUnit(parsed.value, parsed.unit, columnUnit);
    converted = { from: parsed.unit, number: formatDanish(value, decimalsOf(value)) };
  }
  // Keep the decimals the user typed: "10,0" is offered as 10,0, not 10.
  const typedDecimals = Math.max(decimalsOf(value), /[,.](\d+)\D*$/.exec(text)?.[1]?.length ?? 0);
  return { kind: 'number', value, converted, number: formatDanish(value, typedDecimals), fix: value.toFixed(typedDecimals) };
}
