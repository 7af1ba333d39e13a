import { Category, normaliseLabel, Scheme } from './scheme';

export type CategoryMatch =
  /** Written exactly as the scheme's label or one of its aliases. */
  | { readonly kind: 'exact'; readonly category: Category }
  /** Same words, other case or spacing: counted, with a fix to the scheme's spelling. */
  | { readonly kind: 'spelling'; readonly category: Category }
  /** Not in the scheme; the nearest category, when one is near enough to suggest. */
  | { readonly kind: 'unknown'; readonly suggestion?: Category };

export function matchCategory(text: string, scheme: Scheme): CategoryMatch {
  const trimmed = text.trim();
  for (const category of scheme.categories) {
    if ([category.label, category.code, ...category.aliases].includes(trimmed)) return { kind: 'exact', category };
  }
  const wanted = normaliseLabel(text);
  for (const category of scheme.categories) {
    const names = [category.label, category.code, ...category.aliases].map(normaliseLabel);
    if (names.includes(wanted)) return { kind: 'spelling', category };
  }
  const suggestion = nearestCategory(wanted, scheme.categories);
  return suggestion === undefined ? { kind: 'unknown' } : { kind: 'unknown', suggestion };
}

/** The category whose label or alias is nearest by edit distance, if within a third of its length. */
function nearestCategory(wanted: string, categories: readonly Category[]): Category | undefined {
  let best: { category: Category; distance: number } | undefined;
  for (const category of categories) {
    for (const name of [category.label, ...category.aliases].map(normaliseLabel)) {
      const distance = editDistance(wanted, name);
      if (distance <= Math.max(2, Math.floor(name.length / 3)) && (best === undefined || distance < best.distance)) {
        best = { category, distance };
      }
    }
  }
  return best?.category;
}

/** Levenshtein distance, two rows at a time. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
