/** Why a result was written as a value instead of a formula, as the formula-not-live finding says it. */
export type NotLiveReason =
  | 'text-number'
  | 'comment'
  | 'text-date'
  | 'date'
  | 'not-a-date'
  | 'formula-without-value'
  | 'too-large'
  | 'several-columns'
  | 'too-long';
