import { graphql } from '@coachwork/schema/gql';

/** The desk's frame: whether the viewer is a coach, their zone, name and own rating. */
export const deskHeaderQuery = graphql(`
  query CwCoachDeskHeader {
    coachDesk {
      timeZone
      coach {
        id
        name
        rating {
          average
          count
        }
      }
    }
  }
`);
