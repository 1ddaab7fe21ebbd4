import { describe, expect, it } from 'vitest';
import { entitiesOf, entityTypenames, patchEntities, readsDerivedField } from './invalidation.js';

const goal = (id: string, fields: Record<string, unknown>) => ({ __typename: 'Goal', id, ...fields });

describe('invalidation', () => {
  it('collects the typenames of objects with an id only', () => {
    const data = {
      __typename: 'Mutation',
      createGoal: {
        __typename: 'GoalPayload',
        goal: goal('g1', { owner: { __typename: 'Person', id: 'p1' } }),
      },
      userErrors: [{ __typename: 'UserError', message: 'x' }],
    };
    expect([...entityTypenames(data)].sort()).toEqual(['Goal', 'Person']);
  });

  it('knows a derived root field when it sees one', () => {
    expect(readsDerivedField({ progressCard: {} })).toBe(true);
    expect(readsDerivedField({ viewer: { progressCard: {} } })).toBe(false);
  });

  it('writes the leaf fields of returned entities over the same entities, leaving the rest', () => {
    const cached = {
      viewer: { __typename: 'Person', id: 'p1', name: 'Ada' },
      goals: [
        goal('g1', { progress: 30, status: 'IN_PROGRESS', checkIns: [{ id: 'c1' }] }),
        goal('g2', { progress: 5 }),
      ],
    };
    const returned = entitiesOf({
      updateGoal: { goal: goal('g1', { progress: 45, checkIns: [{ id: 'c2' }], extra: 1 }) },
    });
    const patched = patchEntities(cached, returned) as typeof cached;
    // Lists of objects are the query's own selection: left to the re-fetch.
    expect(patched.goals[0]).toEqual(
      goal('g1', { progress: 45, status: 'IN_PROGRESS', checkIns: [{ id: 'c1' }] }),
    );
    // Untouched parts keep their identity, so Lit re-renders only what changed.
    expect(patched.goals[1]).toBe(cached.goals[1]);
    expect(patched.viewer).toBe(cached.viewer);
    expect(patchEntities(cached, entitiesOf({ ping: true }))).toBe(cached);
  });
});
