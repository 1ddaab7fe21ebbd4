// A host written against the published packages only: one element entry point each, typed through
// the shipped .d.ts files (HTMLElementTagNameMap, HTMLElementEventMap, the element classes).
import '@coachwork/widgets/viewer-badge.js';
import type { ViewerBadge } from '@coachwork/widgets/viewer-badge.js';
import '@coachwork/widgets/goal-tracker.js';
import {
  GoalCreatedEvent,
  VERSION,
  type GoalCreatedDetail,
  type ThemeName,
  type TokenProvider,
} from '@coachwork/widgets';
import type { loader } from '@coachwork/widgets/coachwork.js';
import { GatewayError } from '@coachwork/client';
import { CwViewerBadgeDocument, type CwViewerBadgeQuery } from '@coachwork/schema/gql/graphql.js';

const gateway = document.querySelector('meta[name="cw-gateway"]')?.getAttribute('content') ?? '';

const tokenProvider: TokenProvider = async () => {
  const response = await fetch(`${gateway}/dev/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'lucia.fernandez@northwind.example' }),
  });
  const { token, expiresAt } = (await response.json()) as { token: string; expiresAt: string };
  return { token, expiresAt };
};

const badge = document.createElement('cw-viewer-badge');
const asClass: ViewerBadge = badge;
const theme: ThemeName = 'dark';
asClass.theme = theme;
badge.gateway = gateway;
badge.tokenProvider = tokenProvider;
// @ts-expect-error theme is one of the theme names, not any string
badge.theme = 'sepia';
badge.theme = 'auto';

const tracker = document.createElement('cw-goal-tracker');
tracker.gateway = gateway;
tracker.tokenProvider = tokenProvider;
tracker.addEventListener('cw-goal-created', (event) => {
  const detail: GoalCreatedDetail = event.detail;
  const progress: number = detail.progress;
  // @ts-expect-error the detail has no such field
  console.info(event.detail.noSuchField, progress, event instanceof GoalCreatedEvent);
});
tracker.addEventListener('cw-token-rejected', (event) => {
  const rejectedBy: string = event.detail.gateway;
  console.warn(`signed out by ${rejectedBy}`);
});

document.querySelector('#coaching')?.append(badge, tracker);

// The loader's and the client's types are there too; the loader itself is not imported at run time.
export type Loader = typeof loader;
export const isGatewayError = (error: unknown): error is GatewayError => error instanceof GatewayError;
export const viewerDocument: string = String(CwViewerBadgeDocument);
export type Viewer = CwViewerBadgeQuery['viewer'];
document.documentElement.dataset['kitVersion'] = VERSION;
