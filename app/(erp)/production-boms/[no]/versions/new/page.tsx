import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/admin/forbidden";
import { BomForm } from "@/components/master-data/bom-editor/bom-form";
import { emptyBomRow } from "@/components/master-data/bom-editor/grid-rows";
import { PageHeader } from "@/components/ui/page-header";
import { userCan } from "@/lib/auth";
import { getProductionBom } from "@/lib/data/production-boms";

type Props = { params: Promise<{ no: string }> };

export async function generateMetadata() {
  return { title: (await getTranslations("bomEditor"))("newVersion") };
}

export default async function NewBomVersionPage({ params }: Props) {
  if (!(await userCan("masterData.write"))) return <Forbidden />;
  const bom = await getProductionBom(decodeURIComponent((await params).no));
  if (!bom) notFound();
  const t = await getTranslations("bomEditor");
  return (
    <>
      <PageHeader title={`${t("newVersion")} · ${bom.no}`} subtitle={bom.description} />
      <BomForm
        versionOf={bom.no}
        values={{ no: bom.no, description: bom.description, unitOfMeasureCode: bom.unitOfMeasureCode, lines: [emptyBomRow()] }}
      />
    </>
  );
}
