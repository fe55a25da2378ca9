import { describe, expect, it } from "vitest";
import { cycleMessage, describeCycle, findBomCycle, type BomEdge } from "@/lib/domain/bom/cycle-check";
import { renderMessage } from "@/lib/i18n/domain-message";

const phantom = (parent: string, child: string): BomEdge => ({ parent, type: "PRODUCTION_BOM", no: child, child });

describe("BOM cycle check (pure part): a BOM may never contain itself", () => {
  it("GIVEN a phantom line to the BOM itself THEN the cycle is one step", () => {
    expect(findBomCycle("A", [{ type: "PRODUCTION_BOM", no: "A", child: "A" }], [])).toEqual([
      { type: "PRODUCTION_BOM", no: "A", child: "A" },
    ]);
  });

  it("GIVEN an item line whose item is produced with the BOM itself THEN it is a cycle", () => {
    const steps = findBomCycle("A", [{ type: "ITEM", no: "1100", child: "A" }], []);
    expect(steps && describeCycle("A", steps)).toBe("A → item 1100 → A");
  });

  it("GIVEN a deep chain that ends at the BOM THEN the whole path is named", () => {
    const edges = Array.from({ length: 59 }, (_, i) => phantom(`L${i + 1}`, `L${i + 2}`));
    edges.push({ parent: "L60", type: "ITEM", no: "TOP-ITEM", child: "TOP" });
    const steps = findBomCycle("TOP", [{ type: "PRODUCTION_BOM", no: "L1", child: "L1" }], edges);
    expect(steps).toHaveLength(61);
    expect(renderMessage(cycleMessage("TOP", steps!))).toMatch(
      /^The Production BOM TOP cannot contain itself: TOP → L1 → L2 → .* → L60 → item TOP-ITEM → TOP\.$/,
    );
  });

  it("GIVEN a diamond without a way back THEN there is no cycle", () => {
    const edges = [phantom("B", "D"), phantom("C", "D"), phantom("D", "E")];
    expect(
      findBomCycle(
        "A",
        [
          { type: "PRODUCTION_BOM", no: "B", child: "B" },
          { type: "PRODUCTION_BOM", no: "C", child: "C" },
        ],
        edges,
      ),
    ).toBeNull();
  });

  it("GIVEN a cycle elsewhere in the structure that does not pass the BOM THEN it terminates with no cycle for the BOM", () => {
    const edges = [phantom("B", "C"), phantom("C", "B")];
    expect(findBomCycle("A", [{ type: "PRODUCTION_BOM", no: "B", child: "B" }], edges)).toBeNull();
  });

  it("GIVEN stored lines of the BOM itself THEN they are ignored (the candidate lines replace them)", () => {
    const edges = [phantom("A", "B"), phantom("B", "X")];
    expect(findBomCycle("A", [{ type: "PRODUCTION_BOM", no: "X", child: "X" }], edges)).toBeNull();
  });

  it("GIVEN two ways back THEN the shortest is reported", () => {
    const edges = [phantom("B", "C"), phantom("C", "A"), phantom("B", "A")];
    const steps = findBomCycle("A", [{ type: "PRODUCTION_BOM", no: "B", child: "B" }], edges);
    expect(describeCycle("A", steps!)).toBe("A → B → A");
  });
});
