import { callerOf, type Caller } from '../../context.js';
import { forbidden } from '../../errors.js';
import type { Resolvers, UserError } from '../../generated/resolvers.js';
import { fromGlobalId, toGlobalId, uuidOf } from '../../ids.js';
import { pageRequest, toConnection } from '../core/connection.js';
import { viewerPerson } from '../viewer/resolvers.js';
import { editableGoal, readableGoal, visibilitiesFor } from './access.js';
import { forgetGoal } from './loaders.js';
import {
  countGoals,
  goalCursorKey,
  insertCheckIn,
  insertGoal,
  insertMilestones,
  listGoals,
  reorderMilestones,
  setMilestoneDone,
  updateGoal,
  type GoalChanges,
  type GoalQuery,
  type GoalRow,
} from './sql.js';
import * as check from './validate.js';

async function unknownCapability(caller: Caller, code: string, errors: UserError[]): Promise<void> {
  const capability = await caller.loaders.capabilities.byCode.load(code);
  if (!capability) {
    errors.push({
      field: ['capability'],
      code: 'NOT_FOUND',
      message: caller.t('goals.unknownCapability', { code }),
    });
  }
}

async function todayForViewer(caller: Caller): Promise<string> {
  return check.today((await viewerPerson(caller)).timeZone);
}

/** Re-reads a goal after a write, through fresh loaders. */
async function reload(caller: Caller, goalId: string): Promise<GoalRow | null> {
  forgetGoal(caller.loaders.goals, goalId);
  return caller.loaders.goals.byId.load(goalId);
}

function failed(userErrors: UserError[]) {
  return { goal: null, userErrors };
}

/** Resolves the goal a mutation targets, runs `write` in one tenant transaction, answers the fresh goal. */
async function changeGoal(
  caller: Caller,
  goalId: string,
  plan: (goal: GoalRow, errors: UserError[]) => Promise<GoalChanges> | GoalChanges,
) {
  const target = await editableGoal(caller, goalId, ['goalId']);
  if (target.error) return failed([target.error]);
  const errors: UserError[] = [];
  const changes = await plan(target.goal, errors);
  if (errors.length > 0) return failed(errors);
  const { orgId } = caller.viewer;
  if (Object.keys(changes).length > 0) {
    await caller.tenant((tx) => updateGoal(tx, orgId, target.goal.id, changes));
  }
  return { goal: await reload(caller, target.goal.id), userErrors: [] };
}

function archivedConflict(caller: Caller, goal: GoalRow, errors: UserError[]): boolean {
  if (goal.archivedAt === null) return false;
  errors.push({ field: ['goalId'], code: 'CONFLICT', message: caller.t('goals.archived') });
  return true;
}

