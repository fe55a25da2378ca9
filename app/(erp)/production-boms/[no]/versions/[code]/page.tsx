import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/admin/forbidden";
import { BomForm } from "@/components/master-data/bom-editor/bom-form";
import { bomRowsOf, isoDayOf } from "@/components/master-data/bom-editor/to-rows";
import { VersionPageFrame } from "@/components/master-data/bom-editor/version-page";
import { userCan } from "@/lib/auth";
import { getProductionBom } from "@/lib/data/production-boms";

type Props = { params: Promise<{ no: string; code: string }> };

export async function generateMetadata({ params }: Props) {
  const { no, code } = await params;
  return { title: `${(await getTranslations("bomEditor"))("version")} ${decodeURIComponent(code)} · ${decodeURIComponent(no)}` };
}

export default async function BomVersionPage({ params }: Props) {
  if (!(await userCan("masterData.write"))) return <Forbidden />;
  const { no, code } = await params;
  const bom = await getProductionBom(decodeURIComponent(no));
  const v = bom?.versions.find((x) => x.versionCode === decodeURIComponent(code));
  if (!bom || !v) notFound();
  return (
    <>
      <VersionPageFrame kind="bom" record={bom} version={v} versionCodes={bom.versions.map((x) => x.versionCode)} />
      <BomForm
        key={v.version}
        versionOf={bom.no}
        values={{
          no: bom.no,
          versionCode: v.versionCode,
          description: v.description,
          startingDate: isoDayOf(v.startingDate),
          unitOfMeasureCode: v.unitOfMeasureCode,
          version: v.version,
          lines: bomRowsOf(v.lines),
        }}
      />
    </>
  );
}
