import { expect } from '@open-wc/testing';
import {
  formatDate,
  formatDateTime,
  formatList,
  formatMonthRange,
  formatNumber,
  formatPercent,
  formatRelativeTime,
  formatTime,
  formatTimeZoneName,
  formatUtcOffset,
} from './format.js';

const instant = '2026-03-02T08:05:00Z';

describe('format helpers', () => {
  it('shows an instant in the given IANA zone', () => {
    expect(formatTime(instant, { locale: 'en', timeZone: 'Europe/Berlin' })).to.equal('9:05 AM');
    expect(formatTime(instant, { locale: 'en-GB', timeZone: 'Asia/Tokyo' })).to.equal('17:05');
    expect(formatDate(instant, { locale: 'en', timeZone: 'Pacific/Auckland', dateStyle: 'long' })).to.equal(
      'March 2, 2026',
    );
    expect(formatDateTime(instant, { locale: 'en', timeZone: 'America/New_York' })).to.equal(
      'Mar 2, 2026, 3:05 AM',
    );
  });

  it('formats in Arabic (day period and digits as the locale writes them)', () => {
    expect(formatTime(instant, { locale: 'ar', timeZone: 'UTC' })).to.contain('ص');
    expect(formatNumber(1234.5, { locale: 'ar-EG' })).to.equal('١٬٢٣٤٫٥');
  });

  it('falls back instead of throwing on an unknown zone', () => {
    expect(() => formatTime(instant, { locale: 'en', timeZone: 'Mars/Olympus_Mons' })).not.to.throw();
    expect(formatTimeZoneName('Mars/Olympus_Mons', { locale: 'en' })).to.equal('Mars/Olympus_Mons');
  });

  it('names zones as people know them', () => {
    expect(formatTimeZoneName('Europe/Berlin', { locale: 'en', at: instant })).to.equal(
      'Central European Time',
    );
    expect(formatUtcOffset('Asia/Kolkata', { locale: 'en', at: instant })).to.equal('GMT+5:30');
  });

  it('formats numbers, percents and lists', () => {
    expect(formatNumber(1234567, { locale: 'de' })).to.equal('1.234.567');
    expect(formatPercent(0.425, { locale: 'en' })).to.equal('43%');
    expect(formatPercent(0.425, { locale: 'fr', maximumFractionDigits: 1 })).to.match(/^42,5\s%$/u);
    expect(formatList(['Manager', 'Coach', 'Participant'], { locale: 'en' })).to.equal(
      'Manager, Coach, and Participant',
    );
  });

  it('writes a range of months the way each locale does', () => {
    const april = Date.UTC(2026, 3, 1);
    const june = Date.UTC(2026, 5, 1);
    expect(formatMonthRange(april, june, { locale: 'en' })).to.match(/^Apr\s–\sJun 2026$/u);
    expect(formatMonthRange(april, june, { locale: 'de' })).to.contain('Juni 2026');
    expect(formatMonthRange(april, june, { locale: 'fr' })).to.contain('juin 2026');
    expect(formatMonthRange(april, june, { locale: 'ar' })).to.contain('يونيو');
  });

  it('writes percentages with each locale’s spacing', () => {
    expect(formatPercent(0.6, { locale: 'de' })).to.match(/^60\s%$/u);
    expect(formatPercent(0.6, { locale: 'ja' })).to.equal('60%');
  });

  it('picks a natural unit for relative times', () => {
    const now = Date.parse(instant);
    const at = (ms: number): number => now + ms;
    expect(formatRelativeTime(at(-30_000), { locale: 'en', now })).to.equal('30 seconds ago');
    expect(formatRelativeTime(at(5 * 60_000), { locale: 'en', now })).to.equal('in 5 minutes');
    expect(formatRelativeTime(at(-26 * 3_600_000), { locale: 'en', now })).to.equal('yesterday');
    expect(formatRelativeTime(at(3 * 86_400_000), { locale: 'en', now })).to.equal('in 3 days');
    expect(formatRelativeTime(at(-70 * 86_400_000), { locale: 'en', now })).to.equal('2 months ago');
    expect(formatRelativeTime(at(400 * 86_400_000), { locale: 'en', now })).to.equal('next year');
  });
});
