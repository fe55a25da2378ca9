import { getTranslations } from "next-intl/server";
import { CardSection, LinesTable } from "@/components/ui/card-section";
import { masterDataHref, RecordLink } from "@/components/master-data/record-link";

// A short "No. | Description" table of related records (where-used, machine centers, …).
export async function RecordList({
  caption,
  noLabel,
  descriptionLabel,
  records,
  href,
}: {
  caption: string;
  noLabel: string;
  descriptionLabel: string;
  records: { no: string; description: string }[];
  href: (no: string) => string;
}) {
  const tc = await getTranslations("common");
  return (
    <LinesTable
      caption={caption}
      empty={tc("noRecords")}
      columns={[
        { key: "no", label: noLabel },
        { key: "description", label: descriptionLabel },
      ]}
      rows={records.map((r) => ({
        key: r.no,
        cells: { no: <RecordLink href={href(r.no)}>{r.no}</RecordLink>, description: r.description },
      }))}
    />
  );
}

/** A work or machine center card's Routings section: the routings with an operation on it. */
export async function RoutingsUsingSection({
  namespace,
  routings,
}: {
  namespace: "workCenters" | "machineCenters";
  routings: { no: string; description: string }[];
}) {
  const t = await getTranslations(namespace);
  return (
    <CardSection title={t("routings")} id="routings">
      <RecordList
        caption={t("routings")}
        noLabel={t("no")}
        descriptionLabel={t("description")}
        records={routings}
        href={masterDataHref.routing}
      />
    </CardSection>
  );
}
