import type { ThemeName } from '../theme-tokens.js';

/** Every theme a test should render in; `auto` resolves to light in the default test browser. */
export const testedThemes: readonly ThemeName[] = ['light', 'dark', 'high-contrast', 'auto'];
export const testedLocales = ['en', 'ar'] as const;
