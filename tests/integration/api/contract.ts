// The contract tier of the REST API (issue 26): the document the app serves is checked against
// the OpenAPI 3.1 meta-schema (@seriousme/openapi-schema-validator), and every response a test
// receives is checked against that document (ajv, JSON Schema 2020-12): its status must be
// documented for the operation, its content type and its body must match.
import { Validator } from "@seriousme/openapi-schema-validator";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { expect } from "vitest";
import { GET as openApiRoute } from "@/app/api/v1/openapi.json/route";

type Doc = {
  paths: Record<
    string,
    Record<string, { responses: Record<string, { content?: Record<string, { schema: object }>; headers?: Record<string, unknown> }> }>
  >;
  components: { schemas: Record<string, unknown> };
};

let loaded: Promise<Doc> | null = null;
const compiled = new Map<string, ValidateFunction>();
const ajv = new Ajv2020({ strict: false, allErrors: true });
(addFormats as unknown as (a: Ajv2020) => void)(ajv);

/** The served document, validated once against the OpenAPI 3.1 schema. */
export function servedDocument(): Promise<Doc> {
  return (loaded ??= (async () => {
    const doc = (await openApiRoute().json()) as Doc;
    const result = await new Validator().validate(doc as never);
    expect(result.errors ?? [], "the served document is valid OpenAPI 3.1").toEqual([]);
    expect(result.valid).toBe(true);
    ajv.addSchema({ $id: "https://api.invalid/openapi.json", components: doc.components });
    return doc;
  })());
}

function templateOf(doc: Doc, method: string, path: string): string {
  const bare = path.split("?")[0];
  const template = Object.keys(doc.paths).find(
    (t) => new RegExp(`^${t.replace(/\{[^}]+\}/g, "[^/]+")}$`).test(bare) && doc.paths[t][method],
  );
  expect(template, `${method} ${bare} is a documented operation`).toBeDefined();
  return template!;
}

/** Fails the test unless the response is what the document says this operation answers. */
export async function expectDocumented(method: string, path: string, status: number, contentType: string | null, body: unknown) {
  const doc = await servedDocument();
  const m = method.toLowerCase();
  const template = templateOf(doc, m, path);
  const response = doc.paths[template][m].responses[String(status)];
  expect(response, `${method} ${template} documents status ${status}`).toBeDefined();
  const content = response.content;
  if (!content) {
    expect(body, `${method} ${template} ${status} has no body`).toBeNull();
    return;
  }
  const type = (contentType ?? "").split(";")[0].trim();
  expect(Object.keys(content), `${method} ${template} ${status} content type`).toContain(type);
  const key = `${m} ${template} ${status} ${type}`;
  let validate = compiled.get(key);
  if (!validate) {
    // The operation's schema refers to #/components/schemas/…: resolve those in the document's components.
    const schema = JSON.parse(
      JSON.stringify(content[type].schema).replaceAll('"#/components/', '"https://api.invalid/openapi.json#/components/'),
    );
    validate = ajv.compile(schema);
    compiled.set(key, validate);
  }
  const ok = validate(body);
  expect(ok ? [] : validate.errors, `${method} ${template} ${status}: body matches the document`).toEqual([]);
}
