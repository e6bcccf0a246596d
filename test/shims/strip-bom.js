// strip-bom 5 is ESM only, which jest on Node 20 cannot require; @microsoft/app-manifest (the unified manifest's schema check) uses it.
const stripBom = (text) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
module.exports = stripBom;
module.exports.default = stripBom;
