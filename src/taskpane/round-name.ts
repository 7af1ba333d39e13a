/**
 * The name the pane suggests for the next follow-up round, from the last one's: "BO1 2026" → "BO2 2026" within the
 * year, "BO1 2027" in a new one; a name ending in a number counts on ("Opfølgning 2" → "Opfølgning 3"). The first
 * round of a plan, or one named otherwise, is "BO1 <year>" (budgetopfølgning 1). The user may type any name.
 */
export function suggestedRoundName(last: string | undefined, year: number): string {
  const numbered = last === undefined ? null : /^(\D*?)(\d{1,3})(\D+)(\d{4})$/.exec(last.trim());
  if (numbered !== null) {
    const [, prefix = '', count = '0', between = '', stated = ''] = numbered;
    return Number(stated) === year ? `${prefix}${Number(count) + 1}${between}${stated}` : `${prefix}1${between}${year}`;
  }
  const counted = last === undefined ? null : /^(.*\D)(\d{1,3})$/.exec(last.trim());
  if (counted !== null) return `${counted[1] ?? ''}${Number(counted[2]) + 1}`;
  return `BO1 ${year}`;
}
