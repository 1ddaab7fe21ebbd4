import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/** CSS property name (`inline-size`, `--columns`) → value; `undefined` or `null` removes it. */
export type StyleProperties = Readonly<Record<string, string | number | undefined | null>>;

/**
 * Sets CSS properties on an element through CSSOM (`element.style.setProperty`), never through its
 * `style` attribute: a host page whose Content-Security-Policy has no `'unsafe-inline'` in
 * `style-src` blocks every `style="…"` attribute (and Lit's `styleMap`, which writes the attribute on
 * first render), while CSSOM changes are allowed. Used as an element binding:
 *
 *   html`<div ${styleProperties({ '--columns': template, height: `${h}px` })}></div>`
 *
 * Properties set in an earlier render and missing from this one are removed.
 */
class StylePropertiesDirective extends Directive {
  #previous = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT)
      throw new Error('styleProperties() is an element binding: <div ${styleProperties({…})}>');
  }

  render(_properties: StyleProperties): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [properties]: [StyleProperties]): typeof noChange {
    const { style } = part.element as HTMLElement | SVGElement;
    const current = new Set<string>();
    for (const [name, value] of Object.entries(properties)) {
      if (value === undefined || value === null) continue;
      current.add(name);
      style.setProperty(name, String(value));
    }
    for (const name of this.#previous) if (!current.has(name)) style.removeProperty(name);
    this.#previous = current;
    return noChange;
  }
}

export const styleProperties = directive(StylePropertiesDirective);
