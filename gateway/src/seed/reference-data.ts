/**
 * The fixed material the seed generator draws from: organisations, regions
 * (each with its zone, language and the effects that give the heatmap
 * structure), names per language, programs and short texts.
 */

import { STANDARD_CAPABILITY_CODES, type StandardCapabilityCode } from '../modules/capabilities/standard.js';

export type CapabilityCode = StandardCapabilityCode;

export const CAPABILITY_CODES: readonly CapabilityCode[] = STANDARD_CAPABILITY_CODES;

/**
 * How far a capability's typical 360 score sits from the baseline: managers
 * rate lower on delegation and difficult conversations than on feedback, as
 * engagement surveys usually find.
 */
export const CAPABILITY_EFFECT: Record<CapabilityCode, number> = {
  DELEGATION: -0.35,
  FEEDBACK: 0.15,
  DECISION_MAKING: 0.2,
  DIFFICULT_CONVERSATIONS: -0.5,
  REMOTE_TRUST: -0.2,
  PRIORITISATION: 0.05,
  COACHING_OTHERS: -0.25,
  CHANGE_LEADERSHIP: -0.1,
  WELLBEING: -0.3,
  SUCCESSION_READINESS: -0.4,
};

export type Locale = 'en' | 'es' | 'de' | 'fr' | 'ja' | 'ar';

export interface RegionTemplate {
  name: string;
  locale: Locale;
  timeZone: string;
  cities: readonly string[];
  /** Added to every 360 score of the region's people. */
  scoreEffect: number;
  /** Multiplies how much the region's participants improve from PRE to POST. */
  growthFactor: number;
}

export interface OrganisationTemplate {
  slug: string;
  name: string;
  timeZone: string;
  regions: readonly RegionTemplate[];
  functions: readonly string[];
  /** Share of the requested managers this organisation gets. */
  weight: number;
  /**
   * Whether the seed assigns the organisation's program admins to its programs. Aurora's program
   * admin is new and has none yet, so the demo and the tests show the console's first-program start.
   */
  programAdminsAssigned: boolean;
  /**
   * The function whose middle managers (MANAGER, SENIOR_MANAGER) are burning out in peak season:
   * their wellbeing pulse answers run low and sink further towards the reference date. One of the
   * first two functions, so even the smallest seed has it.
   */
  burnoutFunction: string;
}

