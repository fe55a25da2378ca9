import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/admin/forbidden";
import { BomForm } from "@/components/master-data/bom-editor/bom-form";
import { emptyBomRow } from "@/components/master-data/bom-editor/grid-rows";
import { PageHeader } from "@/components/ui/page-header";
import { userCan } from "@/lib/auth";

export async function generateMetadata() {
  return { title: (await getTranslations("bomEditor"))("newBom") };
}

export default async function NewProductionBomPage() {
  if (!(await userCan("masterData.write"))) return <Forbidden />;
  const t = await getTranslations("bomEditor");
  return (
    <>
      <PageHeader title={t("newBom")} />
      <BomForm values={{ no: "", description: "", unitOfMeasureCode: "PCS", lines: [emptyBomRow()] }} />
    </>
  );
}
