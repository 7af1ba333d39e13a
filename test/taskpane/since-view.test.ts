import { readFileSync } from 'node:fs';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createElement, ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { XlsxWorkbook } from '../../src/adapters/xlsx/xlsx-workbook';
import { analysePlan } from '../../src/core/plan';
import { GapTable } from '../../src/taskpane/PlanTables';
import { SinceView } from '../../src/taskpane/SinceView';
import { waterfallBars } from '../../src/taskpane/waterfall';
import { WaterfallChart } from '../../src/taskpane/WaterfallChart';
import { changesSince } from '../../src/core/rounds/since';
import { PriceIndex, Scheme } from '../../src/core/scheme';
import { bo1AndNow, d, initiative, round } from '../helpers/since';
import { EXAMPLE_WORKBOOK } from '../helpers/paths';
import { hedenstedScheme } from '../helpers/scheme';

/** The pane's markup for a component, as the browser gets it first. */
const markup = (element: ReactElement): string => renderToStaticMarkup(createElement(FluentProvider, { theme: webLightTheme }, element));

/** The text of each row of a table in the markup (the first, or the one of that test id), its cells joined by " | ". */
function tableRows(html: string, testId: string): string[] {
  const table = new RegExp(`<table[^>]*${testId === '' ? '' : `data-testid="${testId}"`}[^>]*>([\\s\\S]*?)</table>`).exec(html)?.[1] ?? '';
  return [...table.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...(row[1] ?? '').matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) => (cell[1] ?? '').replace(/<[^>]+>/g, '').replace(/&gt;/g, '>')).join(' | '),
  );
}

const withDecimals = (scheme: Scheme, minDecimals: number): Scheme => ({ ...scheme, bilag1: { ...scheme.bilag1, minDecimals } });

describe('the view of what moved since the last round', () => {
  const html = markup(createElement(SinceView, { since: bo1AndNow(), scheme: hedenstedScheme() }));

  it('names the last round and its date', () => {
    expect(html).toContain('Ændringer siden BO1 2026');
    expect(html).toContain('Sidste opfølgning: BO1 2026, lukket 30.06.2026.');
  });

  it('draws the waterfall as one image whose name reads every bar’s exact figure', () => {
    const label = /<svg[^>]*role="img"[^>]*aria-label="([^"]*)"[^>]*data-testid="waterfall"/.exec(html)?.[1];
    expect(label).toBe(
      'Fra afvigelsen ved BO1 2026 til i dag, 2025 (mio. kr., 2022-priser). Afvigelse ved BO1 2026: 3,0; Ændrede mål: 0,0; Ændret effekt af indsatser: 0,0; Nye indsatser: -3,0; Udgåede indsatser: +2,0; Afvigelse i dag: 2,0',
    );
  });

  it('gives every year’s bridge as a table beside the chart, with the chart’s figures', () => {
    expect(tableRows(html, 'bridge-table')).toEqual([
      'mio. kr. | 2024 | 2025',
      'Afvigelse ved BO1 2026 | 4,0 | 3,0',
      'Ændrede mål | +2,0 | 0,0',
      'Ændret effekt af indsatser | -1,0 | 0,0',
      'Nye indsatser | -2,0 | -3,0',
      'Udgåede indsatser | +2,0 | +2,0',
      'Afvigelse i dag | 5,0 | 2,0',
    ]);
  });

  it('lists only the initiatives that moved in the year shown, each with its own small table, in the scheme’s minimum decimals', () => {
    const shown = markup(createElement(SinceView, { since: bo1AndNow(), scheme: withDecimals(hedenstedScheme(), 2) }));
    const initiatives = [...shown.matchAll(/<li data-testid="since-initiative">([\s\S]*?)<\/li>/g)].map((item) => item[1] ?? '');
    expect(initiatives.map((item) => item.split('<table')[0]?.replace(/<[^>]+>/g, '').trim())).toEqual(['Cafe Udgået', 'Botilbud Ny']);
    expect(initiatives[1]).toContain('aria-label="Botilbud, 2025"');
    expect(tableRows(initiatives[1] ?? '', '')).toEqual(['2025 | Før | Nu | Ændring', 'Effekt | – | 3,00 | 3,00', 'Afvigelse | – | 0,00 | 0,00']);
    expect(shown).toContain('Vis alle 4 indsatser');
  });
});

