import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { BridgeYear, changesSince, Since } from '../../src/core/rounds/since';
import { bo1AndNow, d, initiative, round } from '../helpers/since';
import { PriceIndex } from '../../src/core/scheme';
import { danishDate, initiativeFigures, movedIn, openingYear } from '../../src/taskpane/since-view';
import { suggestedRoundName } from '../../src/taskpane/round-name';
import { waterfallBars, waterfallDomain } from '../../src/taskpane/waterfall';
import { BAR_COLOURS } from '../../src/taskpane/WaterfallChart';
import { GAP_CHART_COLOURS } from '../../src/taskpane/GapChart';

const shown = (since: Since, year: number, minDecimals = 1): string[] => {
  const bridge = since.bridge[year];
  if (bridge === null || bridge === undefined) throw new Error('no bridge');
  return waterfallBars(bridge, since.round, since.priceStep, minDecimals).map((bar) => `${bar.label}: ${bar.shown} (${bar.kind})`);
};

describe('the waterfall of the bridge from the last round’s gap to today’s', () => {
  it('has a bar for the gap then, one per part and one for the gap now, with signed figures in Danish', () => {
    expect(shown(bo1AndNow(), 0)).toEqual([
      'Afvigelse ved BO1 2026: 4,0 (gap)',
      'Ændrede mål: +2,0 (widens)',
      'Ændret effekt af indsatser: -1,0 (narrows)',
      'Nye indsatser: -2,0 (narrows)',
      'Udgåede indsatser: +2,0 (widens)',
      'Afvigelse i dag: 5,0 (gap)',
    ]);
  });

  it('chains each step from where the last one ended, and the last step ends where today’s gap stands', () => {
    const since = bo1AndNow();
    const bars = waterfallBars(since.bridge[0] ?? (undefined as never), since.round, since.priceStep, 1);
    for (let i = 1; i < bars.length - 1; i += 1) expect(bars[i]?.start.toString()).toBe(bars[i - 1]?.end.toString());
    expect(bars[bars.length - 2]?.end.toString()).toBe(bars[bars.length - 1]?.end.toString());
    expect(bars[bars.length - 1]?.start.toString()).toBe('0');
    // From 4 up to 6, down to 3 and back to 5: the axis holds all of it and zero.
    expect(Object.values(waterfallDomain(bars)).map(String)).toEqual(['0', '6']);
  });

  it('shows the scheme’s minimum decimals, and more where a figure needs them', () => {
    expect(shown(bo1AndNow(), 0, 2)[1]).toBe('Ændrede mål: +2,00 (widens)');
    const index: PriceIndex = { source: 'KL', date: '', years: new Map([[2022, d('100')], [2023, d('104.3')]]) };
    const since = changesSince(round('BO1', [initiative('Kørsel', [[10, 5]])], [20]), round('nu', [initiative('Kørsel', [[10, 5]])], [20], '2023-priser'), index);
    // 20 − 5 = 15 in 2022-priser is 15,645 in 2023-priser: the price step has a bar of its own, to three decimals.
    expect(shown(since, 0)).toEqual([
      'Afvigelse ved BO1: 15,000 (gap)',
      'Omregnet til dagens prisniveau: +0,645 (widens)',
      'Ændrede mål: -0,860 (narrows)',
      'Ændret effekt af indsatser: +0,215 (widens)',
      'Nye indsatser: 0,000 (none)',
      'Udgåede indsatser: 0,000 (none)',
      'Afvigelse i dag: 15,000 (gap)',
    ]);
  });
});

describe('the initiatives then and now', () => {
  it('shows the moved ones by default: new, dropped, or with another effect or gap', () => {
    const since = bo1AndNow();
    expect(since.initiatives.map((i) => `${i.name} ${movedIn(i, 0)} ${movedIn(i, 1)}`)).toEqual(['Kørsel true false', 'Cafe true true', 'Indkøb false false', 'Botilbud true true']);
    const rows = initiativeFigures(since, 0, 1);
    expect(rows.moved.map((row) => [row.name, ...row.effect, ...row.gap].join(' | '))).toEqual([
      'Kørsel | 3,0 | 4,0 | 1,0 | 1,0 | 0,0 | -1,0',
      'Cafe | 2,0 | 2,0 | 0,0 | 0,0 | 0,0 | 0,0',
      'Botilbud | – | 2,0 | 2,0 | – | 1,0 | 1,0',
    ]);
    expect(rows.all).toHaveLength(4);
  });

  it('opens on the latest year up to this one with a bridge, the plan’s own group first', () => {
    const since = bo1AndNow();
    expect(openingYear(since, new Date(2024, 5, 1))).toBe(0);
    expect(openingYear(since, new Date(2031, 5, 1))).toBe(1);
    expect(openingYear(since, new Date(2020, 5, 1))).toBe(0);
    const withGroup = { ...since, bridge: [since.bridge[0] ?? null, null, { ...(since.bridge[1] as BridgeYear), label: 'B2024' }] };
    expect(openingYear(withGroup, new Date(2026, 5, 1))).toBe(0);
  });

  it('writes a round’s date as Danes do', () => {
    expect(danishDate('2026-11-30')).toBe('30.11.2026');
  });
});

describe('the name the pane suggests for the next round', () => {
  it('counts on within the year and starts again at 1 in a new one', () => {
    expect(suggestedRoundName(undefined, 2026)).toBe('BO1 2026');
    expect(suggestedRoundName('BO1 2026', 2026)).toBe('BO2 2026');
    expect(suggestedRoundName('BO3 2026', 2027)).toBe('BO1 2027');
    expect(suggestedRoundName('Opfølgning 2', 2026)).toBe('Opfølgning 3');
    expect(suggestedRoundName('Forår', 2026)).toBe('BO1 2026');
  });
});

describe('the charts’ colours', () => {
  /** WCAG's relative luminance of a #rrggbb colour. */
  const luminance = (hex: string): number => {
    const [r = 0, g = 0, b = 0] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const contrast = (a: string, b: string): number => {
    const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
    return (light + 0.05) / (dark + 0.05);
  };

  it.each([
    ['light', webLightTheme],
    ['dark', webDarkTheme],
  ])('stand at least 3:1 against the pane’s background in Office’s %s theme', (_, theme) => {
    for (const colour of [...Object.values(BAR_COLOURS), ...Object.values(GAP_CHART_COLOURS)]) expect(contrast(theme[colour], theme.colorNeutralBackground1)).toBeGreaterThanOrEqual(3);
  });
});
