import { ProgramConsole } from '../program-console/program-console.js';
import { defineElement } from '../shared/define.js';

// Also exported so a host (or a framework wrapper such as @coachwork/react) gets the class from
// the same entry point that registers the tag, without importing the whole kit.
export { ProgramConsole };

defineElement('cw-program-console', ProgramConsole);

declare global {
  interface HTMLElementTagNameMap {
    'cw-program-console': ProgramConsole;
  }
}
