import { makeStyles, tokens } from '@fluentui/react-components';

/** The look of the pane's tables of figures, one for all of them. */
export const useTableStyles = makeStyles({
  // A table wider than the pane scrolls inside its own frame; the pane itself never scrolls sideways.
  frame: {
    overflowX: 'auto',
    maxWidth: '100%',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  figure: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  /** A figure column's heading: right-aligned as its figures, Fluent's inner box too. */
  figureHeader: { textAlign: 'right', whiteSpace: 'nowrap', '& > button, & > div': { justifyContent: 'flex-end' } },
});
