import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import officeAddins from "eslint-plugin-office-addins";
import { importX, createNodeResolver } from "eslint-plugin-import-x";
import prettier from "eslint-config-prettier";
import globals from "globals";
import { readdirSync } from "node:fs";

// The layers of docs/DESIGN.md: each zone may not import from the folders listed against it.
const core = "./src/core";
// Every folder of the core above kernel, workbook and locale is a domain: read from the tree, so a new one is never left out.
const domains = readdirSync(core, { withFileTypes: true })
  .filter((d) => d.isDirectory() && !["kernel", "workbook", "locale"].includes(d.name))
  .map((d) => `${core}/${d.name}`);
const faces = ["./src/taskpane", "./src/workbench", "./src/functions", "./src/cli", "./src/word"];
const folders = readdirSync(core, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
const layers = [
  {
    target: core,
    from: ["./src/excel", "./src/files", "./src/m365", ...faces],
    message: "src/core is plain TypeScript: no Office, DOM, Node I/O, Microsoft 365 or faces.",
  },
  {
    target: `${core}/kernel`,
    from: [`${core}/workbook`, `${core}/locale`, ...domains],
    message: "kernel ← workbook ← locale ← domains: never back.",
  },
  {
    target: `${core}/workbook`,
    from: [`${core}/locale`, ...domains],
    message: "kernel ← workbook ← locale ← domains: never back.",
  },
  { target: `${core}/locale`, from: domains, message: "kernel ← workbook ← locale ← domains: never back." },
  {
    target: ["./src/excel", "./src/files", "./src/word"],
    from: ["./src/taskpane", "./src/workbench", "./src/cli"],
    message: "Adapters know no screen and no command line.",
  },
  { target: "./src/excel", from: ["./src/files"], message: "The Office.js adapter does not load file libraries." },
  { target: "./src/files", from: ["./src/excel", "./src/word"], message: "The file adapter knows no Office.js." },
  {
    target: "./src/functions",
    from: ["./src/taskpane", "./src/workbench", "./src/cli", "./src/files"],
    message: "Custom functions run in Excel's runtime: no screen, no files.",
  },
  {
    target: "./src/runtime",
    from: ["./src/excel", "./src/files", "./src/m365", ...faces],
    message: "The shared read serves every face of the runtime and knows none of them.",
  },
  {
    // Inside the core a module imports the module it needs; from outside, a domain is its index.ts.
    target: ["./src/excel", "./src/files", "./src/m365", "./src/runtime", ...faces],
    from: core,
    except: folders.map((d) => `./${d}/index.ts`),
    message: "Outside the core, import a domain through its index.ts (src/core/<domain>), never a module inside it.",
  },
  {
    target: "./src/cli",
    from: ["./src/excel", "./src/word", "./src/taskpane", "./src/workbench"],
    message: "The CLI knows no Office and no screen.",
  },
];

export default tseslint.config(
  { ignores: ["dist/", "coverage/", "node_modules/", "test-results/", ".bench/", "reports/", ".stryker-tmp/"] },
  ...tseslint.configs.recommended,
  prettier,
  {
    plugins: { "react-hooks": reactHooks, "import-x": importX },
    languageOptions: {
      globals: {
        ...globals.browser,
        ...globals.node,
        Office: "readonly",
        Excel: "readonly",
        Word: "readonly",
        CustomFunctions: "readonly",
        OfficeRuntime: "readonly",
      },
    },
    settings: { "import-x/resolver-next": [createNodeResolver({ extensions: [".ts", ".tsx", ".js", ".json"] })] },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "import-x/no-restricted-paths": ["error", { zones: layers }],
    },
  },
  {
    // The rules of the official Office add-in templates, where Office.js is called.
    files: ["src/excel/**", "src/word/**", "src/functions/**", "src/taskpane/**"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  { files: ["**/*.js"], rules: { "@typescript-eslint/no-require-imports": "off" } },
  { files: ["test/**"], rules: { "@typescript-eslint/no-explicit-any": "off" } },
);