export const ORGANISATION_TEMPLATES: readonly OrganisationTemplate[] = [
  {
    slug: 'northwind',
    name: 'Northwind Logistics',
    timeZone: 'Europe/Madrid',
    weight: 0.6,
    programAdminsAssigned: true,
    burnoutFunction: 'Operations',
    regions: [
      {
        name: 'Iberia',
        locale: 'es',
        timeZone: 'Europe/Madrid',
        cities: ['Madrid', 'Barcelona', 'Valencia', 'Lisbon'],
        scoreEffect: 0.15,
        growthFactor: 1.3,
      },
      {
        name: 'Central Europe',
        locale: 'de',
        timeZone: 'Europe/Berlin',
        cities: ['Hamburg', 'Munich', 'Vienna', 'Zurich'],
        scoreEffect: 0.3,
        growthFactor: 0.8,
      },
      {
        name: 'France',
        locale: 'fr',
        timeZone: 'Europe/Paris',
        cities: ['Paris', 'Lyon', 'Lille', 'Marseille'],
        scoreEffect: -0.1,
        growthFactor: 1.0,
      },
      {
        name: 'North America',
        locale: 'en',
        timeZone: 'America/New_York',
        cities: ['New York', 'Newark', 'Atlanta', 'Toronto'],
        scoreEffect: 0.05,
        growthFactor: 1.1,
      },
      {
        name: 'Japan',
        locale: 'ja',
        timeZone: 'Asia/Tokyo',
        cities: ['Tokyo', 'Osaka', 'Nagoya', 'Yokohama'],
        scoreEffect: -0.35,
        growthFactor: 0.7,
      },
      {
        name: 'Middle East',
        locale: 'ar',
        timeZone: 'Asia/Dubai',
        cities: ['Dubai', 'Abu Dhabi', 'Doha', 'Riyadh'],
        scoreEffect: -0.2,
        growthFactor: 1.5,
      },
      {
        name: 'India',
        locale: 'en',
        timeZone: 'Asia/Kolkata',
        cities: ['Bengaluru', 'Pune', 'Chennai', 'Gurugram'],
        scoreEffect: 0.0,
        growthFactor: 1.25,
      },
    ],
    functions: ['Operations', 'Fleet', 'Sales', 'Engineering', 'Customer Service', 'Finance'],
  },
  {
    slug: 'aurora',
    name: 'Aurora Health',
    timeZone: 'Europe/London',
    weight: 0.4,
    programAdminsAssigned: false,
    burnoutFunction: 'Nursing',
    regions: [
      {
        name: 'UK & Ireland',
        locale: 'en',
        timeZone: 'Europe/London',
        cities: ['London', 'Manchester', 'Dublin', 'Leeds'],
        scoreEffect: 0.1,
        growthFactor: 1.0,
      },
      {
        name: 'Gulf',
        locale: 'ar',
        timeZone: 'Asia/Dubai',
        cities: ['Dubai', 'Abu Dhabi', 'Muscat', 'Doha'],
        scoreEffect: -0.15,
        growthFactor: 1.35,
      },
      {
        name: 'Japan',
        locale: 'ja',
        timeZone: 'Asia/Tokyo',
        cities: ['Tokyo', 'Kyoto', 'Sapporo', 'Fukuoka'],
        scoreEffect: -0.3,
        growthFactor: 0.9,
      },
      {
        name: 'Spain',
        locale: 'es',
        timeZone: 'Europe/Madrid',
        cities: ['Madrid', 'Seville', 'Bilbao', 'Málaga'],
        scoreEffect: 0.2,
        growthFactor: 1.2,
      },
      {
        name: 'DACH',
        locale: 'de',
        timeZone: 'Europe/Berlin',
        cities: ['Berlin', 'Frankfurt', 'Cologne', 'Graz'],
        scoreEffect: 0.25,
        growthFactor: 0.75,
      },
      {
        name: 'France & Benelux',
        locale: 'fr',
        timeZone: 'Europe/Paris',
        cities: ['Paris', 'Brussels', 'Toulouse', 'Nantes'],
        scoreEffect: -0.05,
        growthFactor: 1.1,
      },
    ],
    functions: ['Clinical Services', 'Nursing', 'Patient Experience', 'Research', 'Operations', 'Finance'],
  },
  {
    slug: 'helix',
    name: 'Helix Bank',
    timeZone: 'America/New_York',
    weight: 0.3,
    programAdminsAssigned: true,
    burnoutFunction: 'Retail Banking',
    regions: [
      {
        name: 'Americas',
        locale: 'en',
        timeZone: 'America/New_York',
        cities: ['New York', 'Chicago', 'Boston', 'Miami'],
        scoreEffect: 0.1,
        growthFactor: 1.0,
      },
      {
        name: 'Europe',
        locale: 'fr',
        timeZone: 'Europe/Paris',
        cities: ['Paris', 'Geneva', 'Luxembourg', 'Brussels'],
        scoreEffect: -0.1,
        growthFactor: 1.2,
      },
      {
        name: 'Asia Pacific',
        locale: 'ja',
        timeZone: 'Asia/Tokyo',
        cities: ['Tokyo', 'Osaka', 'Singapore', 'Sydney'],
        scoreEffect: -0.2,
        growthFactor: 0.9,
      },
    ],
    functions: ['Retail Banking', 'Risk', 'Technology', 'Wealth'],
  },
];

export interface PersonName {
  first: string;
  last: string;
  /** ASCII spelling for the email address. */
  firstAscii: string;
  lastAscii: string;
}

type NamePair = readonly [display: string, ascii: string];

