import { z } from "zod";
import { answersNotModified, type Operation } from "@/lib/api/operation";
import { problemSchema } from "@/lib/api/schemas/common";

// The OpenAPI 3.1 document of the REST API, generated from the operations themselves: the zod
// schemas their handlers parse requests with and the ones their responses are built to
// (z.toJSONSchema, JSON Schema 2020-12 as OpenAPI 3.1 uses it). Nothing here is written by hand
// but the prose.

type JsonSchema = Record<string, unknown> & {
  $defs?: Record<string, JsonSchema>;
  properties?: Record<string, JsonSchema>;
  required?: string[];
};

const REF = "#/components/schemas/";

/** A schema as OpenAPI wants it: named parts moved to components.schemas, refs pointing there. */
function convert(schema: z.ZodType, io: "input" | "output", components: Record<string, unknown>): JsonSchema {
  const json = z.toJSONSchema(schema, { target: "draft-2020-12", io, unrepresentable: "any" }) as JsonSchema;
  const rewritten = JSON.parse(JSON.stringify(json).replaceAll('"#/$defs/', `"${REF}`)) as JsonSchema;
  const { $defs, $schema: _, ...rest } = rewritten;
  for (const [id, def] of Object.entries($defs ?? {})) components[id] ??= def;
  return rest;
}

const COMMON_PROBLEMS: Record<number, string> = {
  400: "The body is not a JSON object, or a header is malformed.",
  401: "No API key, or one that is unknown, revoked or expired.",
  403: "The key's user may not do this (X-1), or is disabled.",
  422: "The request breaks a rule: `errors` lists the fields and the rules' messages.",
  429: "The key's rate limit is reached: wait Retry-After seconds.",
  500: "Something unexpected (never a stack trace).",
};

export function openApiDocument(operations: readonly Operation[]) {
  const components: Record<string, unknown> = {};
  const problem = convert(problemSchema, "output", components);
  const problemContent = { "application/problem+json": { schema: problem } };
  const paths: Record<string, Record<string, unknown>> = {};

  for (const op of operations) {
    const parameters: unknown[] = [];
    for (const [where, schema] of [
      ["path", op.params],
      ["query", op.query],
    ] as const) {
      if (!schema) continue;
      const json = convert(schema, "input", components);
      for (const [name, property] of Object.entries(json.properties ?? {})) {
        const { description, ...propertySchema } = property;
        parameters.push({
          name,
          in: where,
          required: where === "path" || (json.required ?? []).includes(name),
          ...(description ? { description } : {}),
          schema: propertySchema,
        });
      }
    }
    if (op.ifMatch) {
      parameters.push({
        name: "If-Match",
        in: "header",
        required: true,
        description: "The ETag of the order as read (X-2). Without it 428; a stale one 412 and nothing is written.",
        schema: { type: "string" },
      });
    }
    const conditional = answersNotModified(op);
    if (conditional) {
      parameters.push({
        name: "If-None-Match",
        in: "header",
        required: false,
        description: "An ETag read before: while it is still the current one the answer is 304 without a body.",
        schema: { type: "string" },
      });
    }
    if (op.idempotent) {
      parameters.push({
        name: "Idempotency-Key",
        in: "header",
        required: false,
        description: "A retry with the same key and body within 24 h answers the first response and changes nothing; another body 422.",
        schema: { type: "string", minLength: 1, maxLength: 255 },
      });
    }
    parameters.push({
      name: "Accept-Language",
      in: "header",
      required: false,
      description: "en or nl: the language of messages.",
      schema: { type: "string" },
    });

    const responses: Record<string, unknown> = {};
    for (const [status, spec] of Object.entries(op.responses)) {
      const headers = Object.fromEntries(
        (spec.headers ?? []).map((h) => [h === "etag" ? "ETag" : h === "location" ? "Location" : h, { schema: { type: "string" } }]),
      );
      responses[status] = {
        description: spec.description,
        ...(Object.keys(headers).length ? { headers } : {}),
        ...(spec.schema
          ? { content: { "application/json": { schema: convert(spec.schema, "output", components) } } }
          : Number(status) >= 400
            ? { content: problemContent }
            : {}),
      };
    }
    if (conditional) {
      responses["304"] = {
        description: "Not Modified: If-None-Match names the current ETag; no body.",
        headers: { ETag: { schema: { type: "string" } } },
      };
    }
    for (const [status, description] of Object.entries(COMMON_PROBLEMS)) {
      if (status === "400" && !op.body && !op.idempotent) continue;
      responses[status] ??= {
        description,
        ...(status === "429" ? { headers: { "Retry-After": { schema: { type: "integer" } } } } : {}),
        content: problemContent,
      };
    }

    (paths[op.path] ??= {})[op.method.toLowerCase()] = {
      operationId: op.operationId,
      summary: op.summary,
      ...(op.description ? { description: op.description } : {}),
      tags: [op.tag],
      "x-permission": op.permission,
      parameters,
      ...(op.body
        ? { requestBody: { required: true, content: { "application/json": { schema: convert(op.body, "input", components) } } } }
        : {}),
      responses,
    };
  }

  return {
    openapi: "3.1.0",
    info: {
      title: "Production Orders API",
      version: "1.0.0",
      description:
        "Create, refresh, release and follow production orders. Every operation runs the same rules as the app's pages. " +
        "Authenticate with an API key (X-API-Key); the key acts with its user's role.",
    },
    servers: [{ url: "/api/v1" }],
    security: [{ apiKey: [] }],
    paths,
    components: {
      securitySchemes: { apiKey: { type: "apiKey", in: "header", name: "X-API-Key" } },
      schemas: components,
    },
  };
}
