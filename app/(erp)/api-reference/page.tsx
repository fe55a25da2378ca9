import { getTranslations } from "next-intl/server";
import { CardSection } from "@/components/ui/card-section";
import { PageHeader } from "@/components/ui/page-header";
import { requireViewer } from "@/lib/auth";
import { openApiDocument } from "@/lib/api/openapi";
import { apiOperations } from "@/lib/api/operations";

export async function generateMetadata() {
  return { title: (await getTranslations("apiReference"))("title") };
}

type Schema = {
  type?: string | string[];
  $ref?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  description?: string;
  enum?: string[];
  items?: Schema;
  format?: string;
  anyOf?: Schema[];
};
type Parameter = { name: string; in: string; required: boolean; description?: string; schema: Schema };
type Op = {
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  "x-permission": string;
  parameters: Parameter[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<string, { description: string }>;
};

/** A schema as one short line: its type, enum values or the component it names. */
function typeOf(s: Schema | undefined): string {
  if (!s) return "";
  if (s.$ref) return s.$ref.split("/").pop() ?? "";
  if (s.enum) return s.enum.join(" | ");
  if (s.anyOf) return s.anyOf.map(typeOf).join(" | ");
  if (s.type === "array") return `${typeOf(s.items)}[]`;
  const type = Array.isArray(s.type) ? s.type.join(" | ") : (s.type ?? "");
  return s.format ? `${type} (${s.format})` : type;
}

/** The REST API's reference, read from the same OpenAPI document /api/v1/openapi.json serves. */
export default async function ApiReferencePage() {
  await requireViewer("account.apiKeys");
  const t = await getTranslations("apiReference");
  const doc = openApiDocument(apiOperations);
  const schemas = doc.components.schemas as Record<string, Schema>;
  const ops = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods as Record<string, Op>).map(([method, op]) => ({ path, method, op })),
  );
  const tags = [...new Set(ops.map((o) => o.op.tags[0]))];
  const cell = "border-b border-slate-100 py-1 pr-3 align-top";
  return (
    <>
      <PageHeader title={t("title")} />
      <p className="mb-2 max-w-prose text-sm">{t("intro")}</p>
      <p className="mb-2 max-w-prose text-sm">{t("safety")}</p>
      <p className="mb-4 text-sm">
        <a href="/api/v1/openapi.json" className="text-blue-700 underline">
          {t("document")}
        </a>
      </p>
      {tags.map((tag) => (
        <CardSection key={tag} title={tag} id={`tag-${tag.replace(/\W+/g, "-").toLowerCase()}`}>
          {ops
            .filter((o) => o.op.tags[0] === tag)
            .map(({ path, method, op }) => {
              const body = op.requestBody?.content["application/json"]?.schema;
              const bodySchema = body?.$ref ? schemas[body.$ref.split("/").pop()!] : body;
              return (
                <section key={op.operationId} id={op.operationId} className="mb-6">
                  <h3 className="font-mono text-sm font-semibold">
                    <span className="mr-2 rounded bg-slate-200 px-1.5 py-0.5">{method.toUpperCase()}</span>
                    /api/v1{path}
                  </h3>
                  <p className="text-sm">{op.summary}</p>
                  {op.description ? <p className="text-sm text-slate-600">{op.description}</p> : null}
                  <p className="text-xs text-slate-600">
                    {t("permission")}: <code>{op["x-permission"]}</code>
                  </p>
                  <table className="mt-2 w-full max-w-4xl text-sm">
                    <caption className="text-left font-medium">{t("parameters")}</caption>
                    <thead>
                      <tr className="text-left text-slate-600">
                        <th className={cell}>{t("name")}</th>
                        <th className={cell}>{t("in")}</th>
                        <th className={cell}>{t("type")}</th>
                        <th className={cell}>{t("required")}</th>
                        <th className={cell}>{t("description")}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {op.parameters.map((p) => (
                        <tr key={`${p.in}-${p.name}`}>
                          <td className={`${cell} font-mono`}>{p.name}</td>
                          <td className={cell}>{p.in}</td>
                          <td className={cell}>{typeOf(p.schema)}</td>
                          <td className={cell}>{p.required ? t("yes") : t("no")}</td>
                          <td className={cell}>{p.description ?? ""}</td>
                        </tr>
                      ))}
                      {Object.entries(bodySchema?.properties ?? {}).map(([name, s]) => (
                        <tr key={`body-${name}`}>
                          <td className={`${cell} font-mono`}>{name}</td>
                          <td className={cell}>{t("body")}</td>
                          <td className={cell}>{typeOf(s)}</td>
                          <td className={cell}>{bodySchema?.required?.includes(name) ? t("yes") : t("no")}</td>
                          <td className={cell}>{s.description ?? ""}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                  <table className="mt-2 w-full max-w-4xl text-sm">
                    <caption className="text-left font-medium">{t("responses")}</caption>
                    <tbody>
                      {Object.entries(op.responses).map(([status, r]) => (
                        <tr key={status}>
                          <td className={`${cell} w-16 font-mono`}>{status}</td>
                          <td className={cell}>{r.description}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </section>
              );
            })}
        </CardSection>
      ))}
    </>
  );
}
