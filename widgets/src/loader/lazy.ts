/**
 * The kit's lazy registry for a page: no element's code is loaded up front; each tag's module is
 * imported, and the element defined, once an element of that tag is on the page and near the
 * viewport (src/loader/lazy-define.ts). The entry of the one-script loader (`coachwork.js`), and
 * what a bundling host imports (`@coachwork/widgets/loader/lazy.js`) instead of every widget's
 * define module, so its bundler splits each widget into a chunk of its own.
 */
import { elementLoaders } from './elements.js';
import { defineLazily } from './lazy-define.js';

/** The loader on this page: `pending` tags, `loadElement(tag)`, `disconnect()`. */
export const loader = defineLazily(elementLoaders, document, {
  shared: () => import('../shared/coachwork-element.js'),
});
