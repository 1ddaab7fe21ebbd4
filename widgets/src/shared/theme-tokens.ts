/**
 * The public theming contract: every `--cw-*` custom property, what it means and its value per
 * theme. theme.styles.ts builds the CSS from this table and THEMING.md documents it (a test keeps
 * the two in step). A host overrides any token by setting it on the element or an ancestor.
 */
export interface ThemeToken {
  readonly name: `--cw-${string}`;
  readonly meaning: string;
  readonly light: string;
  readonly dark: string;
  readonly highContrast: string;
  /** Windows High Contrast / forced-colors: system colours, so the user's palette wins. */
  readonly forced?: string;
}

export const themeTokens: readonly ThemeToken[] = [
  {
    name: '--cw-color-surface',
    meaning: 'Widget background',
    light: '#ffffff',
    dark: '#16181d',
    highContrast: '#000000',
    forced: 'Canvas',
  },
  {
    name: '--cw-color-surface-muted',
    meaning: 'Chips, skeleton bones, subtle fills',
    light: '#eef1f5',
    dark: '#262a31',
    highContrast: '#000000',
    forced: 'Canvas',
  },
  {
    name: '--cw-color-text',
    meaning: 'Body text',
    light: '#1b1f24',
    dark: '#e8eaed',
    highContrast: '#ffffff',
    forced: 'CanvasText',
  },
  {
    name: '--cw-color-text-muted',
    meaning: 'Secondary text (≥ 4.5:1 on both surfaces)',
    light: '#545e69',
    dark: '#aab3bd',
    highContrast: '#ffffff',
    forced: 'CanvasText',
  },
  {
    name: '--cw-color-border',
    meaning: 'Outlines and dividers',
    light: '#d0d7de',
    dark: '#3b4048',
    highContrast: '#ffffff',
    forced: 'CanvasText',
  },
  {
    name: '--cw-color-accent',
    meaning: 'Buttons, links, avatar',
    light: '#0b57d0',
    dark: '#a8c7fa',
    highContrast: '#ffd600',
    forced: 'LinkText',
  },
  {
    name: '--cw-color-on-accent',
    meaning: 'Text and icons on the accent colour',
    light: '#ffffff',
    dark: '#062e6f',
    highContrast: '#000000',
    forced: 'Canvas',
  },
  {
    name: '--cw-color-danger',
    meaning: 'Error text and icons',
    light: '#b3261e',
    dark: '#ffb4ab',
    highContrast: '#ff9e94',
    forced: 'CanvasText',
  },
  {
    name: '--cw-color-focus',
    meaning: 'Focus ring',
    light: '#0b57d0',
    dark: '#a8c7fa',
    highContrast: '#ffd600',
    forced: 'Highlight',
  },
  {
    name: '--cw-font-family',
    meaning: 'Typeface (inherits the host page’s)',
    light: 'inherit',
    dark: 'inherit',
    highContrast: 'inherit',
  },
  {
    name: '--cw-font-size',
    meaning: 'Base text size (inherits the host page’s)',
    light: 'inherit',
    dark: 'inherit',
    highContrast: 'inherit',
  },
  {
    name: '--cw-font-size-small',
    meaning: 'Secondary text size',
    light: '0.875em',
    dark: '0.875em',
    highContrast: '0.875em',
  },
  {
    name: '--cw-font-size-large',
    meaning: 'Headings inside a widget',
    light: '1.125em',
    dark: '1.125em',
    highContrast: '1.125em',
  },
  {
    name: '--cw-font-weight-strong',
    meaning: 'Names, headings, buttons',
    light: '600',
    dark: '600',
    highContrast: '700',
  },
  { name: '--cw-line-height', meaning: 'Line height', light: '1.5', dark: '1.5', highContrast: '1.5' },
  {
    name: '--cw-radius',
    meaning: 'Cards and panels',
    light: '0.75em',
    dark: '0.75em',
    highContrast: '0.25em',
  },
  {
    name: '--cw-radius-small',
    meaning: 'Buttons and inputs',
    light: '0.375em',
    dark: '0.375em',
    highContrast: '0.25em',
  },
  {
    name: '--cw-radius-pill',
    meaning: 'Chips and avatars',
    light: '999px',
    dark: '999px',
    highContrast: '999px',
  },
  {
    name: '--cw-space-1',
    meaning: 'Spacing step 1 (tight)',
    light: '0.25em',
    dark: '0.25em',
    highContrast: '0.25em',
  },
  { name: '--cw-space-2', meaning: 'Spacing step 2', light: '0.5em', dark: '0.5em', highContrast: '0.5em' },
  {
    name: '--cw-space-3',
    meaning: 'Spacing step 3',
    light: '0.75em',
    dark: '0.75em',
    highContrast: '0.75em',
  },
  {
    name: '--cw-space-4',
    meaning: 'Spacing step 4 (card padding)',
    light: '1em',
    dark: '1em',
    highContrast: '1em',
  },
  { name: '--cw-border-width', meaning: 'Outline width', light: '1px', dark: '1px', highContrast: '2px' },
  {
    name: '--cw-focus-ring-width',
    meaning: 'Focus ring width',
    light: '2px',
    dark: '2px',
    highContrast: '3px',
  },
  {
    name: '--cw-shadow',
    meaning: 'Card elevation',
    light: '0 1px 3px rgb(0 0 0 / 0.12)',
    dark: 'none',
    highContrast: 'none',
  },
];

export type ThemeName = 'auto' | 'light' | 'dark' | 'high-contrast';
export const themeNames: readonly ThemeName[] = ['auto', 'light', 'dark', 'high-contrast'];