export const goalResolvers: Resolvers = {
  Query: {
    async goals(_parent, args, context) {
      const caller = callerOf(context);
      const page = pageRequest(args);
      const filter = args.filter;
      const ownerId = filter?.owner ? uuidOf(filter.owner, 'Person', 'filter.owner') : caller.viewer.personId;
      const visibilities = await visibilitiesFor(caller, ownerId);
      if (visibilities.length === 0) {
        throw forbidden('goals.sharedOnly');
      }
      const query: GoalQuery = {
        ownerId,
        visibilities,
        statuses: filter?.status && filter.status.length > 0 ? filter.status : null,
        capabilityCode: filter?.capability ?? null,
        archived: filter?.archived ?? false,
      };
      const { orgId } = caller.viewer;
      const rows = await caller.tenant((tx) => listGoals(tx, orgId, query, page));
      return toConnection(rows, page, goalCursorKey, () =>
        caller.tenant((tx) => countGoals(tx, orgId, query)),
      );
    },
    goal: (_parent, { id }, context) => readableGoal(callerOf(context), id),
  },
  Goal: {
    id: (goal) => toGlobalId('Goal', goal.id),
    async owner(goal, _args, context) {
      const owner = await callerOf(context).loaders.people.byId.load(goal.ownerId);
      if (!owner) throw new Error(`goal ${goal.id} has no owner row`);
      return owner;
    },
    async capability(goal, _args, context) {
      const capability = await callerOf(context).loaders.capabilities.byCode.load(goal.capabilityCode);
      if (!capability) throw new Error(`goal ${goal.id} names a missing capability`);
      return capability;
    },
    milestones: (goal, _args, context) => callerOf(context).loaders.goals.milestones.load(goal.id),
    latestCheckIn: (goal, _args, context) => callerOf(context).loaders.goals.latestCheckIn.load(goal.id),
    async checkIns(goal, args, context) {
      const { loaders } = callerOf(context);
      const page = pageRequest(args);
      const rows = await loaders.goals.checkIns.load({ id: goal.id, args: page });
      return toConnection(
        rows,
        page,
        (checkIn) => ({ sort: checkIn.checkedInAt.toISOString(), id: checkIn.id }),
        () => loaders.goals.checkInCount.load(goal.id),
      );
    },
    viewerCanEdit: (goal, _args, context) => goal.ownerId === callerOf(context).viewer.personId,
  },
  GoalMilestone: {
    id: (milestone) => toGlobalId('GoalMilestone', milestone.id),
  },
  GoalCheckIn: {
    id: (checkIn) => toGlobalId('GoalCheckIn', checkIn.id),
    async author(checkIn, _args, context) {
      const author = await callerOf(context).loaders.people.byId.load(checkIn.authorId);
      if (!author) throw new Error(`check-in ${checkIn.id} has no author row`);
      return author;
    },
  },
  GoalConnection: {
    totalCount: (connection) => connection.totalCount(),
  },
  GoalCheckInConnection: {
    totalCount: (connection) => connection.totalCount(),
  },
  Mutation: {
    async createGoal(_parent, { input }, context) {
      const caller = callerOf(context);
      const { t } = caller;
      const errors: UserError[] = [];
      const title = check.title(input.title, ['title'], errors, t);
      const description = check.text(input.description, ['description'], errors, t);
      const targetDate = input.targetDate
        ? check.futureDate(input.targetDate, await todayForViewer(caller), ['targetDate'], errors, t)
        : null;
      await unknownCapability(caller, input.capability, errors);
      const milestones = input.milestones ?? [];
      if (milestones.length > check.maxMilestonesOnCreate) {
        errors.push({
          field: ['milestones'],
          code: 'INVALID',
          message: t('goals.tooManyMilestonesOnCreate', { max: check.maxMilestonesOnCreate }),
        });
      }
      const milestoneTitles = milestones.map((value, index) =>
        check.title(value, ['milestones', String(index)], errors, t),
      );
      if (errors.length > 0) return failed(errors);

      const { orgId, personId } = caller.viewer;
      const goalId = await caller.tenant(async (tx) => {
        const id = await insertGoal(tx, orgId, {
          ownerId: personId,
          capabilityCode: input.capability,
          title,
          description,
          targetDate,
          visibility: input.visibility ?? 'COACH',
        });
        await insertMilestones(tx, orgId, id, milestoneTitles, 0);
        return id;
      });
      return { goal: await reload(caller, goalId), userErrors: [] };
    },

    async updateGoal(_parent, { input }, context) {
      const caller = callerOf(context);
      const { t } = caller;
      return changeGoal(caller, input.goalId, async (goal, errors) => {
        if (archivedConflict(caller, goal, errors)) return {};
        const changes: GoalChanges = {};
        if (input.title !== undefined && input.title !== null) {
          changes.title = check.title(input.title, ['title'], errors, t);
        }
        if (input.description !== undefined && input.description !== null) {
          changes.description = check.text(input.description, ['description'], errors, t);
        }
        if (input.capability !== undefined && input.capability !== null) {
          await unknownCapability(caller, input.capability, errors);
          changes.capabilityCode = input.capability;
        }
        if (input.targetDate && input.targetDate !== goal.targetDate) {
          changes.targetDate = check.futureDate(
            input.targetDate,
            await todayForViewer(caller),
            ['targetDate'],
            errors,
            t,
          );
        }
        if (input.progress !== undefined && input.progress !== null) {
          check.progress(input.progress, ['progress'], errors, t);
        }
        if (
          (input.progress !== undefined && input.progress !== null) ||
          (input.status !== undefined && input.status !== null)
        ) {
          const next = check.nextState(goal, { progress: input.progress, status: input.status }, errors, t);
          changes.progress = next.progress;
          changes.status = next.status;
        }
        return changes;
      });
    },

    archiveGoal: (_parent, { input }, context) =>
      changeGoal(callerOf(context), input.goalId, (goal) => (goal.archivedAt ? {} : { archived: true })),

    restoreGoal: (_parent, { input }, context) =>
      changeGoal(callerOf(context), input.goalId, (goal) => (goal.archivedAt ? { archived: false } : {})),

    setGoalVisibility: (_parent, { input }, context) =>
      changeGoal(callerOf(context), input.goalId, () => ({ visibility: input.visibility })),

    async addGoalMilestone(_parent, { input }, context) {
      const caller = callerOf(context);
      const target = await editableGoal(caller, input.goalId, ['goalId']);
      if (target.error) return { milestone: null, goal: null, userErrors: [target.error] };
      const errors: UserError[] = [];
      archivedConflict(caller, target.goal, errors);
      const milestoneTitle = check.title(input.title, ['title'], errors, caller.t);
      const existing = await caller.loaders.goals.milestones.load(target.goal.id);
      if (existing.length >= check.maxMilestonesPerGoal) {
        errors.push({
          field: ['goalId'],
          code: 'CONFLICT',
          message: caller.t('goals.tooManyMilestones', { max: check.maxMilestonesPerGoal }),
        });
      }
      if (errors.length > 0) return { milestone: null, goal: null, userErrors: errors };

      const { orgId } = caller.viewer;
      const nextPosition = existing.reduce((max, m) => Math.max(max, m.position + 1), 0);
      const [milestoneId] = await caller.tenant((tx) =>
        insertMilestones(tx, orgId, target.goal.id, [milestoneTitle], nextPosition),
      );
      const goal = await reload(caller, target.goal.id);
      const milestone = milestoneId ? await caller.loaders.goals.milestoneById.load(milestoneId) : null;
      return { milestone, goal, userErrors: [] };
    },

    async completeGoalMilestone(_parent, { input }, context) {
      const caller = callerOf(context);
      const notFound = {
        milestone: null,
        goal: null,
        userErrors: [
          {
            field: ['milestoneId'],
            code: 'NOT_FOUND' as const,
            message: caller.t('goals.milestoneNotFound'),
          },
        ],
      };
      const decoded = fromGlobalId(input.milestoneId);
      if (!decoded || decoded.type !== 'GoalMilestone') return notFound;
      const milestone = await caller.loaders.goals.milestoneById.load(decoded.uuid);
      if (!milestone) return notFound;
      const target = await editableGoal(caller, toGlobalId('Goal', milestone.goalId), ['milestoneId']);
      if (target.error) {
        return target.error.code === 'NOT_FOUND'
          ? notFound
          : { milestone: null, goal: null, userErrors: [target.error] };
      }
      const errors: UserError[] = [];
      if (archivedConflict(caller, target.goal, errors)) {
        return { milestone: null, goal: null, userErrors: errors };
      }

      const { orgId } = caller.viewer;
      await caller.tenant((tx) => setMilestoneDone(tx, orgId, milestone.id, input.done ?? true));
      caller.loaders.goals.milestoneById.clear(milestone.id);
      const goal = await reload(caller, milestone.goalId);
      return {
        milestone: await caller.loaders.goals.milestoneById.load(milestone.id),
        goal,
        userErrors: [],
      };
    },

    async reorderGoalMilestones(_parent, { input }, context) {
      const caller = callerOf(context);
      const target = await editableGoal(caller, input.goalId, ['goalId']);
      if (target.error) return failed([target.error]);
      const errors: UserError[] = [];
      if (archivedConflict(caller, target.goal, errors)) return failed(errors);
      const current = await caller.loaders.goals.milestones.load(target.goal.id);
      const known = new Set(current.map((milestone) => milestone.id));
      const ids: string[] = [];
      for (const id of input.milestoneIds) {
        const decoded = fromGlobalId(id);
        if (decoded?.type === 'GoalMilestone' && known.has(decoded.uuid)) ids.push(decoded.uuid);
      }
      if (
        ids.length !== input.milestoneIds.length ||
        ids.length !== known.size ||
        new Set(ids).size !== ids.length
      ) {
        return failed([
          {
            field: ['milestoneIds'],
            code: 'INVALID',
            message: caller.t('goals.reorderMismatch'),
          },
        ]);
      }
      const { orgId } = caller.viewer;
      await caller.tenant((tx) => reorderMilestones(tx, orgId, target.goal.id, ids));
      return { goal: await reload(caller, target.goal.id), userErrors: [] };
    },

    async addGoalCheckIn(_parent, { input }, context) {
      const caller = callerOf(context);
      const target = await editableGoal(caller, input.goalId, ['goalId']);
      if (target.error) return { checkIn: null, goal: null, userErrors: [target.error] };
      const goal = target.goal;
      const { t } = caller;
      const errors: UserError[] = [];
      archivedConflict(caller, goal, errors);
      const progress = check.progress(input.progress, ['progress'], errors, t);
      const note = check.text(input.note, ['note'], errors, t);
      const mood = check.scale(input.mood, ['mood'], errors, t);
      const confidence = check.scale(input.confidence, ['confidence'], errors, t);
      const next = check.nextState(goal, { progress }, errors, t);
      if (errors.length > 0) return { checkIn: null, goal: null, userErrors: errors };

      const { orgId, personId } = caller.viewer;
      const checkInId = await caller.tenant(async (tx) => {
        const id = await insertCheckIn(tx, orgId, {
          goalId: goal.id,
          authorId: personId,
          progress,
          note,
          mood,
          confidence,
        });
        await updateGoal(tx, orgId, goal.id, { progress: next.progress, status: next.status });
        return id;
      });
      return {
        checkIn: await caller.loaders.goals.checkInById.load(checkInId),
        goal: await reload(caller, goal.id),
        userErrors: [],
      };
    },
  },
};
