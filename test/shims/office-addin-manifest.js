// office-addin-mock needs only this enum from office-addin-manifest, whose ESM dependencies jest cannot load.
exports.OfficeApp = {
  Excel: "excel",
  OneNote: "onenote",
  Outlook: "outlook",
  PowerPoint: "powerpoint",
  Project: "project",
  Word: "word",
};
