import { randomBytes } from 'node:crypto';
import type { Queryable } from '../db/types.js';
import { BulkWriter } from './bulk-writer.js';
import { CoachingGenerator, type CoachRecord, type EnrolmentPlan } from './coaching-generator.js';
import type { DemoCast, DemoPersonSpec } from './demo-people.js';
import type { SeededRandom } from './random.js';
import {
  CAPABILITY_CODES,
  COACH_ZONES,
  displayName,
  namesFor,
  LEADERSHIP_PULSE_TEMPLATE,
  PROGRAM_TEMPLATES,
  type Locale,
  type OrganisationTemplate,
  type ProgramTemplate,
  type RegionTemplate,
} from './reference-data.js';
import { SEED_TABLES } from './table-specs.js';
import { DAY_MS, HOUR_MS, isoDate, isoInstant } from './time.js';

export interface ProgramRecord {
  id: string;
  template: ProgramTemplate;
  startsOnDay: number;
  durationDays: number;
}

/** Where a person sits, and the effects their 360 scores inherit from it. */
export interface UnitContext {
  region: RegionTemplate;
  functionEffect: number;
  /** Expected PRE → POST improvement of this unit's participants. */
  growth: number;
}

export interface PersonRecord {
  id: string;
  locale: Locale;
  timeZone: string;
  jobLevel: JobLevel;
  managerId: string | null;
  inRoleSinceDay: number;
  enrolment: EnrolmentPlan | null;
}

type JobLevel = 'IC' | 'MANAGER' | 'SENIOR_MANAGER' | 'DIRECTOR' | 'EXECUTIVE';

export interface GeneratedOrganisation {
  id: string;
  slug: string;
  name: string;
  rowsWritten: Map<string, number>;
}

/** The planned days between two sessions: the program's weeks spread over its sessions. */
function cadenceDays(template: ProgramTemplate): number {
  return Math.max(
    1,
    Math.min(90, Math.floor((template.durationWeeks * 7) / template.sessionsPerParticipant)),
  );
}

/** New-in-role window of "First 100 days" and the share of managers inside it. */
/**
 * A seeded organisation's embed signing secret: random, never drawn from the seed, so that nobody
 * can derive a key from the repository and mint tokens for a seeded (demo, staging) database; dev
 * tools get tokens through mintToken or /dev/token. The seed still draws the 48 hex characters it
 * once used, so every later draw, and so every seeded row, stays what it was.
 */
function signingSecret(rng: SeededRandom): string {
  rng.hex(48);
  return randomBytes(32).toString('base64url');
}

const NEW_IN_ROLE_DAYS = 100;
const NEW_IN_ROLE_SHARE = 0.12;
/** Share of other eligible managers enrolled in some program. */
const ENROLMENT_SHARE = 0.3;
/** Roughly how many active clients one generated coach carries. */
const CLIENTS_PER_COACH = 11;

/**
 * Builds one organisation: structure top-down (regions → functions → teams),
 * people with their managers, coaches, and, team by team, the coaching
 * activity of its managers. Rows stream through a BulkWriter so memory holds
 * one team's drafts plus the coach roster, whatever the size.
 */
export class OrganisationGenerator {
  readonly orgId: string;
  private readonly writer: BulkWriter;
  private readonly programs: ProgramRecord[] = [];
  private readonly coaches: CoachRecord[] = [];
  private emailCounter = 0;
  private coaching!: CoachingGenerator;
  private peopleWritten = 0;

  constructor(
    private readonly tx: Queryable,
    private readonly rng: SeededRandom,
    private readonly template: OrganisationTemplate,
    private readonly slug: string,
    private readonly managersTarget: number,
    private readonly referenceDay: number,
    private readonly demo: DemoCast | undefined,
    batchSize: number,
    private readonly log: (line: string) => void,
    private readonly options: { leadershipPulse: boolean; trustedBulkLoad: boolean; useCopy?: boolean } = {
      leadershipPulse: false,
      trustedBulkLoad: false,
    },
  ) {
    this.orgId = rng.uuid();
    this.writer = new BulkWriter(
      tx,
      SEED_TABLES,
      batchSize,
      new Set(options.trustedBulkLoad ? ['assessments'] : []),
      options.useCopy ?? true,
    );
  }

