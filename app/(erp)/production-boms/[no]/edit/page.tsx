import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/admin/forbidden";
import { BomForm } from "@/components/master-data/bom-editor/bom-form";
import { bomRowsOf } from "@/components/master-data/bom-editor/to-rows";
import { NotEditableNote } from "@/components/master-data/bom-editor/version-page";
import { PageHeader } from "@/components/ui/page-header";
import { userCan } from "@/lib/auth";
import { getProductionBom } from "@/lib/data/production-boms";

type Props = { params: Promise<{ no: string }> };

export async function generateMetadata({ params }: Props) {
  return { title: `${(await getTranslations("bomEditor"))("editBom")} ${decodeURIComponent((await params).no)}` };
}

export default async function EditProductionBomPage({ params }: Props) {
  if (!(await userCan("masterData.write"))) return <Forbidden />;
  const bom = await getProductionBom(decodeURIComponent((await params).no));
  if (!bom) notFound();
  const t = await getTranslations("bomEditor");
  const tm = await getTranslations("masterData");
  return (
    <>
      <PageHeader title={`${t("editBom")} · ${bom.no}`} subtitle={`${tm(`bomStatus.${bom.status}`)}`} />
      <NotEditableNote kind="bom" status={bom.status} />
      <BomForm
        values={{
          no: bom.no,
          description: bom.description,
          unitOfMeasureCode: bom.unitOfMeasureCode,
          version: bom.version,
          lines: bomRowsOf(bom.lines),
        }}
      />
    </>
  );
}
