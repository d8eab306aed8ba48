import { createUnifiedTheme, palettes } from '@backstage/theme';
import { getContrastRatio } from '@material-ui/core/styles';
import { Tone, toneColor } from './chips';

const TONES: Tone[] = [
  'success',
  'warning',
  'error',
  'info',
  'neutral',
  'purple',
  'brown',
  'pink',
];

describe('toneColor', () => {
  // axe found "Succeeded" on a shaded audit row under 4.5:1; chips sit on
  // white, striped, hovered and selected rows alike.
  it.each([
    ['light', palettes.light, '#ebebeb'],
    ['dark', palettes.dark, '#4a4a4a'],
  ])(
    'reads at WCAG AA on a %s theme, on a shaded row under the tint',
    (_, palette, shadedRow) => {
      const theme = createUnifiedTheme({ palette }).getTheme('v4') as any;
      for (const tone of TONES) {
        const color = toneColor(theme, tone);
        // The tint is at most 12% of a mid colour: the row itself is the
        // worst case the text must read on, less than the tint darkens it.
        expect(getContrastRatio(color, shadedRow)).toBeGreaterThanOrEqual(4.5);
      }
    },
  );
});
