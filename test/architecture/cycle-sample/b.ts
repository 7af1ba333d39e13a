// A sample for the cycle check: a and b import each other's types only.
import type { A } from './a';
export type B = { a?: A };
