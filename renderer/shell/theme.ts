import {
  Button,
  type CSSVariablesResolver,
  createTheme,
  DEFAULT_THEME,
  Drawer,
  type MantineColorsTuple,
  Modal,
} from '@mantine/core';

/** WCAG relative luminance of `#rrggbb`. */
function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = [1, 3, 5].map((i) => {
    const v = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

/** `hex` mixed towards black (same hue) until it reaches `ratio` against white and against `tint`. */
function darkenTo(hex: string, ratio: number, tint: string): string {
  let colour = hex;
  for (let k = 1; k <= 100 && (contrast(colour, '#ffffff') < ratio || contrast(colour, tint) < ratio); k++) {
    colour = `#${[1, 3, 5]
      .map((i) =>
        Math.round(Number.parseInt(hex.slice(i, i + 2), 16) * (1 - k / 100))
          .toString(16)
          .padStart(2, '0'),
      )
      .join('')}`;
  }
  return colour;
}

/**
 * The palette with shades 6–9 dark enough for text: shade 6 (filled buttons, badges and coloured text)
 * reaches 4.5:1 against white and against the palette's own light tints (shades 0–1, the background of
 * light badges and alerts, whose text is shade 9). Shades 0–5 stay as Mantine has them.
 */
function readable(palette: MantineColorsTuple): MantineColorsTuple {
  const [s0, s1, s2, s3, s4, s5, s6, s7, s8, s9] = palette;
  return [
    s0,
    s1,
    s2,
    s3,
    s4,
    s5,
    darkenTo(s6, 4.6, s1),
    darkenTo(s7, 5.2, s1),
    darkenTo(s8, 6, s1),
    darkenTo(s9, 7, s1),
  ];
}

const colors = Object.fromEntries(
  Object.entries(DEFAULT_THEME.colors)
    .filter(([name]) => name !== 'dark')
    .map(([name, palette]) => [name, readable(palette)]),
);

/** Every colour on screen is chosen here once, to meet WCAG AA in light mode. */
export const theme = createTheme({
  primaryColor: 'teal',
  colors,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif',
  defaultRadius: 'sm',
  components: {
    // A button keeps its label whole: in a row that runs out of room the text beside it wraps instead.
    Button: Button.extend({ styles: { root: { flexShrink: 0 } } }),
    // The icon-only close button of every dialog and drawer gets a name.
    // Their <header> is not a second banner of the page.
    Modal: Modal.extend({
      defaultProps: { closeButtonProps: { 'aria-label': 'Tutup' }, attributes: { header: { role: 'none' } } },
    }),
    Drawer: Drawer.extend({
      defaultProps: { closeButtonProps: { 'aria-label': 'Tutup' }, attributes: { header: { role: 'none' } } },
    }),
  },
});

/** Secondary ("dimmed") text: gray 7 instead of gray 6 (3.3:1 on white). */
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: { '--mantine-color-dimmed': t.colors.gray[7] ?? '#495057' },
  dark: {},
});
