import type { ReactNode } from "react";
import { NewButton } from "@/components/master-data/forms/record-actions";
import { DataTable, type Column, type Filter, type Row } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import type { ListParams, Page } from "@/lib/data/list-params";

/**
 * A master-data list page: the title with a New button (shown to those who may write master
 * data), then the server-sorted, filtered and paged table of the records, each row a link to
 * its card. `row` turns one record of the page into the table's cells.
 */
export function MasterDataList<T>({
  title,
  basePath,
  params,
  page,
  filters,
  columns,
  row,
  actions,
}: {
  title: string;
  basePath: string;
  params: ListParams<string>;
  page: Page<T>;
  filters: Filter[];
  columns: Column[];
  row: (record: T) => Row;
  /** Instead of the New button. */
  actions?: ReactNode;
}) {
  return (
    <>
      <PageHeader title={title} actions={actions ?? <NewButton href={`${basePath}/new`} />} />
      <DataTable
        basePath={basePath}
        caption={title}
        total={page.total}
        page={page.page}
        pageSize={page.pageSize}
        sort={params.sort}
        dir={params.dir}
        filterValues={params.filters}
        filters={filters}
        columns={columns}
        rows={page.rows.map(row)}
      />
    </>
  );
}

type T = (key: string) => string;

/** The No. and Description filters a master-data list opens with (`t`: the record's captions). */
export function noDescriptionFilters(t: T): Filter[] {
  return [
    { name: "no", label: t("no") },
    { name: "description", label: t("description") },
  ];
}

/** A Yes/No filter on a Boolean field (Blocked); `tc`: the common captions. */
export function yesNoFilter(name: string, label: string, tc: T): Filter {
  return {
    name,
    label,
    type: "select",
    options: [
      { value: "yes", label: tc("yes") },
      { value: "no", label: tc("no") },
    ],
  };
}
