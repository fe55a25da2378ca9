"use client";

import { useEffect, useRef, useState } from "react";

// The header checkbox of a list: ticks or clears every row of the page shown; shows "some"
// (indeterminate) when only part of them is ticked.
export function SelectAllRows({ label }: { label: string }) {
  const ref = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<"none" | "some" | "all">("none");
  const boxes = () => {
    const table = ref.current?.closest("table");
    return table ? [...table.querySelectorAll<HTMLInputElement>("input[data-row-select]")] : [];
  };
  useEffect(() => {
    const table = ref.current?.closest("table");
    if (!table) return;
    const sync = () => {
      const all = boxes();
      const ticked = all.filter((b) => b.checked).length;
      setState(ticked === 0 ? "none" : ticked === all.length ? "all" : "some");
    };
    table.addEventListener("change", sync);
    return () => table.removeEventListener("change", sync);
  }, []);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = state === "some";
  }, [state]);
  return (
    <input
      ref={ref}
      type="checkbox"
      aria-label={label}
      data-select-all
      checked={state === "all"}
      onChange={(e) => {
        for (const b of boxes()) b.checked = e.target.checked;
        setState(e.target.checked ? "all" : "none");
      }}
      className="h-4 w-4"
    />
  );
}
