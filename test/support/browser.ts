import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';

/** Debian's Chromium, headless; nothing is downloaded (see scripts/ensure-chromium.mjs). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs] });
}

/**
 * Chromium with "Block third-party cookies" set in its profile, as Chrome users with tracking
 * protection (and Safari, by default) have it. A persistent profile is the one way to set it:
 * playwright's throwaway contexts are incognito-like, where Chromium's default happens to block
 * them too, but a test should not lean on a default. Closing the context removes the profile.
 */
export async function launchChromiumBlockingThirdPartyCookies(
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  const profile = await mkdtemp(path.join(tmpdir(), 'cw-chromium-3pc-'));
  await mkdir(path.join(profile, 'Default'));
  await writeFile(
    path.join(profile, 'Default', 'Preferences'),
    JSON.stringify({ profile: { cookie_controls_mode: 1, block_third_party_cookies: true } }),
  );
  const context = await chromium.launchPersistentContext(profile, {
    ...options,
    executablePath: chromiumPath,
    args: [...chromiumArgs],
  });
  // Chromium may still be flushing its cache as the context closes (ENOTEMPTY): retry, and a temp
  // profile left behind is not worth failing a run over.
  context.on('close', () => {
    rm(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 }).catch(() => undefined);
  });
  return context;
}