  async generate(): Promise<GeneratedOrganisation> {
    const name =
      this.slug === this.template.slug ? this.template.name : `${this.template.name} (${this.slug})`;
    await this.insertOrganisation(name);
    await this.createPrograms();
    this.coaching = new CoachingGenerator(this.rng, this.writer, this.orgId, this.referenceDay, this.coaches);

    const regions = this.template.regions;
    const functionCount =
      this.managersTarget < 400 ? 2 : this.managersTarget < 3000 ? 4 : this.template.functions.length;
    const functions = this.template.functions.slice(0, functionCount);
    const functionUnits = regions.length * functions.length;
    // CEO, one head per region and one director per function unit are fixed;
    // the rest of the requested managers lead or sit in teams of about five.
    const teamManagerBudget = Math.max(0, this.managersTarget - 1 - regions.length - functionUnits);
    const teamCount = Math.max(functionUnits, Math.round(teamManagerBudget / 5));

    const regionUnitIds = regions.map(() => this.rng.uuid());
    for (const [index, region] of regions.entries()) {
      await this.addUnit(regionUnitIds[index]!, null, 'REGION', region.name);
    }

    const ceo = this.newPerson({
      locale: regions[0]!.locale,
      timeZone: regions[0]!.timeZone,
      jobLevel: 'EXECUTIVE',
      managerId: null,
      inRoleSinceDay: this.referenceDay - this.rng.int(400, 2500),
    });
    await this.writePerson(ceo, regionUnitIds[0]!, ['MANAGER']);
    await this.createAdmins(ceo.id, regions, regionUnitIds);
    await this.createCoaches(regionUnitIds[0]!);

    let teamIndex = 0;
    const demoRegionIndex = this.demo
      ? Math.max(
          0,
          regions.findIndex((region) => region.timeZone === this.demo!.manager.timeZone),
        )
      : -1;
    for (const [regionIndex, region] of regions.entries()) {
      const head = this.newPerson({
        locale: region.locale,
        timeZone: region.timeZone,
        jobLevel: 'EXECUTIVE',
        managerId: ceo.id,
        inRoleSinceDay: this.referenceDay - this.rng.int(200, 2500),
      });
      await this.writePerson(head, regionUnitIds[regionIndex]!, ['MANAGER']);
      const regionGrowthBase = region.growthFactor;

      for (const [functionIndex, functionName] of functions.entries()) {
        const functionUnitId = this.rng.uuid();
        await this.addUnit(functionUnitId, regionUnitIds[regionIndex]!, 'FUNCTION', functionName);
        const functionEffect = this.rng.normal(0, 0.18);
        const functionContext: UnitContext = {
          region,
          functionEffect,
          growth: Math.max(0.05, this.rng.normal(0.5, 0.2)) * regionGrowthBase,
        };
        const director = this.newPerson({
          locale: this.personLocale(region),
          timeZone: region.timeZone,
          jobLevel: 'DIRECTOR',
          managerId: head.id,
          inRoleSinceDay: this.managerInRoleSince(),
        });
        await this.writePerson(director, functionUnitId, ['MANAGER']);

        const unitOrdinal = regionIndex * functions.length + functionIndex;
        const teamsHere =
          Math.floor(teamCount / functionUnits) + (unitOrdinal < teamCount % functionUnits ? 1 : 0);
        const teamLeads: string[] = [];
        for (let t = 0; t < teamsHere; t++) {
          const teamSize = this.teamSize(teamManagerBudget, teamCount, teamIndex);
          const isDemoTeam = regionIndex === demoRegionIndex && functionIndex === 0 && t === 0;
          const teamContext: UnitContext = {
            region,
            functionEffect: functionEffect + this.rng.normal(0, 0.12),
            growth: Math.max(0.05, this.rng.normal(0.55, 0.25)) * regionGrowthBase,
          };
          const city = region.cities[t % region.cities.length]!;
          const lead = await this.createTeam({
            parentId: functionUnitId,
            name: `${functionName} ${city} ${Math.floor(t / region.cities.length) + 1}`,
            managerId: director.id,
            size: isDemoTeam ? Math.max(teamSize, 7) : teamSize,
            context: teamContext,
            demoTeam: isDemoTeam,
          });
          teamLeads.push(lead);
          teamIndex++;
        }
        await this.coaching.enrol(director, teamLeads, functionContext);
      }
      this.log(
        `  ${this.slug}: region ${region.name} done (${this.peopleWritten.toLocaleString('en')} people so far)`,
      );
    }

    await this.writer.flush();
    const rowsWritten = this.writer.rowsWritten();
    const slowest = [...this.writer.writeTimes()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([table, ms]) => `${table} ${(ms / 1000).toFixed(1)} s`);
    this.log(`  ${this.slug}: database time by table: ${slowest.join(', ')}`);
    this.log(
      `  ${this.slug}: the generator waited ${(this.writer.waitTime() / 1000).toFixed(1)} s for the database`,
    );
    rowsWritten.set('organisations', 1);
    rowsWritten.set('capabilities', CAPABILITY_CODES.length);
    return { id: this.orgId, slug: this.slug, name, rowsWritten };
  }

