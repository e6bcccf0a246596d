/** Removes the run's temporary folder that tempRootSetup.js made, and gives TMPDIR back. */
const { rmSync } = require("node:fs");
const path = require("node:path");
const { PREFIX, BEFORE } = require("./tempRootSetup");

module.exports = () => {
  const dir = process.env.TMPDIR ?? "";
  if (path.basename(dir).startsWith(PREFIX)) rmSync(dir, { recursive: true, force: true });
  if (process.env[BEFORE]) process.env.TMPDIR = process.env[BEFORE];
  else delete process.env.TMPDIR;
  delete process.env[BEFORE];
};
