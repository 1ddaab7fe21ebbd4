import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { styleProperties, type StyleProperties } from './style-properties.js';

describe('styleProperties', () => {
  let container: HTMLElement;
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => container.remove());

  const draw = (properties: StyleProperties): HTMLElement => {
    render(html`<span ${styleProperties(properties)}></span>`, container);
    return container.querySelector('span')!;
  };

  it('sets standard and custom properties through CSSOM', () => {
    const span = draw({ 'inline-size': '40%', '--columns': '16rem 1fr' });
    expect(span.style.inlineSize).to.equal('40%');
    expect(span.style.getPropertyValue('--columns')).to.equal('16rem 1fr');
  });

  it('updates changed values and removes properties no longer given (or given as undefined)', () => {
    draw({ 'inline-size': '40%', background: 'red', '--row-height': '44px' });
    const span = draw({ 'inline-size': '60%', background: undefined });
    expect(span.style.inlineSize).to.equal('60%');
    expect(span.style.background).to.equal('');
    expect(span.style.getPropertyValue('--row-height')).to.equal('');
  });

  it("never writes the style attribute (Lit's styleMap does on first render)", () => {
    // A CSP without 'unsafe-inline' blocks setAttribute('style', …) but not style.setProperty:
    // the attribute only ever reflects what CSSOM set.
    const calls: string[] = [];
    const original = Element.prototype.setAttribute;
    Element.prototype.setAttribute = function (this: Element, name: string, value: string) {
      calls.push(name);
      original.call(this, name, value);
    };
    try {
      draw({ 'inline-size': '10%' });
    } finally {
      Element.prototype.setAttribute = original;
    }
    expect(calls).not.to.include('style');
  });
});
