import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    // .prof: local profiling scratch, never committed (.git/info/exclude).
    ignores: [
      ".next/**",
      ".data/**",
      ".prof/**",
      "node_modules/**",
      "lib/generated/**",
      "lib/api/client/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Dependencies point one way: actions → services / data → domain. Nothing below the actions
    // imports them (a type they share lives in the lower layer), and lib/db.ts is only the client.
    files: ["lib/services/**", "lib/data/**", "lib/domain/**", "lib/validation/**", "lib/db.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/lib/actions/*"],
              message: "The actions layer sits on top: move the shared type down (lib/errors.ts, lib/domain, lib/services).",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["lib/domain/**", "lib/db.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/lib/actions/*", "@/lib/services/*", "@/lib/data/*"],
              message: "lib/domain is pure and lib/db.ts only makes the client: they import no use case.",
            },
          ],
        },
      ],
    },
  },
];

export default config;
