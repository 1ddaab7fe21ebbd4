/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Base URL of the Coachwork gateway the host pages talk to (default http://localhost:4000). */
  readonly VITE_GATEWAY_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}

declare module 'virtual:coachwork-kit' {
  /** The kit's version: the gateway serves it at `/kit/<version>/coachwork.js`. */
  export const version: string;
  /** `sha384-…` of the built loader, or null before the widgets are built. */
  export const integrity: string | null;
}
