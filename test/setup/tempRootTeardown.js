/** Removes the run's temporary folder that tempRootSetup.js made. */
const { rmSync } = require("node:fs");
const path = require("node:path");
const { PREFIX } = require("./tempRootSetup");

module.exports = () => {
  const dir = process.env.TMPDIR ?? "";
  if (path.basename(dir).startsWith(PREFIX)) rmSync(dir, { recursive: true, force: true });
};
