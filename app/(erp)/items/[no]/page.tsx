import { IntentLink as Link } from "@/components/ui/intent-link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { MasterDataCardHead } from "@/components/master-data/card-head";
import { CardSection, FieldGrid, LinesTable } from "@/components/ui/card-section";
import { deleteItemAction } from "@/lib/actions/master-data/items";
import { getItem } from "@/lib/data/items";
import { getFormat } from "@/lib/i18n/format";
import { PLANNING_PARAMETER_FIELDS, type PlanningParameterFieldDef } from "@/lib/domain/planning/parameter-fields";
import type { ReorderingPolicy } from "@/lib/domain/planning/types";

export default async function ItemCardPage({ params }: { params: Promise<{ no: string }> }) {
  const { no } = await params;
  const item = await getItem(decodeURIComponent(no));
  if (!item) notFound();
  const t = await getTranslations("items");
  const tc = await getTranslations("common");
  const f = await getFormat();
  const days = (n: number | null) => (n === null ? "" : t("days", { n }));
  const planningValue = (p: PlanningParameterFieldDef) => {
    const v = item[p.name];
    switch (p.kind) {
      case "policy":
        return t(`enum.${(v as ReorderingPolicy | null) ?? "BLANK"}`);
      case "quantity":
        return f.number(v);
      case "days":
        return days(v as number | null);
      case "yesNo":
        return f.bool(v as boolean);
    }
  };
  const link = (href: string, text: string | null) =>
    text ? (
      <Link className="text-blue-700 hover:underline" href={href}>
        {text}
      </Link>
    ) : (
      ""
    );
  return (
    <>
      <MasterDataCardHead
        card={t("card")}
        recordKey={{ name: "no", value: item.no }}
        version={item.version}
        subtitle={item.description}
        listPath="/items"
        deleteAction={deleteItemAction}
        fields={[
          { label: t("no"), value: item.no },
          { label: t("description"), value: item.description },
          { label: t("description2"), value: item.description2 },
          { label: t("baseUnitOfMeasure"), value: item.baseUnitOfMeasure },
          { label: t("unitCost"), value: f.amount(item.unitCost) },
          { label: t("blocked"), value: f.bool(item.blocked) },
          { label: t("productionBlocked"), value: t(`enum.${item.productionBlocked}`) },
          { label: t("roundingPrecision"), value: f.number(item.roundingPrecision, 5) },
        ]}
      />
      <CardSection title={t("replenishment")} id="replenishment">
        <FieldGrid
          fields={[
            { label: t("replenishmentSystem"), value: t(`enum.${item.replenishmentSystem}`) },
            { label: t("manufacturingPolicy"), value: t(`enum.${item.manufacturingPolicy}`) },
            {
              label: t("productionBomNo"),
              value: link(`/production-boms/${encodeURIComponent(item.productionBomNo ?? "")}`, item.productionBomNo),
            },
            { label: t("routingNo"), value: link(`/routings/${encodeURIComponent(item.routingNo ?? "")}`, item.routingNo) },
            { label: t("scrapPercent"), value: f.number(item.scrapPercent) },
            { label: t("leadTimeCalculation"), value: t("days", { n: item.leadTimeDays }) },
            { label: t("safetyLeadTime"), value: item.safetyLeadTimeDays === null ? "" : t("days", { n: item.safetyLeadTimeDays }) },
            { label: t("lowLevelCode"), value: item.lowLevelCode },
          ]}
        />
      </CardSection>
      <CardSection title={t("planning")} id="planning">
        <FieldGrid fields={PLANNING_PARAMETER_FIELDS.map((p) => ({ label: t(p.captionKey), value: planningValue(p) }))} />
      </CardSection>
      <CardSection title={t("unitsOfMeasure")} id="uom">
        <LinesTable
          caption={t("unitsOfMeasure")}
          empty={tc("noRecords")}
          columns={[
            { key: "code", label: t("code") },
            { key: "qty", label: t("qtyPerUnitOfMeasure"), align: "right" },
          ]}
          rows={item.unitsOfMeasure.map((u) => ({ key: u.code, cells: { code: u.code, qty: f.number(u.qtyPerUnitOfMeasure, 5) } }))}
        />
      </CardSection>
      <CardSection title={t("variants")} id="variants">
        <LinesTable
          caption={t("variants")}
          empty={tc("noRecords")}
          columns={[
            { key: "code", label: t("code") },
            { key: "description", label: t("description") },
            { key: "blocked", label: t("blocked") },
          ]}
          rows={item.variants.map((v) => ({
            key: v.code,
            cells: { code: v.code, description: v.description, blocked: f.bool(v.blocked) },
          }))}
        />
      </CardSection>
      <CardSection title={t("stockkeepingUnits")} id="sku">
        <LinesTable
          caption={t("stockkeepingUnits")}
          empty={tc("noRecords")}
          columns={[
            { key: "loc", label: t("locationCode") },
            { key: "variant", label: t("variantCode") },
            { key: "routing", label: t("routingNo") },
            { key: "lead", label: t("leadTimeCalculation") },
            { key: "safety", label: t("safetyLeadTime") },
            { key: "policy", label: t("reorderingPolicy") },
            { key: "safetyStock", label: t("safetyStockQuantity"), align: "right" },
            { key: "reorderPoint", label: t("reorderPoint"), align: "right" },
            { key: "reorderQty", label: t("reorderQuantity"), align: "right" },
            { key: "maxInventory", label: t("maximumInventory"), align: "right" },
          ]}
          rows={item.stockkeepingUnits.map((s) => ({
            key: `${s.locationCode}/${s.variantCode}`,
            cells: {
              loc: s.locationCode,
              variant: s.variantCode,
              routing: s.routingNo,
              lead: s.leadTimeDays === null ? "" : t("days", { n: s.leadTimeDays }),
              safety: s.safetyLeadTimeDays === null ? "" : t("days", { n: s.safetyLeadTimeDays }),
              // Blank = the item's value (PL-1).
              policy: s.reorderingPolicy ? t(`enum.${s.reorderingPolicy}`) : "",
              safetyStock: s.safetyStockQuantity === null ? "" : f.number(s.safetyStockQuantity),
              reorderPoint: s.reorderPoint === null ? "" : f.number(s.reorderPoint),
              reorderQty: s.reorderQuantity === null ? "" : f.number(s.reorderQuantity),
              maxInventory: s.maximumInventory === null ? "" : f.number(s.maximumInventory),
            },
          }))}
        />
      </CardSection>
      <CardSection title={t("inventory")} id="inventory">
        <LinesTable
          caption={t("inventory")}
          empty={tc("noRecords")}
          columns={[
            { key: "loc", label: t("locationCode") },
            { key: "variant", label: t("variantCode") },
            { key: "qty", label: t("quantity"), align: "right" },
          ]}
          rows={item.inventory.map((b) => ({
            key: `${b.locationCode}/${b.variantCode}`,
            cells: { loc: b.locationCode, variant: b.variantCode, qty: f.number(b.quantity) },
          }))}
        />
      </CardSection>
    </>
  );
}
