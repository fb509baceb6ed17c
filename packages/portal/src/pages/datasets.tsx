import { useInfiniteQuery } from "@tanstack/react-query";
import { Link } from "wouter";
import { api } from "../api";
import { Loading, MoreButton, Page, ProblemMessage } from "../components/ui";

export function Datasets() {
  const pages = useInfiniteQuery({
    queryKey: ["datasets"],
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam }) =>
      (
        await api().GET("/v1/datasets", {
          params: { query: { limit: 50, ...(pageParam ? { cursor: pageParam } : {}) } },
        })
      ).data,
    getNextPageParam: (page) => page?.cursor,
  });
  const items = pages.data?.pages.flatMap((page) => page?.items ?? []) ?? [];
  return (
    <Page title="Datasets">
      <ProblemMessage error={pages.error} />
      {pages.isPending && <Loading what="datasets" />}
      {pages.data && items.length === 0 && <p>Your team has no dataset yet.</p>}
      {items.length > 0 && (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">Dataset</th>
                <th scope="col">Team</th>
                <th scope="col">Description</th>
                <th scope="col">Partitioned by</th>
                <th scope="col">Contract</th>
              </tr>
            </thead>
            <tbody>
              {items.map((dataset) => (
                <tr key={dataset.id}>
                  <td>
                    <Link href={`/datasets/${dataset.id}`}>{dataset.id}</Link>
                  </td>
                  <td>{dataset.team}</td>
                  <td>{dataset.description}</td>
                  <td>{dataset.partitionKey}</td>
                  <td>v{dataset.contractVersion}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <MoreButton
        hasMore={!!pages.hasNextPage}
        loading={pages.isFetchingNextPage}
        onMore={() => void pages.fetchNextPage()}
      />
    </Page>
  );
}
