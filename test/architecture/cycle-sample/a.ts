// A sample for the cycle check: a and b import each other's types only.
import type { B } from './b';
export type A = { b?: B };
