import { graphql } from '@coachwork/schema/gql';

/**
 * What every mutation payload's `userErrors` carries: the input field at fault, a stable code and
 * the gateway's message in the request's language. Spread as `...CwUserError`; the documents
 * that use it need not import it (codegen adds the fragment to them).
 */
export const userErrorFields = graphql(`
  fragment CwUserError on UserError {
    field
    code
    message
  }
`);
