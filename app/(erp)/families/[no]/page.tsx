import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { MasterDataCardHead } from "@/components/master-data/card-head";
import { masterDataHref, RecordLink } from "@/components/master-data/record-link";
import { CardSection, LinesTable } from "@/components/ui/card-section";
import { deleteFamilyAction } from "@/lib/actions/master-data/families";
import { getFamily } from "@/lib/data/families";
import { getFormat } from "@/lib/i18n/format";

export async function generateMetadata({ params }: { params: Promise<{ no: string }> }) {
  return { title: `${(await getTranslations("families"))("card")} ${decodeURIComponent((await params).no)}` };
}

export default async function FamilyCardPage({ params }: { params: Promise<{ no: string }> }) {
  const family = await getFamily(decodeURIComponent((await params).no));
  if (!family) notFound();
  const t = await getTranslations("families");
  const tc = await getTranslations("common");
  const f = await getFormat();
  return (
    <>
      <MasterDataCardHead
        card={t("card")}
        recordKey={{ name: "no", value: family.no }}
        version={family.version}
        subtitle={family.description}
        listPath="/families"
        deleteAction={deleteFamilyAction}
        fields={[
          { label: t("no"), value: family.no },
          { label: t("description"), value: family.description },
          {
            label: t("routingNo"),
            value: <RecordLink href={masterDataHref.routing(family.routingNo ?? "")}>{family.routingNo}</RecordLink>,
          },
          { label: t("blocked"), value: f.bool(family.blocked) },
        ]}
      />
      <CardSection title={t("lines")} id="lines">
        <LinesTable
          caption={t("lines")}
          empty={tc("noRecords")}
          columns={[
            { key: "itemNo", label: t("itemNo") },
            { key: "description", label: t("description") },
            { key: "quantity", label: t("quantity"), align: "right" },
            { key: "uom", label: t("unitOfMeasureCode") },
          ]}
          rows={family.lines.map((l) => ({
            key: String(l.lineNo),
            cells: {
              itemNo: <RecordLink href={masterDataHref.item(l.itemNo)}>{l.itemNo}</RecordLink>,
              description: l.item.description,
              quantity: f.number(l.quantity, 5),
              uom: l.item.baseUnitOfMeasure,
            },
          }))}
        />
      </CardSection>
    </>
  );
}
