import { getTranslations } from "next-intl/server";
import { VersionedList } from "@/components/master-data/bom-editor/versioned-list";
import { parseListParams, type RawSearchParams } from "@/lib/data/list-params";
import { listRoutings, ROUTING_FILTERS, ROUTING_SORTS } from "@/lib/data/routings";

export async function generateMetadata() {
  return { title: (await getTranslations("routings"))("title") };
}

export default async function RoutingsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const params = parseListParams(await searchParams, { sortable: ROUTING_SORTS, defaultSort: "no", filters: ROUTING_FILTERS });
  return <VersionedList kind="routing" params={params} page={await listRoutings(params)} />;
}
