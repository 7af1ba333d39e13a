import { Decimal } from '../decimal';
import { sum } from '../decimal-sum';
import { Finding, finding } from '../findings';
import { formatLoneFigure } from '../money';
import { positionOf, ValueCell } from '../plan-table';

/**
 * The sum of parts (realised effect in parts, a budget change's components), checked against the sum the
 * sheet states where it states one and every part is known; placed at the stated sum's cell. With no known
 * part, the stated sum as it is.
 */
export function checkedSum(
  sheet: string,
  parts: readonly ValueCell[],
  stated: ValueCell | undefined,
  minDecimals: number,
  findings: Finding[],
): ValueCell | undefined {
  const known = parts.map((p) => p.value).filter((v): v is Decimal => v !== null);
  if (known.length === 0) return stated;
  const total = sum(known);
  if (stated?.value != null && known.length === parts.length && !stated.value.equals(total)) {
    findings.push(
      finding('stated-total-mismatch', { sheet, position: positionOf(stated) }, {
        value: formatLoneFigure(stated.value, minDecimals),
        expected: formatLoneFigure(total, minDecimals),
        difference: formatLoneFigure(stated.value.minus(total), minDecimals),
      }),
    );
  }
  const at = stated ?? parts[0];
  return at === undefined ? undefined : { ...at, value: total };
}