const FIRST_NAMES: Record<Locale, readonly NamePair[]> = {
  en: [
    ['Olivia', 'olivia'],
    ['James', 'james'],
    ['Amelia', 'amelia'],
    ['Noah', 'noah'],
    ['Priya', 'priya'],
    ['Ethan', 'ethan'],
    ['Grace', 'grace'],
    ['Arjun', 'arjun'],
    ['Chloe', 'chloe'],
    ['Daniel', 'daniel'],
    ['Ananya', 'ananya'],
    ['Michael', 'michael'],
  ],
  es: [
    ['Lucía', 'lucia'],
    ['Mateo', 'mateo'],
    ['Sofía', 'sofia'],
    ['Hugo', 'hugo'],
    ['Martina', 'martina'],
    ['Álvaro', 'alvaro'],
    ['Carmen', 'carmen'],
    ['Javier', 'javier'],
    ['Paula', 'paula'],
    ['Sergio', 'sergio'],
    ['Inés', 'ines'],
    ['Raúl', 'raul'],
  ],
  de: [
    ['Lena', 'lena'],
    ['Jonas', 'jonas'],
    ['Mia', 'mia'],
    ['Lukas', 'lukas'],
    ['Hannah', 'hannah'],
    ['Felix', 'felix'],
    ['Jürgen', 'juergen'],
    ['Sophie', 'sophie'],
    ['Maximilian', 'maximilian'],
    ['Katrin', 'katrin'],
    ['Tobias', 'tobias'],
    ['Greta', 'greta'],
  ],
  fr: [
    ['Camille', 'camille'],
    ['Louis', 'louis'],
    ['Léa', 'lea'],
    ['Gabriel', 'gabriel'],
    ['Chloé', 'chloe'],
    ['Jules', 'jules'],
    ['Manon', 'manon'],
    ['Théo', 'theo'],
    ['Élise', 'elise'],
    ['Antoine', 'antoine'],
    ['Margaux', 'margaux'],
    ['Hugo', 'hugo'],
  ],
  ja: [
    ['陽翔', 'haruto'],
    ['結衣', 'yui'],
    ['蓮', 'ren'],
    ['さくら', 'sakura'],
    ['大翔', 'hiroto'],
    ['美咲', 'misaki'],
    ['健太', 'kenta'],
    ['愛子', 'aiko'],
    ['翔太', 'shota'],
    ['真由美', 'mayumi'],
    ['悠真', 'yuma'],
    ['七海', 'nanami'],
  ],
  ar: [
    ['ليلى', 'layla'],
    ['عمر', 'omar'],
    ['فاطمة', 'fatima'],
    ['يوسف', 'youssef'],
    ['مريم', 'maryam'],
    ['خالد', 'khalid'],
    ['نور', 'noor'],
    ['سامي', 'sami'],
    ['هدى', 'huda'],
    ['طارق', 'tariq'],
    ['رنا', 'rana'],
    ['زياد', 'ziad'],
  ],
};

const LAST_NAMES: Record<Locale, readonly NamePair[]> = {
  en: [
    ['Smith', 'smith'],
    ['Patel', 'patel'],
    ['Johnson', 'johnson'],
    ['Williams', 'williams'],
    ['Sharma', 'sharma'],
    ['Brown', 'brown'],
    ['Taylor', 'taylor'],
    ['Iyer', 'iyer'],
    ['Walker', 'walker'],
    ['Clarke', 'clarke'],
    ['Nair', 'nair'],
    ['Evans', 'evans'],
  ],
  es: [
    ['García', 'garcia'],
    ['Fernández', 'fernandez'],
    ['López', 'lopez'],
    ['Martínez', 'martinez'],
    ['Sánchez', 'sanchez'],
    ['Pérez', 'perez'],
    ['Gómez', 'gomez'],
    ['Ruiz', 'ruiz'],
    ['Díaz', 'diaz'],
    ['Moreno', 'moreno'],
    ['Álvarez', 'alvarez'],
    ['Romero', 'romero'],
  ],
  de: [
    ['Müller', 'mueller'],
    ['Schmidt', 'schmidt'],
    ['Schneider', 'schneider'],
    ['Fischer', 'fischer'],
    ['Weber', 'weber'],
    ['Meyer', 'meyer'],
    ['Wagner', 'wagner'],
    ['Becker', 'becker'],
    ['Hoffmann', 'hoffmann'],
    ['Schäfer', 'schaefer'],
    ['Koch', 'koch'],
    ['Richter', 'richter'],
  ],
  fr: [
    ['Martin', 'martin'],
    ['Bernard', 'bernard'],
    ['Dubois', 'dubois'],
    ['Thomas', 'thomas'],
    ['Robert', 'robert'],
    ['Richard', 'richard'],
    ['Petit', 'petit'],
    ['Durand', 'durand'],
    ['Leroy', 'leroy'],
    ['Moreau', 'moreau'],
    ['Lefèvre', 'lefevre'],
    ['Girard', 'girard'],
  ],
  ja: [
    ['佐藤', 'sato'],
    ['鈴木', 'suzuki'],
    ['高橋', 'takahashi'],
    ['田中', 'tanaka'],
    ['伊藤', 'ito'],
    ['渡辺', 'watanabe'],
    ['山本', 'yamamoto'],
    ['中村', 'nakamura'],
    ['小林', 'kobayashi'],
    ['加藤', 'kato'],
    ['吉田', 'yoshida'],
    ['山田', 'yamada'],
  ],
  ar: [
    ['حداد', 'haddad'],
    ['الخوري', 'khoury'],
    ['منصور', 'mansour'],
    ['ناصر', 'nasser'],
    ['سليمان', 'suleiman'],
    ['الحسن', 'hassan'],
    ['عبدالله', 'abdullah'],
    ['فارس', 'fares'],
    ['قاسم', 'qasim'],
    ['يوسف', 'youssef'],
    ['الراشد', 'rashed'],
    ['صالح', 'saleh'],
  ],
};

