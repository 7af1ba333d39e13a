import { FINDING_CODES, FINDINGS, FindingCode, ParamsOf } from '../../src/core/codes';
import { finding } from '../../src/core/findings';
import { MESSAGES_DA } from '../../src/messages/da';
import { FINDING_KIND_DA } from '../../src/messages/finding-kinds-da';

/** Exactly the parameters a code declares, each with a value of its own so the message shows which it used. */
function declaredParams(code: FindingCode): Record<string, string> {
  const spec: { params: readonly string[] } = FINDINGS[code];
  return Object.fromEntries(spec.params.map((name) => [name, `<${name}>`]));
}

const message = (code: FindingCode, params: Record<string, string>): string =>
  (MESSAGES_DA[code] as (p: Record<string, string>) => string)(params);

/** Codes whose message does not repeat the cell's content: `value` is shown beside it as the finding's value. */
const VALUE_SHOWN_BESIDE: readonly FindingCode[] = ['amount-formula-without-value'];
/** Parameters that choose the words rather than being shown, with two of the values they take. */
const CHOICES: Record<string, [string, string]> = {
  sign: ['negative', 'positive'],
  planSign: ['negative', 'positive'],
  direction: ['over', 'short'],
  reason: ['text-number', 'comment'],
};

describe('Danish messages', () => {
  it.each(FINDING_CODES)('has a message for %s that fills every blank from the parameters its code declares', (code) => {
    const text = message(code, declaredParams(code));
    expect(text.trim().length).toBeGreaterThan(10);
    expect(text).not.toMatch(/undefined|\$\{|»«|\.\./);
  });

  it.each(FINDING_CODES)('shows in the message of %s every parameter its code declares', (code) => {
    const text = message(code, declaredParams(code));
    const unused = Object.keys(declaredParams(code)).filter((name) => !text.includes(`<${name}>`));
    const choices = unused.filter((name) => name in CHOICES);
    expect(unused.filter((name) => !choices.includes(name))).toEqual(VALUE_SHOWN_BESIDE.includes(code) ? ['value'] : []);
    for (const name of choices) {
      const [one, other] = CHOICES[name] as [string, string];
      const worded = (value: string): string => message(code, { ...declaredParams(code), [name]: value });
      expect(worded(one)).not.toEqual(worded(other));
    }
  });

  it.each(FINDING_CODES)('never ends a sentence twice in %s after a unit that ends with a stop, as »mio. kr.« does', (code) => {
    const params = Object.fromEntries(Object.keys(declaredParams(code)).map((name) => [name, ['unit', 'from', 'to'].includes(name) ? 'mio. kr.' : `<${name}>`]));
    expect(message(code, params)).not.toMatch(/\.\./);
  });

  it('fails to compile a finding made without a parameter its message needs, or with one it does not know', () => {
    const place = { sheet: 'Ark' };
    // @ts-expect-error: column-missing needs the column's name
    expect(() => finding('column-missing', place, {})).not.toThrow();
    // @ts-expect-error: column-missing has no parameter "colum"
    expect(() => finding('column-missing', place, { column: 'kategori', colum: 'x' })).not.toThrow();
    // @ts-expect-error: stated-total-mismatch needs value, expected and difference
    expect(() => finding('stated-total-mismatch', place)).not.toThrow();
    const optional: ParamsOf<'category-unknown'> = { value: 'Ældre' };
    expect(finding('category-unknown', place, optional).message).toContain('»Ældre«');
    expect(finding('sheet-empty', place).message).toContain('tomt');
  });

  it('names a column by its letters, not by the cell its header is in', () => {
    expect(MESSAGES_DA['column-duplicate']({ header: 'Nr.', first: 'A4' })).toBe('Kolonnen »Nr.« betyder det samme som kolonne A. Kun den første bruges.');
  });

  it('has no message for a code that does not exist', () => {
    expect(Object.keys(MESSAGES_DA).sort()).toEqual([...FINDING_CODES].sort());
  });

  it('names every kind of finding, each differently, for the pane’s headings', () => {
    expect(Object.keys(FINDING_KIND_DA).sort()).toEqual([...FINDING_CODES].sort());
    expect(new Set(Object.values(FINDING_KIND_DA)).size).toBe(FINDING_CODES.length);
  });
});
