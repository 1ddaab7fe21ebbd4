import { expect } from '@open-wc/testing';
import { warmUpIntl, warmUpZoneNames } from './intl-warm-up.js';

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

  it("readies the names of the zones given, one zone per task, none in the caller's, past a zone it does not know", async () => {
    const made: string[] = [];
    /** How many zone formatters had been made when each one's task had run its microtasks. */
    const madeByEndOfTask: number[] = [];
    const DateTimeFormat = Intl.DateTimeFormat;
    Intl.DateTimeFormat = new Proxy(DateTimeFormat, {
      construct(target, args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
        const zone = args[1]?.timeZone;
        if (zone !== undefined && args[1]?.timeZoneName === 'longGeneric') {
          made.push(zone);
          queueMicrotask(() => queueMicrotask(() => madeByEndOfTask.push(made.length)));
        }
        return new target(...args);
      },
    });
    try {
      const readied = warmUpZoneNames('en', ['Asia/Tokyo', 'Not/A_Zone', 'America/New_York']);
      expect(made).to.deep.equal([]);
      await readied;
      expect(made).to.deep.equal(['Asia/Tokyo', 'Not/A_Zone', 'America/New_York']);
      await new Promise((resolve) => setTimeout(resolve));
      expect(madeByEndOfTask).to.deep.equal([1, 2, 3]);
    } finally {
      Intl.DateTimeFormat = DateTimeFormat;
    }
  });
});
