import { FINDING_CODES } from '../../src/core/codes';
import { FINDING_KIND_DA, MESSAGES_DA } from '../../src/messages/da';

const SAMPLE = {
  value: '8,3', number: '8,3', header: 'Bemærkning', first: 'A5', column: 'kategori', year: '2023', period: '2023-2026',
  range: 'A1:B2', from: 'kr.', to: 'mio. kr.', unit: 'mio. kr.', category: 'Afregningsmodel', suggestion: 'Kontraktforhandling',
  columns: 'E38, F38', expected: '5,0', difference: '0,1', total: '4,9', target: '5,0', field: 'plan.unit', reason: 'ukendt', source: 'titlen',
  comment: 'pr 3. kvartal 2016', statements: '»Beløb i 1.000 kr.« i A1', sign: 'negative', planSign: 'positive', last: '12', negative: '9', all: '10',
};

describe('Danish messages', () => {
  it.each(FINDING_CODES)('has a message for %s that fills every blank', (code) => {
    const message = MESSAGES_DA[code](SAMPLE);
    expect(message.trim().length).toBeGreaterThan(10);
    expect(message).not.toMatch(/undefined|\$\{|»«/);
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
