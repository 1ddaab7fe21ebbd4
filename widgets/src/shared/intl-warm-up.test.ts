import { expect } from '@open-wc/testing';
import { warmUpIntl } from './intl-warm-up.js';

describe('warmUpIntl', () => {
  it('readies Intl after giving the main thread back, a step at a time, once per page', async () => {
    const calls: string[] = [];
    const maximize = Intl.Locale.prototype.maximize;
    const supported = Intl.NumberFormat.supportedLocalesOf;
    Intl.Locale.prototype.maximize = function (this: Intl.Locale) {
      calls.push('maximize');
      return maximize.call(this);
    };
    Intl.NumberFormat.supportedLocalesOf = (...args: Parameters<typeof supported>) => {
      calls.push('supportedLocalesOf');
      return supported(...args);
    };
    try {
      const first = warmUpIntl('de');
      // Nothing inside the caller's task: it may be the one that is already long.
      expect(calls).to.deep.equal([]);
      const second = warmUpIntl('fr');
      await Promise.all([first, second]);
      expect(second).to.equal(first);
      expect(calls).to.deep.equal(['maximize', 'supportedLocalesOf']);
    } finally {
      Intl.Locale.prototype.maximize = maximize;
      Intl.NumberFormat.supportedLocalesOf = supported;
    }
  });
});
