// A host's own web components: <host-dashboard> renders a <host-panel> in its shadow root, and the
// panel renders the page's widgets (cloned from <template id="cw-widgets">) in its own shadow root,
// so each widget sits two shadow roots deep. Both are defined late, after the kit's loader has
// scanned the page, as when a host's component bundle arrives after coachwork.js.
import { signIn } from './host.js';

class HostDashboard extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot !== null) return;
    const root = this.attachShadow({ mode: 'open' });
    const panel = document.createElement('host-panel');
    root.append(panel);
  }
}

class HostPanel extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot !== null) return;
    const root = this.attachShadow({ mode: 'open' });
    const template = document.getElementById('cw-widgets');
    if (template instanceof HTMLTemplateElement) root.append(template.content.cloneNode(true));
    signIn(root);
  }
}

setTimeout(() => customElements.define('host-dashboard', HostDashboard), 100);
setTimeout(() => customElements.define('host-panel', HostPanel), 300);
