/** Every finding the core can report, with its severity. Messages live in src/messages. */
export type Severity = 'error' | 'warning' | 'info';

export const FINDING_SEVERITY = {
  // The sheet and its table
  'sheet-empty': 'error',
  'header-not-found': 'error',
  'column-missing': 'error',
  'column-duplicate': 'warning',
  'column-ignored': 'info',
  'year-outside-period': 'warning',
  'merged-cells-in-table': 'warning',
  'hidden-row-counted': 'info',
  'hidden-column-read': 'info',
  'another-table-below': 'warning',
  'row-read-as-note': 'info',
  'table-unit-converted': 'info',
  'unit-unclear': 'warning',
  'table-sign-converted': 'info',
  'sign-unclear': 'warning',
  // Amount cells
  'amount-text-number': 'warning',
  'amount-not-a-number': 'error',
  'amount-not-stated': 'warning',
  'amount-too-large': 'error',
  'amount-with-comment': 'warning',
  'amount-foreign-separators': 'error',
  'amount-bad-grouping': 'error',
  'amount-ambiguous': 'error',
  'amount-formula-error': 'error',
  'amount-formula-without-value': 'warning',
  'amount-is-date': 'error',
  'amount-unit-converted': 'info',
  'amount-in-activity': 'warning',
  'amount-suspicious-magnitude': 'warning',
  'amount-negative-not-allowed': 'warning',
  'amounts-mostly-negative': 'warning',
  'start-date-invalid': 'error',
  // Names, numbers and categories
  'name-missing': 'error',
  'category-missing': 'error',
  'category-unknown': 'error',
  'category-not-canonical': 'warning',
  'number-duplicate': 'error',
  // Totals and targets
  'stated-total-agrees': 'info',
  'stated-total-mismatch': 'error',
  'plan-total-misses-target': 'warning',
  'effect-missing': 'warning',
  'effect-not-available': 'info',
  // Writing back
  'output-blocked': 'error',
  'output-edited': 'error',
  'bilag-sheet-taken': 'error',
  // The scheme sheet and drafting a scheme
  'scheme-value-missing': 'error',
  'scheme-value-invalid': 'error',
  'scheme-guess': 'warning',
} as const satisfies Record<string, Severity>;

export type FindingCode = keyof typeof FINDING_SEVERITY;

export const FINDING_CODES = Object.keys(FINDING_SEVERITY) as FindingCode[];
