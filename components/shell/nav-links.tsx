"use client";

import { IntentLink as Link } from "@/components/ui/intent-link";
import { usePathname } from "next/navigation";

export type NavSection = { title: string; links: { href: string; label: string }[] };

export function NavLinks({ sections }: { sections: NavSection[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Main" className="flex-1 overflow-y-auto py-2">
      {sections.map((s) => (
        <div key={s.title} className="mb-3">
          <p className="px-4 py-1 text-xs uppercase tracking-wide text-slate-400">{s.title}</p>
          <ul>
            {s.links.map((l) => {
              const active = pathname === l.href || pathname.startsWith(`${l.href}/`);
              return (
                <li key={l.href}>
                  <Link
                    href={l.href}
                    aria-current={active ? "page" : undefined}
                    className={`block px-4 py-2.5 lg:py-1.5 text-sm hover:bg-slate-800 ${active ? "bg-slate-800 text-white font-medium" : "text-slate-300"}`}
                  >
                    {l.label}
                  </Link>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </nav>
  );
}
