import { IntentLink as Link } from "@/components/ui/intent-link";
import type { ReactNode } from "react";

// Links between master-data cards; record keys may hold characters that need escaping in a path.
export const masterDataHref = {
  item: (no: string) => `/items/${encodeURIComponent(no)}`,
  productionBom: (no: string) => `/production-boms/${encodeURIComponent(no)}`,
  routing: (no: string) => `/routings/${encodeURIComponent(no)}`,
  workCenter: (no: string) => `/work-centers/${encodeURIComponent(no)}`,
  machineCenter: (no: string) => `/machine-centers/${encodeURIComponent(no)}`,
  family: (no: string) => `/families/${encodeURIComponent(no)}`,
  location: (code: string) => `/locations/${encodeURIComponent(code)}`,
};

/** A link to another record, or nothing when the field is blank. */
export function RecordLink({ href, children }: { href: string; children: ReactNode }) {
  if (children === null || children === undefined || children === "") return null;
  return (
    <Link href={href} className="text-blue-700 hover:underline">
      {children}
    </Link>
  );
}
