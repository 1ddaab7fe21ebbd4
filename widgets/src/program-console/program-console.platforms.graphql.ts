import { graphql } from '@coachwork/schema/gql';

/** A registered platform as the learning platforms tab shows it. */
export const platformFields = graphql(`
  fragment CwProgramConsolePlatform on LtiRegistration {
    id
    issuer
    clientId
    deploymentIds
    jwksUrl
    jwks
    authLoginUrl
    accessTokenUrl
    emailLinkDomains
    createdAt
  }
`);

/** The organisation's registered learning platforms (org admins only: FORBIDDEN otherwise). */
export const platformsQuery = graphql(`
  query CwProgramConsolePlatforms {
    ltiRegistrations {
      ...CwProgramConsolePlatform
    }
  }
`);

export const registerPlatformMutation = graphql(`
  mutation CwProgramConsoleRegisterPlatform($input: RegisterLtiPlatformInput!) {
    registerLtiPlatform(input: $input) {
      registration {
        ...CwProgramConsolePlatform
      }
      userErrors {
        field
        message
      }
    }
  }
`);

export const setPlatformKeysMutation = graphql(`
  mutation CwProgramConsoleSetPlatformKeys($input: SetLtiPlatformKeysInput!) {
    setLtiPlatformKeys(input: $input) {
      registration {
        ...CwProgramConsolePlatform
      }
      userErrors {
        field
        message
      }
    }
  }
`);

export const removePlatformMutation = graphql(`
  mutation CwProgramConsoleRemovePlatform($id: ID!) {
    removeLtiRegistration(id: $id) {
      removedId
      userErrors {
        field
        message
      }
    }
  }
`);
