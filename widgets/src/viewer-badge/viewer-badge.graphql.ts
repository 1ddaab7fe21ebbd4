import { graphql } from '@coachwork/schema/gql';

export const viewerBadgeQuery = graphql(`
  query CwViewerBadge {
    viewer {
      id
      name
      timeZone
      roles
      organisation {
        id
        name
        timeZone
      }
    }
  }
`);
