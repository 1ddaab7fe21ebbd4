/**
 * Tags a lazily loaded part's rules so the build minifies them as CSS
 * (scripts/build/minify-templates.mjs). A string, not Lit's `css`: the parts take nothing from Lit
 * at run time (see PanelKit in session-booker.panels.ts); the element adopts the text when the
 * parts load.
 */
export const css = (strings: TemplateStringsArray): string => strings.join('');
