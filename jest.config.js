/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  setupFiles: ["<rootDir>/test/setup/fastCheck.ts"],
  globalSetup: "<rootDir>/test/setup/tempRootSetup.js",
  globalTeardown: "<rootDir>/test/setup/tempRootTeardown.js",
  setupFilesAfterEnv: ["<rootDir>/test/setup/messages.ts"],
  transform: {
    "^.+\\.tsx?$": [
      "@swc/jest",
      { jsc: { parser: { syntax: "typescript", tsx: true }, transform: { react: { runtime: "automatic" } } } },
    ],
  },
  // office-addin-mock requires office-addin-manifest, whose ESM dependency jest cannot load; the mock only needs its OfficeApp enum.
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/test/shims/office-addin-manifest.js",
    "^strip-bom$": "<rootDir>/test/shims/strip-bom.js",
  },
};
