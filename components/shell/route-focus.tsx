"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";

// After a navigation (a link, Alt+N, a form that redirects) focus goes where the user's next step
// is, as BC's pages do: the result message when the page shows one (an order "was created",
// "deleted"), else the first field of the page's form (New, Edit), else the page's heading, so a
// screen reader starts reading the new page and Tab starts from its top. The first load keeps
// the browser's own focus.
const FIELD = 'main form :is(input, select, textarea):not([type="hidden"]):not([disabled]):not([readonly])';

export function RouteFocus() {
  const pathname = usePathname();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const main = document.getElementById("main");
    if (!main || (document.activeElement && document.activeElement !== document.body && main.contains(document.activeElement))) return;
    const target =
      main.querySelector<HTMLElement>('[role="status"]:not(:empty), [role="alert"]:not(:empty)') ??
      main.querySelector<HTMLElement>(FIELD) ??
      main.querySelector<HTMLElement>("h1");
    if (!target) return;
    if (!target.matches("input, select, textarea, button, a") && !target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
    target.focus();
  }, [pathname]);
  return null;
}
