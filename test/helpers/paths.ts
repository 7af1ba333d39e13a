import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');
export const EXAMPLE_WORKBOOK = join(ROOT, 'examples', 'hedensted', 'hedensted-handleplan-2023-2026.xlsx');
export const EXAMPLE_SCHEME = join(ROOT, 'examples', 'hedensted', 'scheme.json');
export const GOLDEN_BILAG1 = join(ROOT, '..', 'shared', 'golden', 'hedensted-bilag1.tsv');
export const SOURCE_SHEET = 'Handleplan 2023-2026';
