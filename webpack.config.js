/* Builds the Excel task pane (with the SALES.* functions in the same shared runtime) and the Word pane. */
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { config: pkgConfig } = require("./package.json");
const { LocalizeFunctionsPlugin } = require("./scripts/localize-functions");

const urlDev = `https://localhost:${pkgConfig.dev_server_port}/`;
/** The Microsoft Entra app registration the build signs in with (none: Microsoft 365 stays off, the .eml files work). */
const clientId = process.env.SALESDESK_CLIENT_ID || "";
const NO_CLIENT_ID = "00000000-0000-0000-0000-000000000000";
/** Where the production build is served from: SALESDESK_URL, or package.json's config.prod_url. */
const urlProd = withSlash(process.env.SALESDESK_URL || pkgConfig.prod_url);
const officeJsCdn = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const officeJsDir = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));
const certDir = path.join(os.homedir(), ".office-addin-dev-certs");

function withSlash(url) {
  return url.endsWith("/") ? url : `${url}/`;
}

/** HTTPS with the office-addin-dev-certs certificates when they are installed (Office needs it); plain HTTP otherwise. */
function devServerTransport() {
  const files = { key: "localhost.key", cert: "localhost.crt", ca: "ca.crt" };
  const paths = Object.fromEntries(Object.entries(files).map(([k, f]) => [k, path.join(certDir, f)]));
  if (!Object.values(paths).every((p) => fs.existsSync(p))) return "http";
  return { type: "https", options: Object.fromEntries(Object.entries(paths).map(([k, p]) => [k, fs.readFileSync(p)])) };
}

module.exports = (env, argv) => {
  const dev = argv.mode !== "production";
  // The workbench ships in development builds; `--env workbench` adds it to a production build (for its budget).
  const workbench = dev || Boolean(env.workbench);
  const officeJs = dev ? "/office-js/office.js" : officeJsCdn;
  const page = (filename, chunks, title) =>
    new HtmlWebpackPlugin({
      filename,
      chunks,
      template: "./src/taskpane/taskpane.html",
      templateParameters: { officeJs, title },
    });
  return {
    devtool: dev ? "eval-source-map" : "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: "./src/functions/functions.ts",
      // the sign-in dialog, where Office has no nested app authentication
      signin: "./src/m365/signInPage.ts",
      // where MSAL's popup and silent sign-ins return (msal-browser 5: the page answers the pane)
      redirect: "./src/m365/redirectPage.ts",
      // where a pane that cannot save (Office for Mac and iPad) hands its file to the system browser
      save: "./src/taskpane/state/savePage.ts",
      // The workbench (the pane on an in-memory workbook, without Office) is a development tool only.
      ...(workbench ? { workbench: "./src/workbench/index.tsx" } : {}),
    },
    output: { path: path.resolve(__dirname, "dist"), filename: "[name].js", clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        { test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true } } },
        { test: /\.(png|jpg|svg)$/, type: "asset/resource", generator: { filename: "assets/[name][ext]" } },
        // The core runs nothing on import: a domain's index.ts brings in only the modules a bundle uses.
        { test: /[\\/]src[\\/]core[\\/]/, sideEffects: false },
      ],
    },
    plugins: [
      new webpack.DefinePlugin({
        "process.env.SALESDESK_CLIENT_ID": JSON.stringify(clientId),
        "process.env.SALESDESK_AUTHORITY": JSON.stringify(process.env.SALESDESK_AUTHORITY || ""),
      }),
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new LocalizeFunctionsPlugin(path.resolve(__dirname, "src/functions/translations.json")),
      page("taskpane.html", ["runtime", "functions", "taskpane"], "Sales Admin Desk"),
      page("word.html", ["runtime", "taskpane"], "Sales Admin Desk – Newsletter"),
      page("signin.html", ["runtime", "signin"], "Sales Admin Desk – Sign in"),
      page("redirect.html", ["runtime", "redirect"], "Sales Admin Desk – Sign in"),
      page("save.html", ["runtime", "save"], "Sales Admin Desk – Save"),
      ...(workbench
        ? [
            new HtmlWebpackPlugin({
              filename: "index.html",
              chunks: ["runtime", "workbench"],
              template: "./src/workbench/workbench.html",
            }),
          ]
        : []),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "assets/help.html", to: "help.html" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => withClientId(dev ? content.toString() : productionManifest(content.toString())),
          },
        ],
      }),
    ],
    // One runtime per page: the task pane and the functions then share module instances (the shared runtime's point).
    optimization: { runtimeChunk: "single" },
    performance: { hints: false },
    devServer: {
      port: pkgConfig.dev_server_port,
      server: devServerTransport(),
      headers: { "Access-Control-Allow-Origin": "*" },
      static: [{ directory: officeJsDir, publicPath: "/office-js", watch: false }],
      client: { overlay: { warnings: false } },
    },
  };
};

/** The app registration's ID in WebApplicationInfo, where the build has one. */
function withClientId(xml) {
  return clientId ? xml.split(NO_CLIENT_ID).join(clientId) : xml;
}

/** Every development URL (all of them: a global replace) to the production one; the app domain to its origin. */
function productionManifest(xml) {
  const host = new URL(urlProd).host;
  return xml
    .split(urlDev)
    .join(urlProd)
    .split(urlDev.slice(0, -1))
    .join(new URL(urlProd).origin)
    .split(`api://localhost:${pkgConfig.dev_server_port}/`)
    .join(`api://${host}/`);
}
