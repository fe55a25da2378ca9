import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n/config";
import { HISTORY_CAPTIONS, HISTORY_CODES } from "@/lib/i18n/history-captions";

// every key the production-order services write into an audit entry has a caption in the
// order History, in every locale, and every stored code has its words.
const WRITTEN_KEYS = [
  // create / delete
  "sourceType",
  "sourceNo",
  "quantity",
  "dueDate",
  "refreshed",
  // edit (the update service's fields)
  "variantCode",
  "description",
  "description2",
  "routingNo",
  "unitCost",
  "costAmount",
  "locationCode",
  "startingDateTime",
  "endingDateTime",
  // refresh
  "lines",
  "components",
  "routingLines",
  "direction",
  "calcLines",
  "calcRoutings",
  "calcComponents",
  // change status
  "status",
  "finishedDate",
  // replan and the child orders it creates or deletes
  "plan",
  "created",
  "deleted",
  "replanOf",
];
const CODE_VALUES: Record<string, string[]> = {
  status: ["SIMULATED", "PLANNED", "FIRM_PLANNED", "RELEASED", "FINISHED"],
  sourceType: ["ITEM", "FAMILY", "SALES_HEADER"],
  direction: ["BACK", "FORWARD"],
  plan: ["NO_LEVELS", "ONE_LEVEL", "ALL_LEVELS"],
};

function message(locale: string, key: string): unknown {
  const [namespace, ...rest] = key.split(".");
  const file = path.join(process.cwd(), "lib/i18n/messages", locale, `${namespace}.json`);
  return rest.reduce<unknown>(
    (node, part) => (node as Record<string, unknown> | undefined)?.[part],
    JSON.parse(readFileSync(file, "utf8")),
  );
}

describe.each(LOCALES)("X-3 History captions in %s", (locale) => {
  it("has a caption for every key the services write", () => {
    const missing = WRITTEN_KEYS.filter((k) => !HISTORY_CAPTIONS[k] || typeof message(locale, HISTORY_CAPTIONS[k]) !== "string");
    expect(missing).toEqual([]);
  });

  it("has words for every stored status, source type, direction and plan", () => {
    const missing = Object.entries(CODE_VALUES).flatMap(([key, values]) =>
      values.filter((v) => typeof message(locale, `${HISTORY_CODES[key]}.${v}`) !== "string").map((v) => `${key}.${v}`),
    );
    expect(missing).toEqual([]);
  });
});