  private async insertOrganisation(name: string): Promise<void> {
    const locales = ['en', ...new Set(this.template.regions.map((region) => region.locale))].filter(
      (locale, index, all) => all.indexOf(locale) === index,
    );
    await this.tx.query(
      `INSERT INTO organisations (id, slug, name, locales, time_zone, allowed_origins, min_group_size,
                                  embed_signing_secret, settings)
       VALUES ($1, $2, $3, $4, $5, $6, 5, $7, $8)`,
      [
        this.orgId,
        this.slug,
        name,
        locales,
        this.template.timeZone,
        ['http://localhost:5173', 'http://127.0.0.1:5173'],
        signingSecret(this.rng),
        JSON.stringify({
          coachQuality: { probationBelow: 3.5, minRatings: 5 },
          // Northwind keeps the heatmap to admins (the default, so its participants see the widget's
          // unauthorised state); Aurora lets managers see their own subtree.
          managerHeatmapAccess: this.slug === 'aurora' ? 'OWN_SUBTREE' : 'ADMINS_ONLY',
        }),
      ],
    );
  }

  /** The organisation-wide 360 pulse (SeedOptions.leadershipPulse), once created. */
  private pulse: ProgramRecord | undefined;

  private async createPulseProgram(): Promise<void> {
    const template = LEADERSHIP_PULSE_TEMPLATE;
    this.pulse = {
      id: this.rng.uuid(),
      template,
      startsOnDay: this.referenceDay - template.startedWeeksAgo * 7,
      durationDays: template.durationWeeks * 7,
    };
    await this.writer.add('programs', [
      this.pulse.id,
      this.orgId,
      template.name,
      template.objective,
      [{ locale: 'en', text: template.name }],
      cadenceDays(template),
      template.kpiName,
      template.kpiUnit,
      template.kpiBaseline,
      template.kpiTarget,
      { jobLevels: template.jobLevels },
      template.sessionsPerParticipant,
      template.durationWeeks,
      ['en'],
      template.status,
      isoDate(this.pulse.startsOnDay),
      // Published on its first day: written here, or the database would stamp the seeding time.
      isoInstant(this.pulse.startsOnDay * DAY_MS + 9 * HOUR_MS),
    ]);
    for (const [position, capability] of template.focus.entries()) {
      await this.writer.add('program_focus_capabilities', [this.orgId, this.pulse.id, capability, position]);
    }
  }

