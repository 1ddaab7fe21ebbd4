// The host page's own script, as an intranet's would be: its "backend" mints embed tokens (here the
// gateway's dev route) and hands each widget a tokenProvider. A Bearer token is all the widgets
// get: requests go out with credentials omitted, so no cookie is ever needed or sent.
const gatewayUrl = document.querySelector('meta[name="cw-gateway"]')?.getAttribute('content') ?? '';

/** One provider per person: setting the same function again keeps the client's held token. */
const providers = new Map();

function tokenProviderFor(email) {
  let provider = providers.get(email);
  if (provider === undefined) {
    provider = async () => {
      const response = await fetch(`${gatewayUrl}/dev/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email }),
        credentials: 'omit',
      });
      if (!response.ok) throw new Error(`/dev/token answered ${response.status}`);
      const { token, expiresAt } = await response.json();
      return { token, expiresAt };
    };
    providers.set(email, provider);
  }
  return provider;
}

/** Signs in every widget under `root` (a document or a host component's shadow root). */
export function signIn(root) {
  for (const widget of root.querySelectorAll('[data-as]')) {
    widget.tokenProvider = tokenProviderFor(widget.dataset.as);
  }
}

signIn(document);
