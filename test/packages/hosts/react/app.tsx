// The React host's page, rendered on the server (server.tsx) and hydrated in the browser (client.tsx).
import { useState } from 'react';
import { CwGoalTracker, CwViewerBadge, type CwViewerBadgeProps } from '@coachwork/react';
import type { GoalCreatedEvent, TokenProvider } from '@coachwork/react';

export interface AppProps {
  gateway: string;
}

const tokenProviderFor =
  (gateway: string): TokenProvider =>
  async () => {
    const response = await fetch(`${gateway}/dev/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'lucia.fernandez@northwind.example' }),
    });
    return (await response.json()) as { token: string; expiresAt: string };
  };

export function App({ gateway }: AppProps) {
  const [created, setCreated] = useState<string[]>([]);
  const tokenProvider = tokenProviderFor(gateway);
  const badge: CwViewerBadgeProps = { gateway, theme: 'light', tokenProvider };
  // @ts-expect-error theme is one of the theme names
  const wrongTheme: CwViewerBadgeProps = { gateway, theme: 'sepia' };
  void wrongTheme;
  return (
    <main>
      <h1>React host</h1>
      <CwViewerBadge {...badge} />
      <CwGoalTracker
        gateway={gateway}
        tokenProvider={tokenProvider}
        onGoalCreated={(event: GoalCreatedEvent) => setCreated([...created, event.detail.goalId])}
        // @ts-expect-error the event's detail has no such field
        onGoalUpdated={(event) => console.info(event.detail.noSuchField)}
      />
      <p>{created.length} goals created here</p>
    </main>
  );
}
