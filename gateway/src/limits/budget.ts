/**
 * Every caller's cost budget, as the public GraphQL APIs developers know it: a
 * bucket of query-cost points per person and per organisation, refilled every
 * second, charged before an operation runs.
 *
 * rate-limiter-flexible keeps the counts (in process, or in Redis when several
 * gateways share the load) and has no continuously refilled bucket, so each one
 * is built from two of its fixed windows, as its BurstyRateLimiter does: a
 * one-second window of `restoreRate` points, and a reserve of the rest of the
 * capacity that refills every `(capacity − restoreRate) / restoreRate` seconds.
 * A caller can spend `capacity` at once and `restoreRate` every second after.
 * BurstyRateLimiter itself is not used: it hides the reserve's state, which
 * `throttleStatus` reports, and spends a second's points on a charge it then
 * refuses.
 */
import type { Redis } from 'ioredis';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';

export interface BucketSettings {
  /** Points the bucket holds when full. */
  capacity: number;
  /** Points it regains every second. */
  restoreRate: number;
}

/** Shopify's `throttleStatus`, the shape widgets read. */
export interface ThrottleStatus {
  maximumAvailable: number;
  currentlyAvailable: number;
  restoreRate: number;
}

export interface BudgetKeys {
  /** The person (or, without a token, the client address) charged. */
  caller: string;
  /** The organisation charged; null when there is none (no token). */
  organisation: string | null;
}

export interface Charge {
  allowed: boolean;
  /** Set when allowed: hand it to `refund` with what the answer did not use. */
  receipt?: Receipt;
  /** Whole seconds until the same charge would be accepted; 0 when allowed. */
  retryAfterSeconds: number;
  /** The state of the scarcer of the two buckets after the charge. */
  throttleStatus: ThrottleStatus;
}

export interface BudgetStore {
  /** Redis shared by every gateway instance; in-process memory when absent. */
  redis?: Redis;
  /** Key prefix in Redis: tests give each run its own. */
  keyPrefix?: string;
}

interface Windows {
  settings: BucketSettings;
  second: RateLimiterAbstract;
  reserve: RateLimiterAbstract;
}

function windows(settings: BucketSettings, name: string, store: BudgetStore): Windows {
  const reservePoints = Math.max(settings.capacity - settings.restoreRate, 0);
  const reserveSeconds = Math.max(1, Math.ceil(reservePoints / settings.restoreRate));
  const make = (suffix: string, points: number, duration: number): RateLimiterAbstract => {
    const keyPrefix = `${store.keyPrefix ?? 'coachwork:budget'}:${name}:${suffix}`;
    return store.redis
      ? new RateLimiterRedis({
          storeClient: store.redis,
          keyPrefix,
          points,
          duration,
          // A Redis outage must not stop the gateway: each instance then counts on its own.
          insuranceLimiter: new RateLimiterMemory({ keyPrefix, points, duration }),
        })
      : new RateLimiterMemory({ keyPrefix, points, duration });
  };
  return {
    settings,
    second: make('second', settings.restoreRate, 1),
    reserve: make('reserve', reservePoints, reserveSeconds),
  };
}

/**
 * Takes `points` from one window with rate-limiter-flexible's consume: one
 * atomic increment (INCRBY in Redis), so concurrent takes from any number of
 * instances are each judged on the running total. A take that went over is
 * rejected by the library with the points still counted; they are given back,
 * so a refused take spends nothing.
 */
async function take(limiter: RateLimiterAbstract, key: string, points: number): Promise<boolean> {
  if (points <= 0) return true;
  try {
    await limiter.consume(key, points);
    return true;
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;
    await limiter.reward(key, points);
    return false;
  }
}

/**
 * Gives `points` back to the reserve window they were taken from, never to a later one: once that
 * window has reset, a refund would start the new one below zero and let it hold more than its
 * capacity. Never more than the window has spent, for the same reason.
 */