  private async createPrograms(): Promise<void> {
    if (this.options.leadershipPulse) await this.createPulseProgram();
    for (const template of PROGRAM_TEMPLATES) {
      const record: ProgramRecord = {
        id: this.rng.uuid(),
        template,
        startsOnDay: this.referenceDay - template.startedWeeksAgo * 7,
        durationDays: template.durationWeeks * 7,
      };
      this.programs.push(record);
      const languages = ['en', ...new Set(this.template.regions.map((region) => region.locale))].filter(
        (locale, index, all) => all.indexOf(locale) === index,
      );
      // Population rules in the shape the programs module evaluates (migration 0030).
      const targetPopulation: Record<string, unknown> = { jobLevels: template.jobLevels };
      if (template.newInRoleWithinDays) targetPopulation.maxDaysInRole = template.newInRoleWithinDays;
      const names = [
        { locale: 'en', text: template.name },
        ...languages.flatMap((locale) => {
          const text = template.translations?.[locale as Locale];
          return text && locale !== 'en' ? [{ locale, text }] : [];
        }),
      ];
      await this.writer.add('programs', [
        record.id,
        this.orgId,
        template.name,
        template.objective,
        names,
        cadenceDays(template),
        template.kpiName,
        template.kpiUnit,
        template.kpiBaseline,
        template.kpiTarget,
        targetPopulation,
        template.sessionsPerParticipant,
        template.durationWeeks,
        languages,
        template.status,
        template.status === 'DRAFT' ? null : isoDate(record.startsOnDay),
        template.status === 'DRAFT' ? null : isoInstant(record.startsOnDay * DAY_MS + 9 * HOUR_MS),
      ]);
      for (const [position, capability] of template.focus.entries()) {
        await this.writer.add('program_focus_capabilities', [this.orgId, record.id, capability, position]);
      }
    }
  }

  private async addUnit(id: string, parentId: string | null, kind: string, name: string): Promise<void> {
    await this.writer.add('org_units', [id, this.orgId, parentId, kind, name]);
  }

  private personLocale(region: RegionTemplate): Locale {
    return this.rng.chance(0.85) ? region.locale : 'en';
  }

  private managerInRoleSince(): number {
    return this.rng.chance(NEW_IN_ROLE_SHARE)
      ? this.referenceDay - this.rng.int(5, NEW_IN_ROLE_DAYS - 1)
      : this.referenceDay - this.rng.int(NEW_IN_ROLE_DAYS, 2500);
  }

  private teamSize(budget: number, teams: number, index: number): number {
    const base = Math.floor(budget / teams);
    return Math.max(1, base + (index < budget % teams ? 1 : 0));
  }

  private newPerson(
    values: Omit<PersonRecord, 'id' | 'enrolment'> & { enrolment?: EnrolmentPlan | null },
  ): PersonRecord {
    const person: PersonRecord = { id: this.rng.uuid(), enrolment: null, ...values };
    if (values.enrolment === undefined) person.enrolment = this.planEnrolment(person);
    return person;
  }

  /** Who is invited to which program: new-in-role managers to "First 100 days", some others elsewhere. */
  private planEnrolment(person: PersonRecord): EnrolmentPlan | null {
    if (person.jobLevel === 'IC' || person.jobLevel === 'EXECUTIVE') return null;
    const newInRole = this.referenceDay - person.inRoleSinceDay < NEW_IN_ROLE_DAYS;
    const first100 = this.program('FIRST_100_DAYS');
    if (newInRole && first100.template.jobLevels.includes(person.jobLevel) && this.rng.chance(0.85)) {
      return { program: first100 };
    }
    if (!this.rng.chance(ENROLMENT_SHARE)) return null;
    const eligible = this.programs.filter(
      (program) =>
        program.template.status === 'ACTIVE' &&
        program.template.key !== 'FIRST_100_DAYS' &&
        program.template.jobLevels.includes(person.jobLevel),
    );
    return eligible.length > 0 ? { program: this.rng.pick(eligible) } : null;
  }

  private program(key: ProgramTemplate['key']): ProgramRecord {
    return this.programs.find((program) => program.template.key === key)!;
  }

