import { graphql } from '@coachwork/schema/gql';

/**
 * A capability as a form offers it for choosing: its id, its stable code and its name in the
 * request's language (the operation declares `$locale`). Spread as `...CwCapabilityChoice`.
 */
export const capabilityChoiceFields = graphql(`
  fragment CwCapabilityChoice on Capability {
    id
    code
    name(locale: $locale)
  }
`);