describe('a long plan whose every initiative moved', () => {
  it('shows the first 25 initiatives and offers the rest a page at a time', () => {
    const names = Array.from({ length: 30 }, (_, i) => `Indsats ${i + 1}`);
    const since = changesSince(
      round('BO1', names.map((name) => initiative(name, [[2, 1]])), [60]),
      round('nu', names.map((name) => initiative(name, [[2, 2]])), [60]),
      undefined,
    );
    const html = markup(createElement(SinceView, { since, scheme: hedenstedScheme() }));
    expect(html.match(/data-testid="since-initiative"/g)).toHaveLength(25);
    expect(html).toContain('Vis 5 flere (af 5)');
  });
});

describe('the view when the two rounds are in different price levels', () => {
  const kørsel = (): ReturnType<typeof initiative> => initiative('Kørsel', [[10, 5]]);

  it('says the last round was converted by the scheme’s index, and shows the step as a bar of its own', () => {
    const index: PriceIndex = { source: 'KL', date: '', years: new Map([[2022, d('100')], [2023, d('104.3')]]) };
    const html = markup(createElement(SinceView, { since: changesSince(round('BO1', [kørsel()], [20]), round('nu', [kørsel()], [20], '2023-priser'), index), scheme: hedenstedScheme() }));
    expect(html).toContain('Sidste opfølgning er omregnet fra 2022-priser til 2023-priser efter skemaets prisindeks (100,0 → 104,3).');
    expect(tableRows(html, 'bridge-table')[2]).toBe('Omregnet til dagens prisniveau | +0,645');
  });

  it('warns that nothing was converted where the index lacks a year', () => {
    const html = markup(createElement(SinceView, { since: changesSince(round('BO1', [kørsel()], [20]), round('nu', [kørsel()], [20], '2023-priser'), undefined), scheme: hedenstedScheme() }));
    expect(html).toContain('skemaets prisindeks mangler, så intet er omregnet');
  });
});

describe('the gap table in the Beregn step', () => {
  it('states the plan’s unit and price level, and shows the scheme’s minimum decimals', async () => {
    const workbook = await XlsxWorkbook.fromBuffer(readFileSync(EXAMPLE_WORKBOOK));
    const sheet = (await workbook.facts()).sheetNames[0] ?? '';
    const scheme = withDecimals(hedenstedScheme(), 2);
    const { computation } = analysePlan(await workbook.readSheet(sheet), scheme, { sheetNames: [sheet] });
    if (computation === undefined) throw new Error('The example plan has no computation');
    const html = markup(createElement(GapTable, { computation, scheme }));
    expect(html).toContain('aria-label="Planlagt, effekt og mangler pr. år (mio. kr., 2022-priser)"');
    // Hedensted's 2023 in two decimals at least: its figures need two, the scheme asks for two.
    expect(/<tr[^>]*><td[^>]*>2023<\/td>.*?<\/tr>/.exec(html)?.[0].replace(/<[^>]+>/g, ' ').trim().split(/\s+/)).toEqual(['2023', '5,00', '4,95', '0,05']);
  });
});

describe('the waterfall at a pane’s width', () => {
  it('keeps every bar and figure inside the chart, also where the plan delivers more than planned (a gap below zero)', () => {
    // The gap goes from −4,50 (more than planned) to 1.230,25 (long figures): bars on both sides of zero.
    const since = changesSince(round('BO1', [initiative('Kørsel', [[10, 14.5]])], [10]), round('nu', [initiative('Kørsel', [[10, 2]]), initiative('Botilbud', [[1228.25, 2]])], [1234.25]), undefined);
    const bridge = since.bridge[0];
    if (bridge === null || bridge === undefined) throw new Error('no bridge');
    const svg = markup(createElement(WaterfallChart, { bars: waterfallBars(bridge, since.round, since.priceStep, 1), title: 'BO1' }));
    const width = Number(/viewBox="0 0 (\d+)/.exec(svg)?.[1]);
    const rects = [...svg.matchAll(/<rect x="([-\d.]+)" y="[-\d.]+" width="([-\d.]+)"/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
    expect(rects).toHaveLength(6);
    for (const [x, w] of rects) expect([x >= 0, x + w <= width]).toEqual([true, true]);
    const figures = [...svg.matchAll(/<text x="([-\d.]+)"[^>]*style="font-variant-numeric:tabular-nums"[^>]*>([^<]*)<\/text>/g)].map((m) => [Number(m[1]), m[2] ?? ''] as const);
    expect(figures.map(([, text]) => text)).toEqual(['-4,50', '+1.224,25', '+12,50', '-2,00', '0,00', '1.230,25']);
    for (const [x, text] of figures) expect(x + text.length * 7.5).toBeLessThanOrEqual(width);
  });
});
