import { getClient } from '@coachwork/client';

export interface Report {
  id: string;
  name: string;
}

/**
 * The signed-in manager's direct reports, through the page's shared client. A real host would read
 * its own directory; the demo asks the gateway. An Error when the gateway refused or was not there.
 */
export async function loadDirectReports(gateway: string, first: number): Promise<Report[] | Error> {
  const result = await getClient(gateway)
    .query<{ viewer: { directReports: { edges: Array<{ node: Report }> } | null } }>(
      `query DemoDirectReports($first: Int!) { viewer { id directReports(first: $first) { edges { node { id name } } } } }`,
      { first },
    )
    .toPromise();
  if (result.error) return new Error(result.error.message);
  return result.data?.viewer.directReports?.edges.map((edge) => edge.node) ?? [];
}
