/**
 * Every finding the core can report: its severity and the parameters its message fills in. The compiler
 * holds each finding() call to its code's parameters (ParamsOf); the messages live in src/messages.
 */
export type Severity = 'error' | 'warning' | 'info';

interface FindingSpec {
  readonly severity: Severity;
  /** Parameters every finding of the code carries. `value` is also the cell's content as the workbook holds it. */
  readonly params: readonly string[];
  /** Parameters a finding of the code may carry. */
  readonly optional?: readonly string[];
}

export const FINDINGS = {
  // The sheet and its table
  'sheet-empty': { severity: 'error', params: [] },
  'shape-recognised': { severity: 'info', params: ['shape'] },
  'header-not-found': { severity: 'error', params: [] },
  'column-missing': { severity: 'error', params: ['column'] },
  'column-duplicate': { severity: 'warning', params: ['header', 'first'] },
  'column-ignored': { severity: 'info', params: ['header'] },
  'year-outside-period': { severity: 'warning', params: ['year', 'period'] },
  'year-row-outside-period': { severity: 'warning', params: ['year', 'period'] },
  'merged-cells-in-table': { severity: 'warning', params: ['range'] },
  'hidden-row-counted': { severity: 'info', params: [] },
  'hidden-column-read': { severity: 'info', params: ['header'] },
  'another-table-below': { severity: 'warning', params: ['first', 'last'] },
  'row-read-as-note': { severity: 'info', params: ['value'] },
  'workbook-without-table': { severity: 'error', params: ['sheets'] },
  'forms-on-several-sheets': { severity: 'info', params: ['sheets', 'count'] },
  'table-unit-converted': { severity: 'info', params: ['value', 'from', 'to', 'columns'] },
  'unit-unclear': { severity: 'warning', params: ['statements', 'unit'] },
  'table-price-converted': { severity: 'info', params: ['value', 'from', 'to', 'fromIndex', 'toIndex', 'source', 'columns'] },
  'price-index-missing': { severity: 'warning', params: ['value', 'from', 'to', 'years'] },
  'price-level-plan-unknown': { severity: 'warning', params: ['value', 'from', 'level'] },
  'price-level-unclear': { severity: 'warning', params: ['statements'] },
  'table-sign-converted': { severity: 'info', params: ['value', 'columns', 'sign', 'planSign'] },
  'sign-unclear': { severity: 'warning', params: ['statements'] },
  // Amount cells
  'amount-text-number': { severity: 'warning', params: ['value', 'number'] },
  'amount-not-a-number': { severity: 'error', params: ['value'] },
  'amount-not-stated': { severity: 'warning', params: ['value'] },
  'amount-too-large': { severity: 'error', params: ['value'] },
  'amount-with-comment': { severity: 'warning', params: ['value', 'number', 'comment'] },
  'amount-foreign-separators': { severity: 'error', params: ['value'] },
  'amount-bad-grouping': { severity: 'error', params: ['value'] },
  'amount-ambiguous': { severity: 'error', params: ['value'] },
  'amount-formula-error': { severity: 'error', params: ['value'] },
  'amount-formula-without-value': { severity: 'warning', params: ['value'] },
  'amount-is-date': { severity: 'error', params: ['value'] },
  'amount-unit-converted': { severity: 'info', params: ['value', 'from', 'to', 'number'] },
  'amount-in-activity': { severity: 'warning', params: ['value'] },
  'amount-suspicious-magnitude': { severity: 'warning', params: ['value', 'unit'] },
  'amount-negative-not-allowed': { severity: 'warning', params: ['value', 'category', 'planSign'] },
  'amounts-mostly-negative': { severity: 'warning', params: ['negative', 'all', 'planSign'] },
  'start-date-invalid': { severity: 'error', params: ['value'] },
  // Names, numbers and categories
  'name-missing': { severity: 'error', params: [] },
  'category-missing': { severity: 'error', params: [] },
  'category-unknown': { severity: 'error', params: ['value'], optional: ['suggestion'] },
  'category-not-canonical': { severity: 'warning', params: ['value', 'suggestion'] },
  'number-duplicate': { severity: 'error', params: ['value', 'first'] },
  'number-similar': { severity: 'info', params: ['value', 'other', 'first'] },
  'initiative-dropped': { severity: 'info', params: ['value'] },
  // Totals and targets
  'stated-total-agrees': { severity: 'info', params: ['columns'] },
  'stated-total-mismatch': { severity: 'error', params: ['value', 'expected', 'difference'] },
  'plan-total-misses-target': { severity: 'warning', params: ['year', 'total', 'target', 'difference', 'direction'] },
  'effect-missing': { severity: 'warning', params: ['year'] },
  'effect-not-available': { severity: 'info', params: ['year'] },
  'effect-partial': { severity: 'warning', params: ['part', 'year'] },
  'follow-up-missing': { severity: 'info', params: [] },
  // Writing back
  'output-blocked': { severity: 'error', params: ['value'] },
  'output-edited': { severity: 'error', params: ['header'] },
  'bilag-sheet-taken': { severity: 'error', params: ['value'] },
  'gap-sheet-taken': { severity: 'warning', params: ['value'] },
  'formula-not-live': { severity: 'info', params: ['value', 'reason'] },
  'results-as-values': { severity: 'info', params: [] },
  'results-stale': { severity: 'warning', params: ['cells'] },
  // Follow-up rounds
  'round-name-invalid': { severity: 'error', params: ['value', 'max'] },
  'round-exists': { severity: 'error', params: ['value', 'closed'] },
  'round-sheet-taken': { severity: 'error', params: ['value'] },
  'round-sheet-unreadable': { severity: 'warning', params: ['value'] },
  'since-sheet-taken': { severity: 'warning', params: ['value'] },
  // The scheme sheet and drafting a scheme
  'scheme-value-missing': { severity: 'error', params: ['field'] },
  'scheme-value-invalid': { severity: 'error', params: ['field', 'value', 'reason'] },
  'scheme-guess': { severity: 'warning', params: ['field', 'value', 'source'] },
} as const satisfies Record<string, FindingSpec>;

export type FindingCode = keyof typeof FINDINGS;

export const FINDING_CODES = Object.keys(FINDINGS) as FindingCode[];

type Spec<C extends FindingCode> = (typeof FINDINGS)[C];
type OptionalNames<C extends FindingCode> = Spec<C> extends { readonly optional: readonly (infer O extends string)[] } ? O : never;

/** The parameters a finding of code C carries: each required one a string, the optional ones maybe. */
export type ParamsOf<C extends FindingCode> = { readonly [K in Spec<C>['params'][number]]: string } & {
  readonly [K in OptionalNames<C>]?: string;
};

export function severityOf(code: FindingCode): Severity {
  return FINDINGS[code].severity;
}
