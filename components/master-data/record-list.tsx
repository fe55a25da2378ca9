import { getTranslations } from "next-intl/server";
import { CardSection, LinesTable } from "@/components/ui/card-section";
import { RecordLink } from "@/components/master-data/record-link";

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

/** A card section that is only such a list (the routings that use a work or machine center). */
export function RecordListSection({ id, title, ...list }: Parameters<typeof RecordList>[0] & { id: string; title: string }) {
  return (
    <CardSection title={title} id={id}>
      <RecordList {...list} />
    </CardSection>
  );
}
