export { CoachworkElement, type QueryView } from './shared/coachwork-element.js';
export { ViewerBadge } from './viewer-badge/viewer-badge.js';
export { CoachworkEvent, type CoachworkEventName } from './events/coachwork-event.js';
export { TokenRejectedEvent, type TokenRejectedDetail } from './events/token-rejected.js';
export { defineElement } from './shared/define.js';
export { themeTokens, themeNames, type ThemeName, type ThemeToken } from './shared/theme-tokens.js';
export { VERSION } from './shared/version.js';
export { setTokenProvider, type TokenProvider, type TokenProviderResult } from '@coachwork/client';