export function namesFor(locale: Locale): {
  first: readonly NamePair[];
  last: readonly NamePair[];
} {
  return { first: FIRST_NAMES[locale], last: LAST_NAMES[locale] };
}

/** Japanese names read family name first. */
export function displayName(locale: Locale, first: string, last: string): string {
  return locale === 'ja' ? `${last} ${first}` : `${first} ${last}`;
}

export interface ProgramTemplate {
  key:
    | 'FIRST_100_DAYS'
    | 'LEADING_CHANGE'
    | 'COACHING_CULTURE'
    | 'SUSTAINABLE_PERFORMANCE'
    | 'SUCCESSION'
    | 'LEADERSHIP_PULSE';
  name: string;
  /** The name in the other languages the seeded organisations offer (English is `name`). */
  translations?: Partial<Record<Locale, string>>;
  objective: string;
  kpiName: string;
  kpiUnit: string;
  kpiBaseline: number;
  kpiTarget: number;
  jobLevels: readonly string[];
  newInRoleWithinDays?: number;
  focus: readonly CapabilityCode[];
  sessionsPerParticipant: number;
  durationWeeks: number;
  status: 'ACTIVE' | 'DRAFT';
  /** Weeks before the seed's reference date that the program started. */
  startedWeeksAgo: number;
}

