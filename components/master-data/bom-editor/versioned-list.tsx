import { getTranslations } from "next-intl/server";
import { cardPathOf, KINDS, type ExtraColumn, type VersionedKind } from "@/components/master-data/bom-editor/versioned-kinds";
import { MasterDataList, noDescriptionFilters } from "@/components/master-data/master-data-list";
import type { ListParams, Page } from "@/lib/data/list-params";
import { BOM_STATUSES } from "@/lib/data/production-boms";
import type { BomStatus } from "@/lib/generated/prisma/enums";

/** The list page: No., Description, `before`, Status; filtered by No., Description and Status. */
export async function VersionedList<R extends { no: string; description: string; status: BomStatus }>({
  kind,
  params,
  page,
  before = [],
}: {
  kind: VersionedKind;
  params: ListParams<string>;
  page: Page<R>;
  before?: ExtraColumn<R>[];
}) {
  const t = await getTranslations(KINDS[kind].namespace);
  const tm = await getTranslations("masterData");
  return (
    <MasterDataList
      title={t("title")}
      basePath={KINDS[kind].listPath}
      params={params}
      page={page}
      filters={[
        ...noDescriptionFilters(t),
        {
          name: "status",
          label: t("status"),
          type: "select",
          options: BOM_STATUSES.map((s) => ({ value: s, label: tm(`bomStatus.${s}`) })),
        },
      ]}
      columns={[
        { key: "no", label: t("no") },
        { key: "description", label: t("description") },
        ...before.map(({ key, label }) => ({ key, label })),
        { key: "status", label: t("status") },
      ]}
      row={(r) => ({
        key: r.no,
        href: cardPathOf(kind, r.no),
        cells: {
          no: r.no,
          description: r.description,
          ...Object.fromEntries(before.map((c) => [c.key, c.cell(r)])),
          status: tm(`bomStatus.${r.status}`),
        },
      })}
    />
  );
}
