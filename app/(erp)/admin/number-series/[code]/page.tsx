import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/admin/forbidden";
import { DeleteSeriesButton } from "@/components/admin/no-series/delete-series-button";
import { NoSeriesForm } from "@/components/admin/no-series/no-series-form";
import { PageHeader } from "@/components/ui/page-header";
import { userCan } from "@/lib/auth";
import { getNoSeriesCard } from "@/lib/data/no-series";

export async function generateMetadata({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  return { title: `${(await getTranslations("noSeries"))("card")} · ${decodeURIComponent(code)}` };
}

export default async function NoSeriesCardPage({
  params,
  searchParams,
}: {
  params: Promise<{ code: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  if (!(await userCan("noSeries.manage"))) return <Forbidden />;
  const { code } = await params;
  const series = await getNoSeriesCard(decodeURIComponent(code));
  if (!series) notFound();
  const t = await getTranslations("noSeries");
  return (
    <>
      <PageHeader
        title={`${t("card")} · ${series.code}`}
        subtitle={series.description}
        actions={<DeleteSeriesButton code={series.code} version={series.version} />}
      />
      <NoSeriesForm series={series} justSaved={(await searchParams).saved === "1"} />
    </>
  );
}