async function giveBack(
  limiter: RateLimiterAbstract,
  key: string,
  points: number,
  until: number,
): Promise<void> {
  if (points <= 0 || Date.now() >= until) return;
  const spent = (await limiter.get(key))?.consumedPoints ?? 0;
  const back = Math.min(points, spent);
  if (back > 0) await limiter.reward(key, back);
}

interface BucketCharge {
  allowed: boolean;
  retryAfterMs: number;
  status: ThrottleStatus;
  /** Points taken from the reserve: what a refund can give back. */
  fromReserve: number;
  /** When the reserve window charged ends (epoch ms, never later than it does): a refund after it is void. */
  reserveUntil: number;
}

/**
 * Reads both windows to split the charge, then takes from the reserve first
 * (so a refund has somewhere to go back to) and the rest from this second's
 * window; a refused charge spends nothing. The read only plans the split: each
 * take is judged atomically on the window's running total, so instances
 * charging one caller at the same instant can never overdraw it; one whose
 * plan another instance overtook is refused and retries after a second.
 */
async function chargeBucket(bucket: Windows, key: string, cost: number): Promise<BucketCharge> {
  const { settings, second, reserve } = bucket;
  const readAt = Date.now();
  const [secondRes, reserveRes] = await Promise.all([second.get(key), reserve.get(key)]);
  // A window read is the one charged, or one that opened after the read: it ends no earlier than this.
  const reserveUntil = readAt + (reserveRes ? reserveRes.msBeforeNext : reserve.duration * 1000);
  const secondLeft = secondRes ? Math.max(0, secondRes.remainingPoints) : second.points;
  const reserveLeft = reserveRes ? Math.max(0, reserveRes.remainingPoints) : reserve.points;
  const status = (available: number): ThrottleStatus => ({
    maximumAvailable: settings.capacity,
    currentlyAvailable: Math.max(0, available),
    restoreRate: settings.restoreRate,
  });
  const available = secondLeft + reserveLeft;
  if (cost > available) {
    // When this second's window reopens there are `restoreRate` + what the reserve has left;
    // a charge larger than that waits for the reserve to refill.
    const retryAfterMs =
      cost <= settings.restoreRate + reserveLeft && secondRes
        ? secondRes.msBeforeNext
        : (reserveRes?.msBeforeNext ?? 1000);
    return { allowed: false, retryAfterMs, status: status(available), fromReserve: 0, reserveUntil };
  }
  const fromReserve = Math.min(cost, reserveLeft);
  const tookReserve = await take(reserve, key, fromReserve);
  const took = tookReserve && (await take(second, key, cost - fromReserve));
  if (!took) {
    if (tookReserve && fromReserve > 0) await reserve.reward(key, fromReserve);
    return { allowed: false, retryAfterMs: 1000, status: status(0), fromReserve: 0, reserveUntil };
  }
  return { allowed: true, retryAfterMs: 0, status: status(available - cost), fromReserve, reserveUntil };
}

/** What one accepted charge took, so that the unused part can be given back. */
export interface Receipt {
  keys: BudgetKeys;
  person: number;
  organisation: number;
  /** Until when (epoch ms) the person's and the organisation's reserve windows charged are still open. */
  personUntil: number;
  organisationUntil: number;
}

/** The buckets of a budget: one per person, one per organisation. */
export interface BudgetSettings {
  person: BucketSettings;
  organisation: BucketSettings;
}

interface Buckets {
  person: Windows;
  organisation: Windows;
}

export class CostBudget {
  private readonly standard: Buckets;
  /** Organisations on budgets of their own (a plan's allowance), by organisation id. */
  private readonly own = new Map<string, Buckets>();
  private readonly pending = new Map<string, Promise<unknown>>();

