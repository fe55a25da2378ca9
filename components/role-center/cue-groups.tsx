import { IntentLink as Link } from "@/components/ui/intent-link";
import { getTranslations } from "next-intl/server";
import type { CueGroup } from "@/lib/data/role-center";

// BC's cues: a tile per count, grouped, each a link to the list that shows exactly those rows.
export async function CueGroups({ groups }: { groups: CueGroup[] }) {
  const t = await getTranslations("roleCenter");
  return (
    <div className="space-y-5">
      {groups.map((g) => (
        <section key={g.key} aria-labelledby={`cues-${g.key}`}>
          <h2 id={`cues-${g.key}`} className="text-sm font-semibold uppercase tracking-wide text-slate-600 mb-2">
            {t(`groups.${g.key}`)}
          </h2>
          <ul className="grid grid-cols-2 sm:grid-cols-3 lg:grid-cols-5 gap-3">
            {g.cues.map((c) => (
              <li key={c.key}>
                <Link
                  href={c.href}
                  data-cue={c.key}
                  aria-label={t("open", { cue: t(`cues.${c.key}`), count: c.count })}
                  className="flex h-full min-h-24 flex-col justify-between rounded border border-slate-200 bg-white p-3 hover:border-blue-600 hover:bg-blue-50 focus-visible:outline-2 focus-visible:outline-blue-700"
                >
                  <span className="text-xs text-slate-700 break-words">{t(`cues.${c.key}`)}</span>
                  <span className="text-3xl font-semibold tabular-nums text-slate-900" data-cue-count>
                    {c.count}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
