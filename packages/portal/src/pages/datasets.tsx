import { Link } from "wouter";
import { api } from "../api";
import { DataTable, usePagedList } from "../components/data-table";
import { Loading, MoreButton, Page, ProblemMessage } from "../components/ui";

export function Datasets() {
  const list = usePagedList(
    ["datasets"],
    async (cursor) =>
      (await api().GET("/v1/datasets", { params: { query: { limit: 50, ...(cursor ? { cursor } : {}) } } })).data,
  );
  return (
    <Page title="Datasets" how="datasets">
      <ProblemMessage error={list.error} />
      {list.isPending && <Loading what="datasets" />}
      {list.data && list.items.length === 0 && <p>Your team has no dataset yet.</p>}
      <DataTable
        items={list.items}
        keyOf={(dataset) => dataset.id}
        columns={[
          { header: "Dataset", cell: (d) => <Link href={`/datasets/${d.id}`}>{d.id}</Link> },
          { header: "Team", cell: (d) => d.team },
          { header: "Description", cell: (d) => d.description },
          { header: "Partitioned by", cell: (d) => d.partitionKey },
          { header: "Contract", cell: (d) => `v${d.contractVersion}` },
        ]}
      />
      <MoreButton
        hasMore={!!list.hasNextPage}
        loading={list.isFetchingNextPage}
        onMore={() => void list.fetchNextPage()}
      />
    </Page>
  );
}
