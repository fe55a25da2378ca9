import { getTranslations } from "next-intl/server";
import { MasterDataList, noDescriptionFilters, yesNoFilter } from "@/components/master-data/master-data-list";
import { ITEM_FILTERS, ITEM_SORTS, listItems } from "@/lib/data/items";
import { parseListParams, type RawSearchParams } from "@/lib/data/list-params";
import { getFormat } from "@/lib/i18n/format";

export async function generateMetadata() {
  return { title: (await getTranslations("items"))("title") };
}

export default async function ItemsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const t = await getTranslations("items");
  const tc = await getTranslations("common");
  const f = await getFormat();
  const params = parseListParams(await searchParams, { sortable: ITEM_SORTS, defaultSort: "no", filters: ITEM_FILTERS });
  const page = await listItems(params);
  return (
    <MasterDataList
      title={t("title")}
      basePath="/items"
      params={params}
      page={page}
      filters={[
        ...noDescriptionFilters(t),
        {
          name: "replenishmentSystem",
          label: t("replenishmentSystem"),
          type: "select",
          options: [
            { value: "PURCHASE", label: t("enum.PURCHASE") },
            { value: "PROD_ORDER", label: t("enum.PROD_ORDER") },
          ],
        },
        yesNoFilter("blocked", t("blocked"), tc),
      ]}
      columns={[
        { key: "no", label: t("no") },
        { key: "description", label: t("description") },
        { key: "baseUnitOfMeasure", label: t("baseUnitOfMeasure") },
        { key: "replenishmentSystem", label: t("replenishmentSystem") },
        { key: "productionBomNo", label: t("productionBomNo") },
        { key: "routingNo", label: t("routingNo") },
        { key: "unitCost", label: t("unitCost"), align: "right" },
      ]}
      row={(i) => ({
        key: i.no,
        href: `/items/${encodeURIComponent(i.no)}`,
        cells: {
          no: i.no,
          description: i.description,
          baseUnitOfMeasure: i.baseUnitOfMeasure,
          replenishmentSystem: t(`enum.${i.replenishmentSystem}`),
          productionBomNo: i.productionBomNo,
          routingNo: i.routingNo,
          unitCost: f.amount(i.unitCost),
        },
      })}
    />
  );
}
