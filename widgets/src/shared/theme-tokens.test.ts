import { expect } from '@open-wc/testing';
import { themeTokens } from './theme-tokens.js';

describe('THEMING.md', () => {
  it('documents every token with its value in each theme', async () => {
    const doc = await (await fetch('/widgets/THEMING.md')).text();
    // Only the "Tokens" section: other sections (the design-system bridges) have tables of tokens too.
    const tokensSection = doc.split('\n## ').find((section) => section.startsWith('Tokens\n')) ?? '';
    const rows = new Map(
      tokensSection
        .split('\n')
        .filter((line) => line.startsWith('| `--cw-'))
        .map((line) => [/`(--cw-[^`]+)`/.exec(line)?.[1], line] as const),
    );
    expect(rows.size).to.equal(themeTokens.length);
    for (const token of themeTokens) {
      const row = rows.get(token.name);
      expect(row, token.name).to.be.a('string');
      for (const value of [
        token.light,
        token.dark ?? token.light,
        token.highContrast ?? token.light,
        token.forced ?? '—',
      ]) {
        expect(row, `${token.name} ${value}`).to.contain(value);
      }
    }
  });
});