export const PROGRAM_TEMPLATES: readonly ProgramTemplate[] = [
  {
    key: 'FIRST_100_DAYS',
    name: 'First 100 days',
    translations: {
      de: 'Die ersten 100 Tage',
      fr: 'Les 100 premiers jours',
      es: 'Los primeros 100 días',
      ja: '最初の100日',
      ar: 'أول 100 يوم',
    },
    objective:
      'Get newly promoted and newly hired managers to a productive, trusted team faster, ' +
      'so that team engagement does not dip after a change of manager.',
    kpiName: 'Engagement score of teams with a new manager',
    kpiUnit: 'points',
    kpiBaseline: 64,
    kpiTarget: 72,
    jobLevels: ['MANAGER', 'SENIOR_MANAGER'],
    newInRoleWithinDays: 100,
    focus: ['DELEGATION', 'FEEDBACK', 'PRIORITISATION'],
    sessionsPerParticipant: 6,
    durationWeeks: 12,
    status: 'ACTIVE',
    startedWeeksAgo: 40,
  },
  {
    key: 'LEADING_CHANGE',
    name: 'Leading through change',
    translations: {
      de: 'Führen im Wandel',
      fr: 'Diriger dans le changement',
      es: 'Liderar en el cambio',
      ja: '変革期のリーダーシップ',
      ar: 'القيادة في أوقات التغيير',
    },
    objective:
      'Keep regretted attrition down through the network reorganisation by equipping ' +
      'senior managers to explain, listen and decide in the open.',
    kpiName: 'Regretted attrition in reorganised units',
    kpiUnit: '%',
    kpiBaseline: 11,
    kpiTarget: 7,
    jobLevels: ['SENIOR_MANAGER', 'DIRECTOR'],
    focus: ['CHANGE_LEADERSHIP', 'DIFFICULT_CONVERSATIONS', 'REMOTE_TRUST'],
    sessionsPerParticipant: 8,
    durationWeeks: 16,
    status: 'ACTIVE',
    startedWeeksAgo: 30,
  },
  {
    key: 'COACHING_CULTURE',
    name: 'Manager as coach',
    translations: {
      de: 'Führungskraft als Coach',
      fr: 'Le manager coach',
      es: 'El mánager como coach',
      ja: 'コーチとしてのマネージャー',
      ar: 'المدير مدرّبًا',
    },
    objective: 'Grow internal mobility by making coaching conversations part of every manager’s week.',
    kpiName: 'Internal fill rate for open roles',
    kpiUnit: '%',
    kpiBaseline: 38,
    kpiTarget: 50,
    jobLevels: ['MANAGER', 'SENIOR_MANAGER'],
    focus: ['COACHING_OTHERS', 'FEEDBACK', 'DECISION_MAKING'],
    sessionsPerParticipant: 6,
    durationWeeks: 14,
    status: 'ACTIVE',
    startedWeeksAgo: 36,
  },
  {
    key: 'SUSTAINABLE_PERFORMANCE',
    name: 'Sustainable performance',
    objective: 'Reduce burnout-related sick leave among middle managers in peak-season operations.',
    kpiName: 'Sick-leave days per manager per quarter',
    kpiUnit: 'days',
    kpiBaseline: 3.4,
    kpiTarget: 2.5,
    jobLevels: ['MANAGER', 'SENIOR_MANAGER', 'DIRECTOR'],
    focus: ['WELLBEING', 'PRIORITISATION', 'DELEGATION'],
    sessionsPerParticipant: 5,
    durationWeeks: 10,
    status: 'ACTIVE',
    startedWeeksAgo: 26,
  },
  {
    key: 'SUCCESSION',
    name: 'Succession bench',
    objective: 'Have a ready-now successor for every director role within 18 months.',
    kpiName: 'Director roles with a ready-now successor',
    kpiUnit: '%',
    kpiBaseline: 35,
    kpiTarget: 80,
    jobLevels: ['DIRECTOR'],
    focus: ['SUCCESSION_READINESS', 'DECISION_MAKING'],
    sessionsPerParticipant: 8,
    durationWeeks: 24,
    status: 'DRAFT',
    startedWeeksAgo: 0,
  },
];

/**
 * The organisation-wide 360 pulse (SeedOptions.leadershipPulse): no coaching, every manager rated
 * on every capability once; its ratings are the population baseline the heatmap compares units on.
 */
export const LEADERSHIP_PULSE_TEMPLATE: ProgramTemplate = {
  key: 'LEADERSHIP_PULSE',
  name: 'Leadership pulse',
  objective: 'Know where leadership quality varies across the organisation before choosing where to coach.',
  kpiName: 'Pulse response rate',
  kpiUnit: '%',
  kpiBaseline: 70,
  kpiTarget: 85,
  jobLevels: ['MANAGER', 'SENIOR_MANAGER'],
  focus: CAPABILITY_CODES,
  sessionsPerParticipant: 1,
  durationWeeks: 52,
  status: 'ACTIVE',
  startedWeeksAgo: 20,
};

