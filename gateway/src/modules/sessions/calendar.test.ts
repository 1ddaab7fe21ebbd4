import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n/translate.js';
import { sessionCalendar, sessionUid } from './calendar.js';

const english = translator('en');

const parties = {
  coach: { name: 'Sofía Coach', email: 'sofia@coaches.example' },
  participant: { name: 'Marta Directora', email: 'marta@northwind.example' },
  programName: 'First 100 days',
};

const booked = {
  id: '6f1c2d9e-2a51-4f0b-9a43-0d3c1f6b8e21',
  startsAt: new Date('2026-03-26T08:30:00Z'),
  endsAt: new Date('2026-03-26T09:30:00Z'),
  status: 'BOOKED' as const,
  sequence: 0,
  joinUrl: 'https://meet.coachwork.app/s/abc',
  updatedAt: new Date('2026-03-01T10:00:00Z'),
};

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const event = calendar.getFirstSubcomponent('vevent');
  if (!event) throw new Error('no VEVENT');
  return { calendar, event };
}

describe('session calendar file', () => {
  it('is valid iCalendar with a stable UID, UTC times, organiser and attendee', () => {
    const file = sessionCalendar(booked, parties, english);
    const { calendar, event } = parse(file.ics);
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(event.getFirstPropertyValue('uid')).toBe(sessionUid(booked.id));
    expect(event.getFirstPropertyValue('sequence')).toBe(0);
    const start = event.getFirstPropertyValue('dtstart') as ICAL.Time;
    const end = event.getFirstPropertyValue('dtend') as ICAL.Time;
    expect(start.zone?.tzid).toBe('UTC');
    expect(start.toJSDate().toISOString()).toBe('2026-03-26T08:30:00.000Z');
    expect(end.toJSDate().toISOString()).toBe('2026-03-26T09:30:00.000Z');
    expect(String(event.getFirstPropertyValue('organizer')).toLowerCase()).toBe(
      'mailto:sofia@coaches.example',
    );
    const attendee = event.getFirstProperty('attendee');
    expect(String(attendee?.getFirstValue()).toLowerCase()).toBe('mailto:marta@northwind.example');
    expect(attendee?.getParameter('cn')).toBe('Marta Directora');
    expect(event.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(file.filename).toBe('coaching-session-2026-03-26.ics');
  });

  it('keeps the UID and raises SEQUENCE when the session moves', () => {
    const moved = sessionCalendar(
      {
        ...booked,
        sequence: 1,
        startsAt: new Date('2026-03-27T08:30:00Z'),
        endsAt: new Date('2026-03-27T09:30:00Z'),
      },
      parties,
      english,
    );
    const { event } = parse(moved.ics);
    expect(event.getFirstPropertyValue('uid')).toBe(sessionUid(booked.id));
    expect(event.getFirstPropertyValue('sequence')).toBe(1);
    expect((event.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().toISOString()).toBe(
      '2026-03-27T08:30:00.000Z',
    );
  });

  it('sends a cancellation as METHOD:CANCEL with STATUS:CANCELLED', () => {
    const file = sessionCalendar({ ...booked, status: 'CANCELLED', sequence: 2 }, parties, english);
    const { calendar, event } = parse(file.ics);
    expect(calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(event.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(event.getFirstPropertyValue('sequence')).toBe(2);
    expect(file.contentType).toContain('method=CANCEL');
  });

  it('is worded in the requester’s language', () => {
    const summary = (file: { ics: string }) => String(parse(file.ics).event.getFirstPropertyValue('summary'));
    const description = (file: { ics: string }) =>
      String(parse(file.ics).event.getFirstPropertyValue('description'));
    const inEnglish = sessionCalendar(booked, parties, english);
    expect(summary(inEnglish)).toBe('Coaching: Marta Directora with Sofía Coach');
    expect(description(inEnglish)).toBe('First 100 days\nJoin: https://meet.coachwork.app/s/abc');
    const inGerman = sessionCalendar(booked, { ...parties, programName: null }, translator('de'));
    expect(summary(inGerman)).toBe('Coaching: Marta Directora mit Sofía Coach');
    expect(description(inGerman)).toBe('Coaching\nTeilnehmen: https://meet.coachwork.app/s/abc');
  });

  it('keeps a quotation mark in a name inside its CN parameter (no injected parameters)', () => {
    const hostile = {
      coach: {
        name: 'Evil "Coach";ROLE=CHAIR;SENT-BY="mailto:x@evil.example',
        email: 'sofia@coaches.example',
      },
      participant: {
        name: 'Marta "M" ^Directora";RSVP=TRUE;X-INJECTED="1',
        email: 'marta@northwind.example',
      },
      programName: 'First 100 days',
    };
    const { event } = parse(sessionCalendar(booked, hostile, english).ics);
    const parameters = (name: 'organizer' | 'attendee') => {
      const property = event.getFirstProperty(name);
      if (!property) throw new Error(`no ${name}`);
      const [, params] = property.toJSON() as [string, Record<string, unknown>, ...unknown[]];
      return params;
    };
    expect(parameters('organizer')).toEqual({ cn: hostile.coach.name });
    expect(parameters('attendee')).toEqual({
      cn: hostile.participant.name,
      role: 'REQ-PARTICIPANT',
      partstat: 'ACCEPTED',
    });
  });
});
