import { Decimal } from './decimal';
import { PriceIndex } from './scheme';

/** A step from one year's prices to another's, by the scheme's price index. */
export interface PriceStep {
  readonly fromYear: number;
  readonly toYear: number;
  readonly fromIndex: Decimal;
  readonly toIndex: Decimal;
}

/** The step from one year's prices to another's; undefined where the index lacks either year. */
export function priceStep(index: PriceIndex | undefined, fromYear: number, toYear: number): PriceStep | undefined {
  const fromIndex = index?.years.get(fromYear);
  const toIndex = index?.years.get(toYear);
  return fromIndex === undefined || toIndex === undefined ? undefined : { fromYear, toYear, fromIndex, toIndex };
}

/** An amount in the step's first year's prices, in its second's: × that year's index ÷ the first year's. */
export function inPricesOf(value: Decimal, step: PriceStep): Decimal {
  return value.times(step.toIndex).dividedBy(step.fromIndex);
}