  private generatedName(locale: Locale): { name: string; email: string } {
    const { first, last } = namesFor(locale);
    const [firstDisplay, firstAscii] = this.rng.pick(first);
    const [lastDisplay, lastAscii] = this.rng.pick(last);
    this.emailCounter++;
    return {
      name: displayName(locale, firstDisplay, lastDisplay),
      // The counter keeps generated addresses unique and never equal to the
      // demo people's counter-less addresses.
      email: `${firstAscii}.${lastAscii}.${this.emailCounter}@${this.slug}.example`,
    };
  }

  private async writePerson(
    person: PersonRecord,
    unitId: string,
    roles: string[],
    identity?: DemoPersonSpec,
  ): Promise<void> {
    const { name, email } = identity ?? this.generatedName(person.locale);
    const allRoles = person.enrolment ? ['PARTICIPANT', ...roles] : roles;
    await this.writer.add('people', [
      person.id,
      this.orgId,
      name,
      email,
      person.locale,
      person.timeZone,
      person.jobLevel,
      unitId,
      person.managerId,
      isoDate(person.inRoleSinceDay),
      allRoles,
    ]);
    this.peopleWritten++;
  }

  private async createAdmins(
    ceoId: string,
    regions: readonly RegionTemplate[],
    regionUnitIds: readonly string[],
  ): Promise<void> {
    const admins: Array<[role: string, spec: DemoPersonSpec | undefined]> = [
      ['PROGRAM_ADMIN', this.demo?.programAdmin],
      ['ORG_ADMIN', this.demo?.orgAdmin],
    ];
    for (const [role, spec] of admins) {
      const regionIndex = Math.max(
        0,
        spec ? regions.findIndex((region) => region.timeZone === spec.timeZone) : 0,
      );
      const region = regions[regionIndex]!;
      const admin = this.newPerson({
        locale: spec?.locale ?? region.locale,
        timeZone: spec?.timeZone ?? region.timeZone,
        jobLevel: 'DIRECTOR',
        managerId: ceoId,
        inRoleSinceDay: this.referenceDay - this.rng.int(300, 1500),
        enrolment: null,
      });
      await this.writePerson(admin, regionUnitIds[regionIndex]!, [role], spec);
    }
  }

  private async createCoaches(homeRegionUnitId: string): Promise<void> {
    const practiceId = this.rng.uuid();
    const poolId = this.rng.uuid();
    await this.addUnit(practiceId, homeRegionUnitId, 'FUNCTION', 'Coaching Practice');
    await this.addUnit(poolId, practiceId, 'TEAM', 'Coach pool');

    const locales = this.template.regions.map((region) => region.locale);
    const total = Math.max(10, Math.ceil((this.managersTarget * 0.22) / CLIENTS_PER_COACH));
    // Coaches per language in proportion to the regions speaking it, English
    // weighted up because it is every coach's fallback; at least two per language.
    const shares = new Map<Locale, number>();
    for (const locale of locales) shares.set(locale, (shares.get(locale) ?? 0) + 1);
    shares.set('en', (shares.get('en') ?? 0) + 1);
    const shareTotal = [...shares.values()].reduce((sum, share) => sum + share, 0);

    if (this.demo) {
      const spec = this.demo.coach;
      await this.createCoach(poolId, spec.locale, spec.timeZone, [...spec.languages], spec, 0.35, 20);
    }
    for (const [locale, share] of shares) {
      const count = Math.max(2, Math.round((total * share) / shareTotal));
      for (let i = 0; i < count; i++) {
        const languages: string[] = [locale];
        if (locale !== 'en') languages.push('en');
        if (this.rng.chance(0.25)) {
          const extra = this.rng.pick(locales);
          if (!languages.includes(extra)) languages.push(extra);
        }
        await this.createCoach(
          poolId,
          locale,
          this.rng.pick(COACH_ZONES[locale]),
          languages,
          undefined,
          this.rng.normal(0, 0.45),
          this.rng.int(8, 20),
        );
      }
    }
  }

