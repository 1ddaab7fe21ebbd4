import { noChange } from 'lit';
import { Directive, directive, type ElementPart } from 'lit/directive.js';

/** CSS property name (`inline-size`, `--columns`) → value; `undefined` or `null` removes it. */
export type StyleProperties = Readonly<Record<string, string | number | undefined | null>>;

/**
 * Sets CSS properties on an element through CSSOM (`element.style.setProperty`), never through its
 * `style` attribute: a host page whose Content-Security-Policy has no `'unsafe-inline'` in
 * `style-src` blocks every `style="…"` attribute (and Lit's `styleMap`, which writes the attribute on
 * first render), while CSSOM changes are allowed. An element binding:
 *
 *   html`<div ${styleProperties({ '--columns': template, height: `${h}px` })}></div>`
 *
 * Properties set in an earlier render and missing from this one are removed.
 */
class StylePropertiesDirective extends Directive {
  #previous: StyleProperties = {};

  render(_properties: StyleProperties): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [properties]: [StyleProperties]): typeof noChange {
    const { style } = part.element as HTMLElement;
    for (const name in this.#previous) if (properties[name] == null) style.removeProperty(name);
    // Only what changed: the heatmap re-renders every visible row and cell on each scroll event.
    for (const name in properties) {
      const value = properties[name];
      if (value != null && value !== this.#previous[name]) style.setProperty(name, String(value));
    }
    this.#previous = properties;
    return noChange;
  }
}

export const styleProperties = directive(StylePropertiesDirective);
