const DEFAULT_GATEWAY_URL = 'http://localhost:4000';

/** The gateway every widget on the page talks to: `VITE_GATEWAY_URL` at build/serve time, else the local default. */
export function gatewayUrl(): string {
  const configured = import.meta.env.VITE_GATEWAY_URL?.trim();
  return (configured || DEFAULT_GATEWAY_URL).replace(/\/+$/, '');
}
