// The refresh's ceilings (README "Limits of a refresh"). BC has no hard limit, but one planner's
// order must not hold the server for everyone: each is checked from counts the explosion already
// has, BEFORE any component row is built or written, and refused with a message on the order.
// - MAX_BOM_LINES_PER_ORDER_LINE: the BOM lines one order line's explosion reads — every line of
//   its BOM and of each phantom BOM in it (a phantom BOM reached with another scrap or routing
//   link counts again; reached twice the same way, once). It bounds the line's components. The
//   catalog counts the lines of phantom BOMs and of the order's source items' BOMs (the BOMs an
//   order can read more than once); a make-to-order subassembly's own BOM, read once for its one
//   line, counts its phantom and produced lines only (load-bom-catalog.ts).
// - MAX_BOM_LINES_PER_ORDER: the same count over all lines of the order.
// - MAX_LINES_PER_ORDER: lines of one order, make-to-order subassemblies (RF-4) included.
// The refresh benchmark's largest order (1,111 lines, 11,110 components, 10 per line) is far below.
import { DomainError } from "@/lib/errors";
import { msg } from "@/lib/i18n/domain-message";

export const MAX_BOM_LINES_PER_ORDER_LINE = 20_000;
export const MAX_BOM_LINES_PER_ORDER = 100_000;
export const MAX_LINES_PER_ORDER = 5_000;

export function bomTooLarge(bomNo: string): DomainError {
  return new DomainError("BOM_TOO_LARGE", msg("bomTooLarge", { no: bomNo, max: MAX_BOM_LINES_PER_ORDER_LINE }), "productionBomNo");
}

export function orderBomsTooLarge(): DomainError {
  return new DomainError("ORDER_TOO_LARGE", msg("orderBomsTooLarge", { max: MAX_BOM_LINES_PER_ORDER }), "sourceNo");
}

export function tooManyLines(): DomainError {
  return new DomainError("ORDER_TOO_MANY_LINES", msg("orderTooManyLines", { max: MAX_LINES_PER_ORDER }), "sourceNo");
}
