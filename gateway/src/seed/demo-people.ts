/**
 * Well-known people the seed always creates, with stable emails, so the demo,
 * dev tokens and tests can sign in as a specific role without looking anyone
 * up. Every seed (any seed number, any size) contains them.
 */

export interface DemoPersonSpec {
  email: string;
  name: string;
  locale: 'en' | 'es' | 'de' | 'fr' | 'ja' | 'ar';
  timeZone: string;
}

export interface DemoCast {
  /** A manager new in role, enrolled in "First 100 days", coached by `coach`. */
  participant: DemoPersonSpec;
  /** The participant's manager; leads a team of at least six coached managers. */
  manager: DemoPersonSpec;
  /** The participant's coach. */
  coach: DemoPersonSpec & { languages: readonly string[] };
  programAdmin: DemoPersonSpec;
  orgAdmin: DemoPersonSpec;
}

export const DEMO_PEOPLE = {
  northwind: {
    participant: {
      email: 'lucia.fernandez@northwind.example',
      name: 'Lucía Fernández',
      locale: 'es',
      timeZone: 'Europe/Madrid',
    },
    manager: {
      email: 'javier.moreno@northwind.example',
      name: 'Javier Moreno',
      locale: 'es',
      timeZone: 'Europe/Madrid',
    },
    coach: {
      email: 'sofia.rossi@northwind.example',
      name: 'Sofia Rossi',
      locale: 'en',
      timeZone: 'Europe/Madrid',
      languages: ['es', 'en', 'fr'],
    },
    programAdmin: {
      email: 'priya.raman@northwind.example',
      name: 'Priya Raman',
      locale: 'en',
      timeZone: 'Asia/Kolkata',
    },
    orgAdmin: {
      email: 'tom.becker@northwind.example',
      name: 'Tom Becker',
      locale: 'de',
      timeZone: 'Europe/Berlin',
    },
  },
  aurora: {
    participant: {
      email: 'layla.haddad@aurora.example',
      name: 'ليلى حداد',
      locale: 'ar',
      timeZone: 'Asia/Dubai',
    },
    manager: {
      email: 'samir.nasser@aurora.example',
      name: 'سمير ناصر',
      locale: 'ar',
      timeZone: 'Asia/Dubai',
    },
    coach: {
      email: 'claire.dubois@aurora.example',
      name: 'Claire Dubois',
      locale: 'fr',
      timeZone: 'Asia/Dubai',
      languages: ['ar', 'fr', 'en'],
    },
    programAdmin: {
      email: 'aiko.yamamoto@aurora.example',
      name: '山本 愛子',
      locale: 'ja',
      timeZone: 'Asia/Tokyo',
    },
    orgAdmin: {
      email: 'james.carter@aurora.example',
      name: 'James Carter',
      locale: 'en',
      timeZone: 'Europe/London',
    },
  },
} as const satisfies Record<string, DemoCast>;

export type DemoOrganisationSlug = keyof typeof DEMO_PEOPLE;

/** The person `/dev/token` signs in as when asked for nobody in particular. */
export const DEFAULT_DEMO_EMAIL = DEMO_PEOPLE.northwind.participant.email;

export const DEMO_EMAILS: readonly string[] = Object.values(DEMO_PEOPLE).flatMap((cast) =>
  Object.values(cast).map((person) => person.email),
);
