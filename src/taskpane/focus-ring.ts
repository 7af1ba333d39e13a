import { makeStyles, tokens } from '@fluentui/react-components';

/**
 * A ring around a list control while it has focus: Fluent's own mark, a line under the control, is too
 * thin to find at a glance in a narrow pane.
 */
export const useFocusRing = makeStyles({
  ring: { ':focus-within': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' } },
});
