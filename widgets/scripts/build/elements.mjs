// The widgets the kit ships, read from src/define/: one file per element, whose
// defineElement('cw-…', Class) call names its tag. The loader, the per-widget entry points and the
// size budget all take their list from here, so a new define file is picked up everywhere.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const widgetsDir = fileURLToPath(new URL('../../', import.meta.url));
export const defineDir = `${widgetsDir}src/define/`;

/** @returns {{ name: string; tag: string; file: string }[]} sorted by name */
export function definedElements() {
  return readdirSync(defineDir)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .sort()
    .map((file) => {
      const path = defineDir + file;
      const tag = /defineElement\(\s*'(cw-[a-z0-9-]+)'/.exec(readFileSync(path, 'utf8'))?.[1];
      if (!tag) throw new Error(`src/define/${file} does not call defineElement('cw-…', …)`);
      return { name: file.slice(0, -3), tag, file: path };
    });
}
