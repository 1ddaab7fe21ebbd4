/**
 * Every goal mutation: its happy path, each bad input answered with userErrors,
 * and proof that a refused mutation wrote nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../db/testing.js';
import { fromGlobalId } from '../../ids.js';
import {
  createGoal,
  daysFromToday,
  goalFields,
  goalTableSnapshot,
  gql,
  newGoal,
  openGoalWorld,
  type GoalPayloadValue,
  type GoalValue,
  type GoalWorld,
  type UserErrorValue,
} from './test-support.js';

const update = `mutation Update($input: UpdateGoalInput!) {
  updateGoal(input: $input) { goal { ${goalFields} } userErrors { field code message } }
}`;
const archive = `mutation Archive($input: GoalIdInput!) {
  archiveGoal(input: $input) { goal { ${goalFields} } userErrors { field code message } }
}`;
const restore = `mutation Restore($input: GoalIdInput!) {
  restoreGoal(input: $input) { goal { ${goalFields} } userErrors { field code message } }
}`;
const setVisibility = `mutation Visibility($input: SetGoalVisibilityInput!) {
  setGoalVisibility(input: $input) { goal { ${goalFields} } userErrors { field code message } }
}`;
const addMilestone = `mutation AddMilestone($input: AddGoalMilestoneInput!) {
  addGoalMilestone(input: $input) {
    milestone { id title position done } goal { ${goalFields} } userErrors { field code message }
  }
}`;
const completeMilestone = `mutation CompleteMilestone($input: CompleteGoalMilestoneInput!) {
  completeGoalMilestone(input: $input) {
    milestone { id done doneAt } goal { ${goalFields} } userErrors { field code message }
  }
}`;
const reorder = `mutation Reorder($input: ReorderGoalMilestonesInput!) {
  reorderGoalMilestones(input: $input) { goal { ${goalFields} } userErrors { field code message } }
}`;
const checkIn = `mutation CheckIn($input: AddGoalCheckInInput!) {
  addGoalCheckIn(input: $input) {
    checkIn { id progress note mood confidence checkedInAt author { name } }
    goal { ${goalFields} checkIns(first: 10) { totalCount edges { node { progress note } } } }
    userErrors { field code message }
  }
}`;

interface MilestonePayload {
  milestone: { id: string; title?: string; position?: number; done: boolean; doneAt?: string | null } | null;
  goal: GoalValue | null;
  userErrors: UserErrorValue[];
}

interface CheckInPayload {
  checkIn: {
    id: string;
    progress: number;
    note: string | null;
    mood: number | null;
    confidence: number | null;
    checkedInAt: string;
    author: { name: string };
  } | null;
  goal:
    | (GoalValue & {
        checkIns: { totalCount: number; edges: Array<{ node: { progress: number; note: string } }> };
      })
    | null;
  userErrors: UserErrorValue[];
}

const codes = (errors: UserErrorValue[]) => errors.map((e) => [e.field, e.code]);

describe.each(testEngines())('goal mutations on %s', (engine) => {
  let world: GoalWorld;

  beforeAll(async () => {
    world = await openGoalWorld(engine, 'goalmut');
  });
  afterAll(async () => {
    await world?.close();
  });

  /** Runs a mutation that must be refused and checks the goal tables did not change. */
  async function refused<P extends { userErrors: UserErrorValue[] }>(run: () => Promise<P>): Promise<P> {
    const before = await goalTableSnapshot(world);
    const payload = await run();
    expect(payload.userErrors.length).toBeGreaterThan(0);
    expect(await goalTableSnapshot(world)).toBe(before);
    return payload;
  }

  const updateAs = async (token: string, input: Record<string, unknown>) =>
    (await gql<{ updateGoal: GoalPayloadValue }>(world, token, update, { input })).updateGoal;
  const checkInAs = async (token: string, input: Record<string, unknown>) =>
    (await gql<{ addGoalCheckIn: CheckInPayload }>(world, token, checkIn, { input })).addGoalCheckIn;

  describe('createGoal', () => {
    it('creates the viewer’s goal with its milestones, not started, shared with the coach by default', async () => {
      const targetDate = daysFromToday(45);
      const payload = await createGoal(world, world.tokens.owner, {
        capability: 'DELEGATION',
        title: '  Delegate the weekly forecast to my two leads  ',
        description: 'Hand over the Monday numbers.',
        targetDate,
        milestones: ['Write the checklist', 'Pair on the first forecast'],
      });
      expect(payload.userErrors).toEqual([]);
      expect(payload.goal).toMatchObject({
        title: 'Delegate the weekly forecast to my two leads',
        description: 'Hand over the Monday numbers.',
        targetDate,
        status: 'NOT_STARTED',
        progress: 0,
        visibility: 'COACH',
        archivedAt: null,
        completedAt: null,
        viewerCanEdit: true,
        capability: { code: 'DELEGATION', name: 'Delegation' },
        owner: { name: 'Report 1' },
        latestCheckIn: null,
      });
      expect(payload.goal!.milestones.map((m) => [m.title, m.position, m.done])).toEqual([
        ['Write the checklist', 0, false],
        ['Pair on the first forecast', 1, false],
      ]);
    });

    it('accepts no target date and a chosen visibility', async () => {
      const payload = await createGoal(world, world.tokens.owner, {
        capability: 'FEEDBACK',
        title: 'Give weekly feedback',
        visibility: 'PRIVATE',
      });
      expect(payload.userErrors).toEqual([]);
      expect(payload.goal).toMatchObject({ targetDate: null, visibility: 'PRIVATE', milestones: [] });
    });

    it('accepts today in the viewer’s zone and refuses yesterday there, where UTC’s date differs', async () => {
      // At any hour one of these zones is on another date than UTC: Pago Pago (UTC−11) still on
      // UTC's yesterday before 11:00 UTC, Kiritimati (UTC+14) already on UTC's tomorrow from 10:00.
      const zone = new Date().getUTCHours() < 11 ? 'Pacific/Pago_Pago' : 'Pacific/Kiritimati';
      const dayIn = (days: number) =>
        new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(new Date(Date.now() + days * 86_400_000));
      expect(dayIn(0)).not.toBe(new Date().toISOString().slice(0, 10));
      const [row] = await world.db.query<{ time_zone: string }>(
        'select time_zone from people where id = $1',
        [world.ownerId],
      );
      const before = row!.time_zone;
      await world.db.query('update people set time_zone = $2 where id = $1', [world.ownerId, zone]);
      try {
        const today = await createGoal(world, world.tokens.owner, {
          capability: 'FEEDBACK',
          title: 'Due today where I am',
          targetDate: dayIn(0),
        });
        expect(today.userErrors).toEqual([]);
        expect(today.goal).toMatchObject({ targetDate: dayIn(0) });
        const yesterday = await refused(() =>
          createGoal(world, world.tokens.owner, {
            capability: 'FEEDBACK',
            title: 'Due yesterday where I am',
            targetDate: dayIn(-1),
          }),
        );
        expect(codes(yesterday.userErrors)).toEqual([[['targetDate'], 'INVALID']]);
      } finally {
        await world.db.query('update people set time_zone = $2 where id = $1', [world.ownerId, before]);
      }
    });

    it('keeps markup in titles as text, byte for byte', async () => {
      const hostile = `<img src=x onerror="alert(1)"><script>alert('x')</script> & “quotes”`;
      const goal = await newGoal(world, { title: hostile, description: hostile });
      expect(goal.title).toBe(hostile);
      expect(goal.description).toBe(hostile);
    });

    it.each([
      ['an empty title', { title: '   ' }, [[['title'], 'REQUIRED']]],
      ['a 301-character title', { title: 'x'.repeat(301) }, [[['title'], 'INVALID']]],
      ['a target date in the past', { targetDate: daysFromToday(-2) }, [[['targetDate'], 'INVALID']]],
      ['an unknown capability', { capability: 'JUGGLING' }, [[['capability'], 'NOT_FOUND']]],
      ['a blank milestone', { milestones: ['ok', ' '] }, [[['milestones', '1'], 'REQUIRED']]],
      [
        '21 milestones',
        { milestones: Array.from({ length: 21 }, (_, i) => `m${i}`) },
        [[['milestones'], 'INVALID']],
      ],
      ['a 4,001-character description', { description: 'd'.repeat(4001) }, [[['description'], 'INVALID']]],
    ])('refuses %s and writes nothing', async (_name, change, expected) => {
      const payload = await refused(() =>
        createGoal(world, world.tokens.owner, {
          capability: 'DELEGATION',
          title: 'A fine title',
          targetDate: daysFromToday(30),
          ...change,
        }),
      );
      expect(payload.goal).toBeNull();
      expect(codes(payload.userErrors)).toEqual(expected);
    });

    it('reports every problem at once', async () => {
      const payload = await refused(() =>
        createGoal(world, world.tokens.owner, {
          capability: 'NOPE',
          title: '',
          targetDate: daysFromToday(-10),
        }),
      );
      expect(codes(payload.userErrors)).toEqual([
        [['title'], 'REQUIRED'],
        [['targetDate'], 'INVALID'],
        [['capability'], 'NOT_FOUND'],
      ]);
    });

    it('allows exactly 300 characters, counted as characters not UTF-16 units', async () => {
      const goal = await newGoal(world, { title: '😀'.repeat(300) });
      expect([...goal.title]).toHaveLength(300);
    });
  });

  describe('updateGoal', () => {
    it('changes only the fields given', async () => {
      const goal = await newGoal(world, { description: 'keep me' });
      const targetDate = daysFromToday(90);
      const payload = await updateAs(world.tokens.owner, {
        goalId: goal.id,
        title: 'Delegate the forecast and the budget',
        capability: 'PRIORITISATION',
        targetDate,
      });
      expect(payload.userErrors).toEqual([]);
      expect(payload.goal).toMatchObject({
        title: 'Delegate the forecast and the budget',
        capability: { code: 'PRIORITISATION' },
        targetDate,
        description: 'keep me',
        progress: 0,
        status: 'NOT_STARTED',
      });
      const cleared = await updateAs(world.tokens.owner, { goalId: goal.id, description: '' });
      expect(cleared.goal?.description).toBeNull();
    });

    it('moves status with progress: started, completed at 100, reopened below it', async () => {
      const goal = await newGoal(world);
      const started = await updateAs(world.tokens.owner, { goalId: goal.id, progress: 30 });
      expect(started.goal).toMatchObject({ progress: 30, status: 'IN_PROGRESS', completedAt: null });
      const done = await updateAs(world.tokens.owner, { goalId: goal.id, progress: 100 });
      expect(done.goal).toMatchObject({ progress: 100, status: 'COMPLETED' });
      expect(done.goal!.completedAt).not.toBeNull();
      const reopened = await updateAs(world.tokens.owner, { goalId: goal.id, progress: 80 });
      expect(reopened.goal).toMatchObject({ progress: 80, status: 'IN_PROGRESS', completedAt: null });
    });

    it('marks a goal complete, which sets progress to 100, and can abandon one', async () => {
      const goal = await newGoal(world);
      const done = await updateAs(world.tokens.owner, { goalId: goal.id, status: 'COMPLETED' });
      expect(done.goal).toMatchObject({ progress: 100, status: 'COMPLETED' });
      const other = await newGoal(world);
      const abandoned = await updateAs(world.tokens.owner, { goalId: other.id, status: 'ABANDONED' });
      expect(abandoned.goal).toMatchObject({ status: 'ABANDONED', completedAt: null });
    });

    it('keeps a past target date that is not being changed', async () => {
      const goal = await newGoal(world);
      const past = daysFromToday(-20);
      await world.db.query('update goals set target_date = $1 where id = $2', [
        past,
        fromGlobalId(goal.id)!.uuid,
      ]);
      const payload = await updateAs(world.tokens.owner, {
        goalId: goal.id,
        targetDate: past,
        title: 'Still late',
      });
      expect(payload.userErrors).toEqual([]);
      expect(payload.goal).toMatchObject({ targetDate: past, title: 'Still late' });
    });

    it.each([
      ['progress above 100', { progress: 101 }, [[['progress'], 'INVALID']]],
      ['negative progress', { progress: -1 }, [[['progress'], 'INVALID']]],
      ['an empty title', { title: '' }, [[['title'], 'REQUIRED']]],
      ['a 301-character title', { title: 'y'.repeat(301) }, [[['title'], 'INVALID']]],
      ['a new target date in the past', { targetDate: daysFromToday(-3) }, [[['targetDate'], 'INVALID']]],
      ['an unknown capability', { capability: 'ASTROLOGY' }, [[['capability'], 'NOT_FOUND']]],
      ['completion below 100%', { status: 'COMPLETED', progress: 50 }, [[['progress'], 'INVALID']]],
      ['another status at 100%', { status: 'IN_PROGRESS', progress: 100 }, [[['status'], 'INVALID']]],
    ])('refuses %s and writes nothing', async (_name, change, expected) => {
      const goal = await newGoal(world);
      const payload = await refused(() => updateAs(world.tokens.owner, { goalId: goal.id, ...change }));
      expect(payload.goal).toBeNull();
      expect(codes(payload.userErrors)).toEqual(expected);
    });

    it('refuses someone else’s goal: FORBIDDEN to the coach who sees it, NOT_FOUND to the others', async () => {
      const goal = await newGoal(world, { visibility: 'COACH' });
      const asCoach = await refused(() =>
        updateAs(world.tokens.coach, { goalId: goal.id, title: 'Mine now' }),
      );
      expect(codes(asCoach.userErrors)).toEqual([[['goalId'], 'FORBIDDEN']]);
      for (const token of [world.tokens.manager, world.tokens.peer, world.tokens.orgAdmin]) {
        const payload = await refused(() => updateAs(token, { goalId: goal.id, title: 'Mine now' }));
        expect(codes(payload.userErrors)).toEqual([[['goalId'], 'NOT_FOUND']]);
      }
    });

    it('answers NOT_FOUND for an ID that is not a goal', async () => {
      const payload = await refused(() =>
        updateAs(world.tokens.owner, { goalId: 'bm90LWEtZ29hbA', title: 'x' }),
      );
      expect(codes(payload.userErrors)).toEqual([[['goalId'], 'NOT_FOUND']]);
    });
  });

  describe('archiveGoal and restoreGoal', () => {
    it('archives out of the list and restores into it', async () => {
      const goal = await newGoal(world, { title: 'To be archived' });
      const listed = async (archived: boolean) =>
        (
          await gql<{ goals: { edges: Array<{ node: { id: string } }> } }>(
            world,
            world.tokens.owner,
            `query($archived: Boolean) { goals(first: 100, filter: { archived: $archived }) { edges { node { id } } } }`,
            { archived },
          )
        ).goals.edges.map((edge) => edge.node.id);

      const archived = await gql<{ archiveGoal: GoalPayloadValue }>(world, world.tokens.owner, archive, {
        input: { goalId: goal.id },
      });
      expect(archived.archiveGoal.userErrors).toEqual([]);
      expect(archived.archiveGoal.goal!.archivedAt).not.toBeNull();
      expect(await listed(false)).not.toContain(goal.id);
      expect(await listed(true)).toContain(goal.id);

      const blocked = await refused(() => updateAs(world.tokens.owner, { goalId: goal.id, progress: 10 }));
      expect(codes(blocked.userErrors)).toEqual([[['goalId'], 'CONFLICT']]);
      const blockedCheckIn = await refused(() =>
        checkInAs(world.tokens.owner, { goalId: goal.id, progress: 10 }),
      );
      expect(codes(blockedCheckIn.userErrors)).toEqual([[['goalId'], 'CONFLICT']]);

      const restored = await gql<{ restoreGoal: GoalPayloadValue }>(world, world.tokens.owner, restore, {
        input: { goalId: goal.id },
      });
      expect(restored.restoreGoal.goal!.archivedAt).toBeNull();
      expect(await listed(false)).toContain(goal.id);
    });

    it('refuses to archive someone else’s goal', async () => {
      const goal = await newGoal(world, { visibility: 'MANAGER' });
      const payload = await refused(
        async () =>
          (
            await gql<{ archiveGoal: GoalPayloadValue }>(world, world.tokens.manager, archive, {
              input: { goalId: goal.id },
            })
          ).archiveGoal,
      );
      expect(codes(payload.userErrors)).toEqual([[['goalId'], 'FORBIDDEN']]);
    });

    it('refuses to restore someone else’s archived goal: forbidden to who may read it, not found to others', async () => {
      const goal = await newGoal(world, { visibility: 'MANAGER' });
      const archived = await gql<{ archiveGoal: GoalPayloadValue }>(world, world.tokens.owner, archive, {
        input: { goalId: goal.id },
      });
      expect(archived.archiveGoal.goal!.archivedAt).not.toBeNull();
      const restoreAs = (token: string) => async () =>
        (await gql<{ restoreGoal: GoalPayloadValue }>(world, token, restore, { input: { goalId: goal.id } }))
          .restoreGoal;
      for (const token of [world.tokens.manager, world.tokens.coach]) {
        expect(codes((await refused(restoreAs(token))).userErrors)).toEqual([[['goalId'], 'FORBIDDEN']]);
      }
      expect(codes((await refused(restoreAs(world.tokens.peer))).userErrors)).toEqual([
        [['goalId'], 'NOT_FOUND'],
      ]);
    });
  });

  describe('setGoalVisibility', () => {
    it('changes who may read the goal', async () => {
      const goal = await newGoal(world, { visibility: 'PRIVATE' });
      const read = async () =>
        (
          await gql<{ goal: { id: string } | null }>(
            world,
            world.tokens.manager,
            `query($id: ID!) { goal(id: $id) { id } }`,
            { id: goal.id },
          )
        ).goal;
      expect(await read()).toBeNull();
      const payload = await gql<{ setGoalVisibility: GoalPayloadValue }>(
        world,
        world.tokens.owner,
        setVisibility,
        {
          input: { goalId: goal.id, visibility: 'MANAGER' },
        },
      );
      expect(payload.setGoalVisibility.goal?.visibility).toBe('MANAGER');
      expect(await read()).toEqual({ id: goal.id });
    });

    it('refuses the coach and strangers', async () => {
      const goal = await newGoal(world, { visibility: 'COACH' });
      for (const [token, code] of [
        [world.tokens.coach, 'FORBIDDEN'],
        [world.tokens.outsider, 'NOT_FOUND'],
      ] as const) {
        const payload = await refused(
          async () =>
            (
              await gql<{ setGoalVisibility: GoalPayloadValue }>(world, token, setVisibility, {
                input: { goalId: goal.id, visibility: 'PRIVATE' },
              })
            ).setGoalVisibility,
        );
        expect(codes(payload.userErrors)).toEqual([[['goalId'], code]]);
      }
    });
  });

  describe('milestones', () => {
    const add = async (token: string, input: Record<string, unknown>) =>
      (await gql<{ addGoalMilestone: MilestonePayload }>(world, token, addMilestone, { input }))
        .addGoalMilestone;
    const complete = async (token: string, input: Record<string, unknown>) =>
      (await gql<{ completeGoalMilestone: MilestonePayload }>(world, token, completeMilestone, { input }))
        .completeGoalMilestone;
    const reorderAs = async (token: string, input: Record<string, unknown>) =>
      (await gql<{ reorderGoalMilestones: GoalPayloadValue }>(world, token, reorder, { input }))
        .reorderGoalMilestones;

    it('adds at the end, completes, reopens and reorders', async () => {
      const goal = await newGoal(world, { milestones: ['One', 'Two'] });
      const added = await add(world.tokens.owner, { goalId: goal.id, title: 'Three' });
      expect(added.userErrors).toEqual([]);
      expect(added.milestone).toMatchObject({ title: 'Three', position: 2, done: false });
      expect(added.goal!.milestones.map((m) => m.title)).toEqual(['One', 'Two', 'Three']);

      const done = await complete(world.tokens.owner, { milestoneId: added.milestone!.id });
      expect(done.milestone!.done).toBe(true);
      expect(done.milestone!.doneAt).not.toBeNull();
      const reopened = await complete(world.tokens.owner, { milestoneId: added.milestone!.id, done: false });
      expect(reopened.milestone).toMatchObject({ done: false, doneAt: null });

      const ids = added.goal!.milestones.map((m) => m.id);
      const reordered = await reorderAs(world.tokens.owner, {
        goalId: goal.id,
        milestoneIds: [ids[2], ids[0], ids[1]],
      });
      expect(reordered.userErrors).toEqual([]);
      expect(reordered.goal!.milestones.map((m) => [m.title, m.position])).toEqual([
        ['Three', 0],
        ['One', 1],
        ['Two', 2],
      ]);
    });

    it('refuses a blank or over-long milestone title', async () => {
      const goal = await newGoal(world);
      const blank = await refused(() => add(world.tokens.owner, { goalId: goal.id, title: '' }));
      expect(codes(blank.userErrors)).toEqual([[['title'], 'REQUIRED']]);
      const long = await refused(() => add(world.tokens.owner, { goalId: goal.id, title: 'z'.repeat(301) }));
      expect(codes(long.userErrors)).toEqual([[['title'], 'INVALID']]);
    });

    it('refuses a 51st milestone', async () => {
      const goal = await newGoal(world, { milestones: Array.from({ length: 20 }, (_, i) => `m${i}`) });
      for (let i = 20; i < 50; i++) {
        expect((await add(world.tokens.owner, { goalId: goal.id, title: `m${i}` })).userErrors).toEqual([]);
      }
      const payload = await refused(() =>
        add(world.tokens.owner, { goalId: goal.id, title: 'one too many' }),
      );
      expect(codes(payload.userErrors)).toEqual([[['goalId'], 'CONFLICT']]);
    });

    it('refuses a reorder that is not a permutation of the goal’s milestones', async () => {
      const goal = await newGoal(world, { milestones: ['A', 'B', 'C'] });
      const other = await newGoal(world, { milestones: ['X'] });
      const [a, b, c] = goal.milestones.map((m) => m.id);
      for (const milestoneIds of [
        [a, b],
        [a, b, b],
        [a, b, c, other.milestones[0]!.id],
        [a, b, other.milestones[0]!.id],
        [a, b, 'garbage'],
      ]) {
        const payload = await refused(() => reorderAs(world.tokens.owner, { goalId: goal.id, milestoneIds }));
        expect(codes(payload.userErrors)).toEqual([[['milestoneIds'], 'INVALID']]);
      }
    });

    it('refuses someone else’s milestones', async () => {
      const goal = await newGoal(world, { visibility: 'MANAGER', milestones: ['Theirs'] });
      const milestoneId = goal.milestones[0]!.id;
      const byCoach = await refused(() => complete(world.tokens.coach, { milestoneId }));
      expect(codes(byCoach.userErrors)).toEqual([[['milestoneId'], 'FORBIDDEN']]);
      const byPeer = await refused(() => complete(world.tokens.peer, { milestoneId }));
      expect(codes(byPeer.userErrors)).toEqual([[['milestoneId'], 'NOT_FOUND']]);
      const addByManager = await refused(() =>
        add(world.tokens.manager, { goalId: goal.id, title: 'Sneaky' }),
      );
      expect(codes(addByManager.userErrors)).toEqual([[['goalId'], 'FORBIDDEN']]);
      const reorderByManager = await refused(() =>
        reorderAs(world.tokens.manager, { goalId: goal.id, milestoneIds: [milestoneId] }),
      );
      expect(codes(reorderByManager.userErrors)).toEqual([[['goalId'], 'FORBIDDEN']]);
    });
  });

  describe('addGoalCheckIn', () => {
    it('records the check-in and moves progress from 30% to 45%', async () => {
      const goal = await newGoal(world);
      await checkInAs(world.tokens.owner, { goalId: goal.id, progress: 30 });
      const payload = await checkInAs(world.tokens.owner, {
        goalId: goal.id,
        progress: 45,
        note: 'Both leads ran the forecast once.',
        mood: 4,
        confidence: 3,
      });
      expect(payload.userErrors).toEqual([]);
      expect(payload.checkIn).toMatchObject({
        progress: 45,
        note: 'Both leads ran the forecast once.',
        mood: 4,
        confidence: 3,
        author: { name: 'Report 1' },
      });
      expect(payload.goal).toMatchObject({
        progress: 45,
        status: 'IN_PROGRESS',
        latestCheckIn: { id: payload.checkIn!.id, progress: 45 },
      });
      expect(payload.goal!.checkIns.totalCount).toBe(2);
      expect(payload.goal!.checkIns.edges.map((e) => e.node.progress)).toEqual([45, 30]);
    });

    it('completes the goal at 100%', async () => {
      const goal = await newGoal(world);
      const payload = await checkInAs(world.tokens.owner, { goalId: goal.id, progress: 100 });
      expect(payload.goal).toMatchObject({ progress: 100, status: 'COMPLETED' });
      expect(payload.goal!.completedAt).not.toBeNull();
    });

    it.each([
      ['progress above 100', { progress: 101 }, [[['progress'], 'INVALID']]],
      ['negative progress', { progress: -5 }, [[['progress'], 'INVALID']]],
      ['mood 0', { progress: 10, mood: 0 }, [[['mood'], 'INVALID']]],
      ['confidence 6', { progress: 10, confidence: 6 }, [[['confidence'], 'INVALID']]],
      ['a 4,001-character note', { progress: 10, note: 'n'.repeat(4001) }, [[['note'], 'INVALID']]],
    ])('refuses %s and writes nothing', async (_name, change, expected) => {
      const goal = await newGoal(world);
      const payload = await refused(() => checkInAs(world.tokens.owner, { goalId: goal.id, ...change }));
      expect(payload.goal).toBeNull();
      expect(codes(payload.userErrors)).toEqual(expected);
    });

    it('refuses a check-in on someone else’s goal', async () => {
      const goal = await newGoal(world, { visibility: 'MANAGER' });
      const byManager = await refused(() =>
        checkInAs(world.tokens.manager, { goalId: goal.id, progress: 50 }),
      );
      expect(codes(byManager.userErrors)).toEqual([[['goalId'], 'FORBIDDEN']]);
      const byOutsider = await refused(() =>
        checkInAs(world.tokens.outsider, { goalId: goal.id, progress: 50 }),
      );
      expect(codes(byOutsider.userErrors)).toEqual([[['goalId'], 'NOT_FOUND']]);
    });
  });
});
