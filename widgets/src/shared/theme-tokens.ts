/**
 * The public theming contract: every `--cw-*` custom property and its value per theme, with what
 * it means in a comment above it. theme.styles.ts builds the CSS from this table and THEMING.md
 * documents it (a test keeps the two in step). The meanings are comments rather than a field so
 * that every widget bundle does not ship them (the size budget). A host overrides any
 * token by setting it on the element or an ancestor.
 */
export interface ThemeToken {
  readonly name: `--cw-${string}`;
  readonly light: string;
  /** Absent: the same as in the light theme. */
  readonly dark?: string;
  /** Absent: the same as in the light theme. */
  readonly highContrast?: string;
  /** Windows High Contrast / forced-colors: system colours, so the user's palette wins. */
  readonly forced?: string;
}

export const themeTokens: readonly ThemeToken[] = [
  /** Widget background */
  {
    name: '--cw-color-surface',
    light: '#ffffff',
    dark: '#16181d',
    highContrast: '#000000',
    forced: 'Canvas',
  },
  /** Chips, skeleton bones, subtle fills */
  {
    name: '--cw-color-surface-muted',
    light: '#eef1f5',
    dark: '#262a31',
    highContrast: '#000000',
    forced: 'Canvas',
  },
  /** Body text */
  {
    name: '--cw-color-text',
    light: '#1b1f24',
    dark: '#e8eaed',
    highContrast: '#ffffff',
    forced: 'CanvasText',
  },
  /** Secondary text (≥ 4.5:1 on both surfaces) */
  {
    name: '--cw-color-text-muted',
    light: '#545e69',
    dark: '#aab3bd',
    highContrast: '#ffffff',
    forced: 'CanvasText',
  },
  /** Outlines and dividers */
  {
    name: '--cw-color-border',
    light: '#d0d7de',
    dark: '#3b4048',
    highContrast: '#ffffff',
    forced: 'CanvasText',
  },
  /** Buttons, links, avatar */
  {
    name: '--cw-color-accent',
    light: '#0b57d0',
    dark: '#a8c7fa',
    highContrast: '#ffd600',
    forced: 'LinkText',
  },
  /** Text and icons on the accent colour */
  {
    name: '--cw-color-on-accent',
    light: '#ffffff',
    dark: '#062e6f',
    highContrast: '#000000',
    forced: 'Canvas',
  },
  /** Error text and icons */
  {
    name: '--cw-color-danger',
    light: '#b3261e',
    dark: '#ffb4ab',
    highContrast: '#ff9e94',
    forced: 'CanvasText',
  },
  /** Focus ring */
  {
    name: '--cw-color-focus',
    light: '#0b57d0',
    dark: '#a8c7fa',
    highContrast: '#ffd600',
    forced: 'Highlight',
  },
  /** Typeface (inherits the host page’s) */
  { name: '--cw-font-family', light: 'inherit' },
  /** Base text size (inherits the host page’s) */
  { name: '--cw-font-size', light: 'inherit' },
  /** Secondary text size */
  { name: '--cw-font-size-small', light: '0.875em' },
  /** Headings inside a widget */
  { name: '--cw-font-size-large', light: '1.125em' },
  /** Names, headings, buttons */
  { name: '--cw-font-weight-strong', light: '600', highContrast: '700' },
  /** Line height */
  { name: '--cw-line-height', light: '1.5' },
  /** Cards and panels */
  { name: '--cw-radius', light: '0.75em', highContrast: '0.25em' },
  /** Buttons and inputs */
  { name: '--cw-radius-small', light: '0.375em', highContrast: '0.25em' },
  /** Chips and avatars */
  { name: '--cw-radius-pill', light: '999px' },
  /** Spacing step 1 (tight) */
  { name: '--cw-space-1', light: '0.25em' },
  /** Spacing step 2 */
  { name: '--cw-space-2', light: '0.5em' },
  /** Spacing step 3 */
  { name: '--cw-space-3', light: '0.75em' },
  /** Spacing step 4 (card padding) */
  { name: '--cw-space-4', light: '1em' },
  /** Outline width */
  { name: '--cw-border-width', light: '1px', highContrast: '2px' },
  /** Focus ring width */
  { name: '--cw-focus-ring-width', light: '2px', highContrast: '3px' },
  /** Card elevation */
  { name: '--cw-shadow', light: '0 1px 3px rgb(0 0 0 / 0.12)', dark: 'none', highContrast: 'none' },
];

export type ThemeName = 'auto' | 'light' | 'dark' | 'high-contrast';
export const themeNames: readonly ThemeName[] = ['auto', 'light', 'dark', 'high-contrast'];