  private async createCoach(
    poolId: string,
    locale: Locale,
    timeZone: string,
    languages: string[],
    identity: DemoPersonSpec | undefined,
    quality: number,
    capacity: number,
  ): Promise<void> {
    const person = this.newPerson({
      locale,
      timeZone,
      jobLevel: 'IC',
      managerId: null,
      inRoleSinceDay: this.referenceDay - this.rng.int(100, 3000),
      enrolment: null,
    });
    await this.writePerson(person, poolId, ['COACH'], identity);
    const coachId = this.rng.uuid();
    const paused = !identity && this.rng.chance(0.02);
    const qualityStatus = paused ? 'PAUSED' : quality < -0.7 ? 'PROBATION' : 'ACTIVE';
    const credential = identity
      ? 'ICF_PCC'
      : this.rng.weighted([
          ['ICF_ACC', 5],
          ['ICF_PCC', 4],
          ['ICF_MCC', 1],
        ] as const);
    await this.writer.add('coaches', [
      coachId,
      this.orgId,
      person.id,
      languages,
      timeZone,
      `Leadership coach (${credential.replace('_', ' ')}) working in ${languages.join(', ')}.`,
      credential,
      capacity,
      qualityStatus,
    ]);
    const specialties = this.rng.sample(CAPABILITY_CODES, 3);
    for (const capability of specialties) {
      await this.writer.add('coach_specialties', [this.orgId, coachId, capability]);
    }

    const rules: CoachRecord['rules'] = [];
    const weekdays = identity ? [1, 2, 3, 4, 5] : this.rng.sample([1, 2, 3, 4, 5], this.rng.int(3, 5));
    if (!identity && this.rng.chance(0.1)) weekdays.push(6);
    for (const weekday of weekdays.sort()) {
      const blocks: Array<[number, number]> =
        weekday === 6
          ? [[9 * 60, 12 * 60]]
          : [
              [this.rng.int(8, 10) * 60, 12 * 60],
              [this.rng.int(13, 14) * 60, this.rng.int(16, 18) * 60],
            ];
      for (const [startMinute, endMinute] of blocks) {
        rules.push({ weekday, startMinute, endMinute });
        await this.writer.add('coach_availability_rules', [
          this.rng.uuid(),
          this.orgId,
          coachId,
          weekday,
          clock(startMinute),
          clock(endMinute),
          timeZone,
        ]);
      }
    }

    const exceptions: Array<[number, number]> = [];
    const exceptionCount = identity
      ? 1
      : this.rng.weighted([
          [0, 55],
          [1, 35],
          [2, 10],
        ] as const);
    for (let i = 0; i < exceptionCount; i++) {
      const startDay = this.referenceDay + this.rng.int(-90, 60);
      const endDay = startDay + this.rng.int(1, 9);
      // The demo coach's leave is kept clear of the demo participant's
      // upcoming sessions so the booking widget always has slots to show.
      const [from, to] = identity ? [this.referenceDay + 70, this.referenceDay + 74] : [startDay, endDay];
      exceptions.push([from, to]);
      await this.writer.add('coach_availability_exceptions', [
        this.rng.uuid(),
        this.orgId,
        coachId,
        isoDate(from),
        isoDate(to),
        this.rng.pick(['Annual leave', 'Conference', 'Public holiday', 'Training']),
      ]);
    }

    this.coaches.push({
      id: coachId,
      personId: person.id,
      languages,
      timeZone,
      quality,
      capacity,
      activeClients: 0,
      paused,
      isDemo: identity !== undefined,
      rules,
      exceptions,
      busySlots: new Set(),
    });
  }

