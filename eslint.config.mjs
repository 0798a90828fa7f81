// Type-checked typescript-eslint; neo4j-driver only in src/db/; named exports only; the database only
// through repositories.
import eslint from "@eslint/js";
import tseslint from "typescript-eslint";

const NEO4J_DRIVER = { name: "neo4j-driver", message: "Only src/db/ talks to neo4j-driver." };
const NAMED_EXPORTS = { selector: "ExportDefaultDeclaration", message: "Use named exports." };

// Repositories (*.repository.ts) are the only callers of the database. Elsewhere the Database and a
// transaction may be named as types (services.ts wires repositories over the database, services pass
// a transaction from one repository to the next), but not imported as values, and no `db`/`tx` runs a
// statement. The seed loader is the seed's repository; src/open-database.ts builds the Database.
const DB_VALUES = {
  group: ["**/db/database.js", "**/db/repository.js"],
  allowTypeImports: true,
  message: "Only a *.repository.ts (or src/db/) uses the database; elsewhere import its types only.",
};
const STATEMENT_METHOD = "/^(read|write|run|runScript|writeTransaction)$/";
const DB_CALLS = [
  {
    selector: `CallExpression[callee.object.name=/^(db|tx)$/][callee.property.name=${STATEMENT_METHOD}]`,
    message: "Only a *.repository.ts runs statements: add a method to the module's repository.",
  },
  {
    selector: `CallExpression[callee.object.property.name=/^(db|tx)$/][callee.property.name=${STATEMENT_METHOD}]`,
    message: "Only a *.repository.ts runs statements: add a method to the module's repository.",
  },
];

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
      "no-restricted-syntax": ["error", NAMED_EXPORTS, ...DB_CALLS],
      "no-restricted-imports": ["error", { paths: [NEO4J_DRIVER], patterns: [DB_VALUES] }],
    },
  },
  {
    files: ["src/db/**/*.ts"],
    rules: { "no-restricted-imports": "off", "no-restricted-syntax": ["error", NAMED_EXPORTS] },
  },
  {
    // The callers of the database: repositories, the seed loader (the seed's repository), the
    // composition root that opens the database, and the class-data archive's warm-up (its own statements).
    files: [
      "src/**/*.repository.ts",
      "src/seed/loader.ts",
      "src/open-database.ts",
      "src/local-neo4j/class-archive.ts",
    ],
    rules: {
      "no-restricted-syntax": ["error", NAMED_EXPORTS],
      "no-restricted-imports": ["error", { paths: [NEO4J_DRIVER] }],
    },
  },
  {
    // The benchmark opens its own databases and measures the boundary itself.
    files: ["bench/**/*.ts"],
    rules: {
      "no-restricted-syntax": ["error", NAMED_EXPORTS],
      "no-restricted-imports": ["error", { paths: [NEO4J_DRIVER] }],
    },
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