  constructor(
    settings: BudgetSettings,
    store: BudgetStore = {},
    perOrganisation: ReadonlyMap<string, BudgetSettings> = new Map(),
  ) {
    this.standard = {
      person: windows(settings.person, 'person', store),
      organisation: windows(settings.organisation, 'organisation', store),
    };
    for (const [orgId, own] of perOrganisation) {
      // Keys of their own, so that changing an organisation's allowance starts it afresh.
      this.own.set(orgId, {
        person: windows(own.person, `person@${orgId}`, store),
        organisation: windows(own.organisation, `organisation@${orgId}`, store),
      });
    }
  }

  private bucketsOf(keys: BudgetKeys): Buckets {
    return (keys.organisation !== null && this.own.get(keys.organisation)) || this.standard;
  }

  /** The largest single charge this caller can ever pay. */
  capacityFor(keys: BudgetKeys): number {
    return this.bucketsOf(keys).person.settings.capacity;
  }

  /**
   * Charges the person's bucket, then the organisation's. Points a person
   * spent on a request their organisation's bucket then refuses are not given
   * back: the request was still made.
   */
  charge(keys: BudgetKeys, cost: number): Promise<Charge> {
    // One caller's charges run one after another in this process (a batch's operations
    // arrive together), so each reads what the previous one left.
    const previous = this.pending.get(keys.caller) ?? Promise.resolve();
    const next = previous.then(() => this.chargeNow(keys, cost));
    const settled = next.catch(() => undefined);
    this.pending.set(keys.caller, settled);
    void settled.then(() => {
      if (this.pending.get(keys.caller) === settled) this.pending.delete(keys.caller);
    });
    return next;
  }

  private async chargeNow(keys: BudgetKeys, cost: number): Promise<Charge> {
    const buckets = this.bucketsOf(keys);
    const person = await chargeBucket(buckets.person, keys.caller, cost);
    if (!person.allowed || keys.organisation === null) {
      return summary([person], {
        keys,
        person: person.fromReserve,
        organisation: 0,
        personUntil: person.reserveUntil,
        organisationUntil: 0,
      });
    }
    const organisation = await chargeBucket(buckets.organisation, keys.organisation, cost);
    return summary([person, organisation], {
      keys,
      person: person.fromReserve,
      organisation: organisation.fromReserve,
      personUntil: person.reserveUntil,
      organisationUntil: organisation.reserveUntil,
    });
  }

  /**
   * Gives back points an answer did not use (requested − actual cost: the
   * pages were shorter than asked), as Shopify does, up to what the charge took
   * from the reserves. Answers with the buckets' state after it.
   */
  async refund(receipt: Receipt, points: number): Promise<ThrottleStatus> {
    const buckets = this.bucketsOf(receipt.keys);
    await Promise.all([
      giveBack(
        buckets.person.reserve,
        receipt.keys.caller,
        Math.min(points, receipt.person),
        receipt.personUntil,
      ),
      receipt.keys.organisation !== null
        ? giveBack(
            buckets.organisation.reserve,
            receipt.keys.organisation,
            Math.min(points, receipt.organisation),
            receipt.organisationUntil,
          )
        : undefined,
    ]);
    return this.status(receipt.keys);
  }

  /** The buckets' state without charging anything. */
  async status(keys: BudgetKeys): Promise<ThrottleStatus> {
    return (await this.charge(keys, 0)).throttleStatus;
  }
}

function summary(charges: BucketCharge[], receipt: Receipt): Charge {
  const refused = charges.find((charge) => !charge.allowed);
  const scarcest = charges.reduce((a, b) =>
    b.status.currentlyAvailable / b.status.maximumAvailable <
    a.status.currentlyAvailable / a.status.maximumAvailable
      ? b
      : a,
  );
  return refused
    ? {
        allowed: false,
        retryAfterSeconds: Math.max(1, Math.ceil(refused.retryAfterMs / 1000)),
        throttleStatus: refused.status,
      }
    : { allowed: true, retryAfterSeconds: 0, throttleStatus: scarcest.status, receipt };
}
