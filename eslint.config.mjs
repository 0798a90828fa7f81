// Type-checked typescript-eslint; neo4j-driver only in src/db/; named exports only.
import eslint from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "public/", "node_modules/", "coverage/", "tools/graphiql/client/", "**/*.js", "**/*.mjs"] },
  eslint.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-syntax": ["error", { selector: "ExportDefaultDeclaration", message: "Use named exports." }],
      "no-restricted-imports": [
        "error",
        { paths: [{ name: "neo4j-driver", message: "Only src/db/ talks to neo4j-driver." }] },
      ],
    },
  },
  {
    files: ["src/db/**/*.ts"],
    rules: { "no-restricted-imports": "off" },
  },
  {
    // The benchmark measures the driver itself (the raw Cypher floor) and hands one to @neo4j/graphql.
    files: ["bench/floor.ts", "bench/peer.ts"],
    rules: { "no-restricted-imports": "off" },
  },
  {
    // Jest's global setup and teardown must be default exports; tests may use the driver to check the graph.
    files: ["tests/**/*.ts"],
    rules: {
      "no-restricted-syntax": "off",
      "no-restricted-imports": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-non-null-assertion": "off",
    },
  },
);
