// `tsx tests/e2e/make-bom-tree.mts <database url> <options json>`: builds a BOM tree with the
// integration tests' factory and prints it as JSON. Playwright's loader cannot load the generated
// Prisma client, so e2e specs that need large master data run this instead (see order-card-lines.spec.ts).
import { createPrismaClient } from "../../lib/db-client.ts";
import { makeBomTree, type BomTreeOptions } from "../factories/bom-tree.ts";

const [url, options] = process.argv.slice(2);
const db = createPrismaClient(url);
try {
  console.log(JSON.stringify(await makeBomTree(db, JSON.parse(options) as BomTreeOptions)));
} finally {
  await db.$disconnect();
}