  /** One team: its lead, managers and their ICs, then the managers' coaching. Returns the lead's id. */
  private async createTeam(team: {
    parentId: string;
    name: string;
    managerId: string;
    size: number;
    context: UnitContext;
    demoTeam: boolean;
  }): Promise<string> {
    const unitId = this.rng.uuid();
    await this.addUnit(unitId, team.parentId, 'TEAM', team.name);
    const region = team.context.region;
    const demo = team.demoTeam ? this.demo : undefined;
    const demoCoach = this.coaches.find((coach) => coach.isDemo);

    const lead = this.newPerson({
      locale: demo?.manager.locale ?? this.personLocale(region),
      timeZone: demo?.manager.timeZone ?? region.timeZone,
      jobLevel: 'SENIOR_MANAGER',
      managerId: team.managerId,
      inRoleSinceDay: this.managerInRoleSince(),
    });
    await this.writePerson(lead, unitId, ['MANAGER'], demo?.manager);

    const managers: PersonRecord[] = [];
    for (let i = 1; i < team.size; i++) {
      const participantSpec = i === 1 ? demo?.participant : undefined;
      const isDemoParticipant = participantSpec !== undefined;
      const inRoleSinceDay = isDemoParticipant ? this.referenceDay - 45 : this.managerInRoleSince();
      let enrolment: EnrolmentPlan | null | undefined;
      if (demo) {
        // The demo manager's team is fully coached, mostly by the demo coach,
        // so "my team" and the coach's client list have real content.
        enrolment = isDemoParticipant
          ? {
              program: this.program('FIRST_100_DAYS'),
              forcedCoach: demoCoach,
              forcedStatus: 'ACTIVE',
              // Past the program's midpoint, so the card and tracker show a MID pulse against the baseline.
              forcedEnrolledDay: this.referenceDay - 50,
              goalVisibilities: ['PRIVATE', 'COACH', 'MANAGER'],
              sharedWithManager: true,
              // One session left to book, so the demo booker has something to do.
              upcomingSessions: 1,
              firstSessionUnrated: true,
            }
          : {
              program: this.program(i % 2 === 0 ? 'COACHING_CULTURE' : 'FIRST_100_DAYS'),
              forcedCoach: i <= 4 ? demoCoach : undefined,
              forcedStatus: 'ACTIVE',
              forcedEnrolledDay: this.referenceDay - this.rng.int(20, 60),
              // One in three keeps progress private, so the manager's team strip shows both cases.
              sharedWithManager: i % 3 !== 0,
            };
      }
      const manager = this.newPerson({
        locale: participantSpec?.locale ?? this.personLocale(region),
        timeZone: participantSpec?.timeZone ?? region.timeZone,
        jobLevel: 'MANAGER',
        managerId: lead.id,
        inRoleSinceDay,
        enrolment,
      });
      await this.writePerson(manager, unitId, ['MANAGER'], participantSpec);
      managers.push(manager);
    }

    const reportsOf = new Map<string, string[]>();
    const icManagers = managers.length > 0 ? managers : [lead];
    for (const manager of icManagers) {
      const reports: string[] = [];
      // Three to six reports: a team large enough for a 360 to clear the minimum group size.
      const count = this.rng.int(3, 6);
      for (let i = 0; i < count; i++) {
        const ic = this.newPerson({
          locale: this.personLocale(region),
          timeZone: region.timeZone,
          jobLevel: 'IC',
          managerId: manager.id,
          inRoleSinceDay: this.referenceDay - this.rng.int(30, 3000),
          enrolment: null,
        });
        await this.writePerson(ic, unitId, []);
        reports.push(ic.id);
      }
      reportsOf.set(manager.id, reports);
    }

    await this.coaching.enrol(
      lead,
      managers.length > 0 ? managers.map((manager) => manager.id) : (reportsOf.get(lead.id) ?? []),
      team.context,
    );
    // A team's managers are each other's peers.
    const peers = managers.map((manager) => manager.id);
    for (const manager of managers) {
      await this.coaching.enrol(manager, reportsOf.get(manager.id) ?? [], team.context, peers);
    }
    if (this.pulse) {
      await this.coaching.writePulse(
        lead,
        managers.length > 0 ? managers.map((m) => m.id) : (reportsOf.get(lead.id) ?? []),
        team.context,
        this.pulse,
      );
      for (const manager of managers) {
        await this.coaching.writePulse(
          manager,
          reportsOf.get(manager.id) ?? [],
          team.context,
          this.pulse,
          peers,
        );
      }
    }
    return lead.id;
  }
}

function clock(minuteOfDay: number): string {
  const hours = Math.floor(minuteOfDay / 60);
  const minutes = minuteOfDay % 60;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}
