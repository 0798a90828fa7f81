// Three projects so that `npm test` can run them in order and each can be run alone:
// unit (no database), integration (real local Neo4j), e2e (real Neo4j + headless Chromium).
const fs = require("node:fs");
const swcrc = JSON.parse(fs.readFileSync(`${__dirname}/.swcrc`, "utf8"));

const common = {
  transform: { "^.+\\.ts$": ["@swc/jest", { ...swcrc, swcrc: false }] },
  moduleNameMapper: { "^(\\.{1,2}/.*)\\.js$": "$1" },
  setupFiles: ["<rootDir>/tests/setup/reflect.ts"],
  testEnvironment: "node",
};

module.exports = {
  projects: [
    { ...common, displayName: "unit", testMatch: ["<rootDir>/tests/unit/**/*.test.ts"] },
    {
      ...common,
      displayName: "integration",
      // Suites share one real Neo4j and reset it in beforeAll: npm test runs them in band.
      setupFilesAfterEnv: ["<rootDir>/tests/setup/timeout.ts"],
      testMatch: ["<rootDir>/tests/integration/**/*.int.test.ts"],
      globalSetup: "<rootDir>/tests/setup/global-setup.ts",
      globalTeardown: "<rootDir>/tests/setup/global-teardown.ts",
    },
    {
      ...common,
      displayName: "e2e",
      setupFilesAfterEnv: ["<rootDir>/tests/setup/timeout.ts"],
      testMatch: ["<rootDir>/tests/e2e/**/*.e2e.test.ts"],
      globalSetup: "<rootDir>/tests/setup/global-setup.ts",
      globalTeardown: "<rootDir>/tests/setup/global-teardown.ts",
    },
  ],
};
