/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Base URL of the Coachwork gateway the host pages talk to (default http://localhost:4000). */
  readonly VITE_GATEWAY_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
