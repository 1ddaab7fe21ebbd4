import { graphql } from '@coachwork/schema/gql';

/**
 * Everything the setup form edits. The mutations answer with the program's id, name and status only:
 * urql re-fetches every shown query that holds a Program, this one included.
 */
export const programSetupFields = graphql(`
  fragment CwProgramConsoleSetup on Program {
    id
    name
    status
    viewerCanManage
    names {
      locale
      text
    }
    objectives {
      locale
      text
    }
    languages
    sessionsPerParticipant
    durationWeeks
    cadenceDays
    sessionMinutes
    capacity
    startsOn
    endsOn
    policy {
      minNoticeHours
      horizonDays
      lateCancelHours
      bufferMinutes
    }
    focusCapabilities {
      id
      code
    }
    kpis {
      id
      names {
        locale
        text
      }
      unit
      baseline
      target
    }
    targetPopulation {
      orgUnits {
        includeSubtree
        orgUnit {
          id
          name
        }
      }
      excludedOrgUnits {
        includeSubtree
        orgUnit {
          id
          name
        }
      }
      includedPeople {
        id
        name
      }
      excludedPeople {
        id
        name
      }
      jobLevels
      minDaysInRole
      maxDaysInRole
      managesManagers
      timeZones
      locales
    }
    outcomeSummary {
      locale
      text
    }
  }
`);

/** The choices the form offers: the organisation's languages and capabilities (units and people are searched). */
export const setupChoicesQuery = graphql(`
  query CwProgramConsoleSetupChoices($locale: Locale) {
    organisation {
      id
      locales
      timeZone
    }
    capabilities(first: 50) {
      edges {
        node {
          ...CwCapabilityChoice
        }
      }
    }
  }
`);

/** Org units whose name holds the text, for the unit pickers (any number of units). */
export const unitSearchQuery = graphql(`
  query CwProgramConsoleUnitSearch($search: String) {
    orgUnits(first: 8, search: $search) {
      edges {
        node {
          id
          name
          peopleCount
        }
      }
    }
  }
`);

/** People whose name or e-mail holds the text, for the include and exclude pickers. */
export const personSearchQuery = graphql(`
  query CwProgramConsolePersonSearch($search: String) {
    people(first: 8, filter: { search: $search }) {
      edges {
        node {
          id
          name
          orgUnit {
            id
            name
          }
        }
      }
    }
  }
`);

export const programSetupQuery = graphql(`
  query CwProgramConsoleProgram($id: ID!) {
    node(id: $id) {
      id
      ... on Program {
        ...CwProgramConsoleSetup
      }
    }
  }
`);

/** The live count beside the rules. */
export const populationPreviewQuery = graphql(`
  query CwProgramConsolePopulation($rules: PopulationRulesInput!, $programId: ID) {
    programPopulationPreview(rules: $rules, programId: $programId, sampleSize: 5) {
      count
      overlapCount
      overlaps {
        count
        program {
          id
          name
        }
      }
      sample {
        id
        name
      }
      userErrors {
        field
        message
      }
    }
  }
`);

export const createProgramMutation = graphql(`
  mutation CwProgramConsoleCreate($input: CreateProgramInput!) {
    createProgram(input: $input) {
      program {
        id
        name
        status
      }
      userErrors {
        field
        message
      }
    }
  }
`);

export const updateProgramMutation = graphql(`
  mutation CwProgramConsoleUpdate($input: UpdateProgramInput!) {
    updateProgram(input: $input) {
      program {
        id
        name
        status
      }
      userErrors {
        field
        message
      }
    }
  }
`);

export const publishProgramMutation = graphql(`
  mutation CwProgramConsolePublish($input: PublishProgramInput!) {
    publishProgram(input: $input) {
      program {
        id
        name
        status
      }
      invitedCount
      waitlistedCount
      userErrors {
        field
        message
      }
    }
  }
`);

export const pauseProgramMutation = graphql(`
  mutation CwProgramConsolePause($input: ProgramTransitionInput!) {
    pauseProgram(input: $input) {
      program {
        id
        name
        status
      }
      userErrors {
        field
        message
      }
    }
  }
`);

export const resumeProgramMutation = graphql(`
  mutation CwProgramConsoleResume($input: ProgramTransitionInput!) {
    resumeProgram(input: $input) {
      program {
        id
        name
        status
      }
      userErrors {
        field
        message
      }
    }
  }
`);

export const closeProgramMutation = graphql(`
  mutation CwProgramConsoleClose($input: CloseProgramInput!) {
    closeProgram(input: $input) {
      program {
        id
        name
        status
      }
      completedCount
      withdrawnCount
      userErrors {
        field
        message
      }
    }
  }
`);
