import { graphql } from '@coachwork/schema/gql';

/** What a goal row shows; every mutation answers with it so the shared cache updates the row. */
export const goalFields = graphql(`
  fragment CwGoalTrackerGoal on Goal {
    id
    title
    description
    targetDate
    status
    progress
    visibility
    viewerCanEdit
    capability {
      ...CwCapabilityChoice
    }
    milestones {
      id
      title
      done
      position
    }
    latestCheckIn {
      id
      checkedInAt
    }
  }
`);

/** The history shown when a goal is expanded; the check-in mutation answers with the same page. */
export const checkInFields = graphql(`
  fragment CwGoalTrackerCheckIns on Goal {
    id
    checkIns(first: 10) {
      totalCount
      edges {
        node {
          id
          progress
          note
          mood
          confidence
          checkedInAt
          author {
            id
            name
          }
        }
      }
    }
  }
`);

/** The answer to a change of a goal's own fields: the row as it now is, or why it was refused. */
export const goalChangeFields = graphql(`
  fragment CwGoalTrackerGoalChange on GoalPayload {
    goal {
      ...CwGoalTrackerGoal
    }
    userErrors {
      ...CwUserError
    }
  }
`);

export const goalTrackerQuery = graphql(`
  query CwGoalTracker($owner: ID, $capability: String, $locale: Locale, $first: Int!) {
    viewer {
      id
      timeZone
    }
    capabilities(first: 50) {
      edges {
        node {
          ...CwCapabilityChoice
        }
      }
    }
    goals(first: $first, filter: { owner: $owner, capability: $capability }) {
      totalCount
      edges {
        node {
          ...CwGoalTrackerGoal
        }
      }
    }
  }
`);

export const goalDetailQuery = graphql(`
  query CwGoalTrackerDetail($id: ID!) {
    goal(id: $id) {
      ...CwGoalTrackerCheckIns
    }
  }
`);

export const createGoalMutation = graphql(`
  mutation CwGoalTrackerCreate($input: CreateGoalInput!, $locale: Locale) {
    createGoal(input: $input) {
      ...CwGoalTrackerGoalChange
    }
  }
`);

export const updateGoalMutation = graphql(`
  mutation CwGoalTrackerUpdate($input: UpdateGoalInput!, $locale: Locale) {
    updateGoal(input: $input) {
      ...CwGoalTrackerGoalChange
    }
  }
`);

export const setVisibilityMutation = graphql(`
  mutation CwGoalTrackerVisibility($input: SetGoalVisibilityInput!, $locale: Locale) {
    setGoalVisibility(input: $input) {
      ...CwGoalTrackerGoalChange
    }
  }
`);

export const checkInMutation = graphql(`
  mutation CwGoalTrackerCheckIn($input: AddGoalCheckInInput!, $locale: Locale) {
    addGoalCheckIn(input: $input) {
      goal {
        ...CwGoalTrackerGoal
        ...CwGoalTrackerCheckIns
      }
      userErrors {
        ...CwUserError
      }
    }
  }
`);

export const milestoneMutation = graphql(`
  mutation CwGoalTrackerMilestone($input: CompleteGoalMilestoneInput!, $locale: Locale) {
    completeGoalMilestone(input: $input) {
      goal {
        ...CwGoalTrackerGoal
      }
      userErrors {
        ...CwUserError
      }
    }
  }
`);
