import { type QueryKey, useInfiniteQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";

export interface Column<T> {
  header: string;
  cell: (item: T) => ReactNode;
}

/** A list as a table with a header row, scrolling sideways on a narrow screen. */
export function DataTable<T>({
  columns,
  items,
  keyOf,
  rowClass,
}: {
  columns: Column<T>[];
  items: T[];
  keyOf: (item: T) => string;
  rowClass?: (item: T) => string | undefined;
}) {
  if (items.length === 0) return null;
  return (
    <div className="table-scroll">
      <table>
        <thead>
          <tr>
            {columns.map((column) => (
              <th scope="col" key={column.header}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={keyOf(item)} className={rowClass?.(item)}>
              {columns.map((column) => (
                <td key={column.header}>{column.cell(item)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A list the API pages with `cursor`: every page loaded so far, and how to load the next. */
export function usePagedList<T>(
  queryKey: QueryKey,
  fetchPage: (cursor: string | undefined) => Promise<{ items: T[]; cursor?: string } | undefined>,
  refetchInterval?: number,
) {
  const pages = useInfiniteQuery({
    queryKey,
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => fetchPage(pageParam),
    getNextPageParam: (page) => page?.cursor,
    ...(refetchInterval ? { refetchInterval } : {}),
  });
  return { ...pages, items: pages.data?.pages.flatMap((page) => page?.items ?? []) ?? [] };
}
