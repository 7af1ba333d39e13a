import { readFileSync } from 'node:fs';
import { Scheme } from '../../src/core/scheme';
import { schemeFromJson } from '../../src/core/scheme-json';
import { EXAMPLE_SCHEME } from './paths';

/** The Hedensted scheme shipped with the project. */
export function hedenstedScheme(): Scheme {
  const read = schemeFromJson(JSON.parse(readFileSync(EXAMPLE_SCHEME, 'utf8')), 'scheme.json');
  if (read.scheme === undefined) throw new Error(`Example scheme is invalid: ${read.findings.map((f) => f.message).join('; ')}`);
  return read.scheme;
}