const GOAL_TITLES: Record<CapabilityCode, readonly string[]> = {
  DELEGATION: [
    'Hand over the weekly operations report to a team member',
    'Delegate one decision a week with a clear outcome, not a task list',
    'Stop reviewing routine purchase orders myself',
  ],
  FEEDBACK: [
    'Give each direct report specific feedback every two weeks',
    'Ask my team for feedback on our stand-up format',
    'Replace the annual review surprise with monthly check-ins',
  ],
  DECISION_MAKING: [
    'Write down decisions and their reasons in the team channel',
    'Decide routing changes within two days of a proposal',
    'Agree which decisions the team can take without me',
  ],
  DIFFICULT_CONVERSATIONS: [
    'Address missed deadlines within a week, not at review time',
    'Prepare and hold the restructuring conversation with my team',
    'Practise naming the issue in the first two minutes',
  ],
  REMOTE_TRUST: [
    'Hold a weekly open-door video hour for the remote sites',
    'Set outcome-based goals for the hybrid team instead of hours online',
    'Visit each remote depot once this quarter',
  ],
  PRIORITISATION: [
    'Block two focus mornings a week',
    'Cut my recurring meetings by a third',
    'Agree the top three priorities with my manager each month',
  ],
  COACHING_OTHERS: [
    'Run a coaching conversation with each report this month',
    'Ask more questions than I answer in one-to-ones',
    'Support two team members in writing development plans',
  ],
  CHANGE_LEADERSHIP: [
    'Explain the why of the reorganisation to every shift',
    'Collect and answer the team’s questions about the new structure weekly',
    'Name a change champion in each team',
  ],
  WELLBEING: [
    'Leave on time three days a week',
    'Check workload with each report before peak season',
    'Take all planned leave this year',
  ],
  SUCCESSION_READINESS: [
    'Identify and develop a possible successor',
    'Let my deputy chair the monthly review',
    'Document the knowledge only I hold',
  ],
};

export function goalTitlesFor(capability: CapabilityCode): readonly string[] {
  return GOAL_TITLES[capability];
}

export const MILESTONE_TITLES: readonly string[] = [
  'Discuss the plan with my coach',
  'Agree the first step with my manager',
  'Try it for two weeks',
  'Ask the team how it went',
  'Adjust and repeat',
  'Share what I learned',
];

export const CHECK_IN_NOTES: Record<Locale, readonly string[]> = {
  en: ['Good week, the team picked it up.', 'Slipped back during the audit.', 'Small win today.'],
  es: ['Buena semana, el equipo lo asumió.', 'Retrocedí durante la auditoría.', 'Pequeño logro hoy.'],
  de: ['Gute Woche, das Team hat mitgezogen.', 'Während des Audits zurückgefallen.', 'Kleiner Erfolg heute.'],
  fr: ['Bonne semaine, l’équipe a suivi.', 'Recul pendant l’audit.', 'Petite victoire aujourd’hui.'],
  ja: [
    '良い一週間でした。チームが取り組んでくれました。',
    '監査中は後退しました。',
    '今日は小さな成果がありました。',
  ],
  ar: ['أسبوع جيد، تبنّى الفريق الفكرة.', 'تراجعت أثناء التدقيق.', 'إنجاز صغير اليوم.'],
};

export const FEEDBACK_COMMENTS: Record<Locale, readonly string[]> = {
  en: ['Very practical session.', 'Helped me prepare a hard conversation.', 'Felt a bit rushed.'],
  es: ['Sesión muy práctica.', 'Me ayudó a preparar una conversación difícil.', 'Un poco apresurada.'],
  de: ['Sehr praxisnah.', 'Hat mir geholfen, ein schwieriges Gespräch vorzubereiten.', 'Etwas gehetzt.'],
  fr: ['Séance très concrète.', 'M’a aidé à préparer une conversation difficile.', 'Un peu précipitée.'],
  ja: ['とても実践的なセッションでした。', '難しい対話の準備に役立ちました。', '少し急ぎ足でした。'],
  ar: ['جلسة عملية جدًا.', 'ساعدتني على التحضير لمحادثة صعبة.', 'كانت متسرعة بعض الشيء.'],
};

/** Time zones a coach of a given language may work from. */
export const COACH_ZONES: Record<Locale, readonly string[]> = {
  en: ['Europe/London', 'America/New_York', 'Asia/Kolkata', 'America/Chicago'],
  es: ['Europe/Madrid', 'America/Mexico_City', 'America/Bogota'],
  de: ['Europe/Berlin', 'Europe/Vienna', 'Europe/Zurich'],
  fr: ['Europe/Paris', 'Europe/Brussels', 'America/Toronto'],
  ja: ['Asia/Tokyo'],
  ar: ['Asia/Dubai', 'Asia/Riyadh', 'Africa/Cairo'],
};
