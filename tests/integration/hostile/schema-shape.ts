import type { z } from "zod";

// Reads a zod 4 schema's field names (and the enum values it accepts) so the hostile
// arbitraries use the action's real field names without a hand-kept copy that could drift.

export type Shape = { keys: Map<string, Shape | null>; enums: Map<string, string[]> };

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  in?: z.ZodType;
  out?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  element?: z.ZodType;
  left?: z.ZodType;
  right?: z.ZodType;
  entries?: Record<string, string>;
  getter?: () => z.ZodType;
};

const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

/** The object shape reachable from `schema` (through pipes, defaults, unions, arrays). */
export function shapeOf(schema: z.ZodType, depth = 0): Shape | null {
  if (depth > 8) return null;
  const def = defOf(schema);
  switch (def.type) {
    case "object": {
      const shape: Shape = { keys: new Map(), enums: new Map() };
      for (const [key, field] of Object.entries(def.shape ?? {})) {
        shape.keys.set(key, elementShape(field, depth + 1));
        const values = enumValues(field, depth + 1);
        if (values.length) shape.enums.set(key, values);
      }
      return shape;
    }
    case "pipe":
      return shapeOf(def.in!, depth + 1) ?? shapeOf(def.out!, depth + 1);
    case "union": {
      const merged: Shape = { keys: new Map(), enums: new Map() };
      for (const option of def.options ?? []) {
        const s = shapeOf(option, depth + 1);
        s?.keys.forEach((v, k) => merged.keys.set(k, merged.keys.get(k) ?? v));
        s?.enums.forEach((v, k) => merged.enums.set(k, [...(merged.enums.get(k) ?? []), ...v]));
      }
      return merged.keys.size ? merged : null;
    }
    case "intersection": {
      const a = shapeOf(def.left!, depth + 1);
      const b = shapeOf(def.right!, depth + 1);
      if (!a || !b) return a ?? b;
      b.keys.forEach((v, k) => a.keys.set(k, v));
      b.enums.forEach((v, k) => a.enums.set(k, v));
      return a;
    }
    case "lazy":
      return shapeOf(def.getter!(), depth + 1);
    default:
      return def.innerType ? shapeOf(def.innerType, depth + 1) : null;
  }
}

/** For a field holding an array of objects: that object's shape. */
function elementShape(field: z.ZodType, depth: number): Shape | null {
  if (depth > 8) return null;
  const def = defOf(field);
  if (def.type === "array") return shapeOf(def.element!, depth + 1);
  if (def.type === "pipe") return elementShape(def.out!, depth + 1) ?? elementShape(def.in!, depth + 1);
  if (def.type === "union") {
    for (const o of def.options ?? []) {
      const s = elementShape(o, depth + 1);
      if (s) return s;
    }
  }
  return def.innerType ? elementShape(def.innerType, depth + 1) : null;
}

function enumValues(field: z.ZodType, depth: number): string[] {
  if (depth > 8) return [];
  const def = defOf(field);
  if (def.type === "enum") return Object.values(def.entries ?? {}).filter((v) => typeof v === "string");
  const inner = [def.in, def.out, def.innerType, ...(def.options ?? [])].filter(Boolean) as z.ZodType[];
  return inner.flatMap((s) => enumValues(s, depth + 1));
}
