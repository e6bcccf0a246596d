/**
 * The one way a file is named from workbook values (issue 28): documents, invitations, drafts, zip
 * entries and the pane's downloads all go through here, so that a value can never reach another folder
 * or make a name a system refuses. "Agenda: Tarifes" is saved as "Agenda - Tarifes", "F/26/0001" as
 * "F-26-0001", "../../etc/x" as "etc-x"; two values that clean to one name get " (2)", never an overwrite.
 */

/** Characters no file name may hold on Windows, macOS or Linux, path separators included. */
const REFUSED = /[\\/*?"<>|:]+/g;
/** Control and format characters (line breaks, zero-width and direction marks): never in a name. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]+/gu;
/** Names Windows keeps for devices, with or without an extension. */
const RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$/i;
/** Characters kept of a name before its extension: far below every system's 255-byte limit in UTF-8. */
const MAX_STEM = 80;

/** A stem (no extension) every system takes, never empty, never a path, never a device. */
export function fileName(value: string): string {
  const cleaned = value
    .normalize("NFKC")
    .replace(INVISIBLE, " ")
    .replace(/\s*:\s*/g, " - ")
    .replace(REFUSED, "-")
    .replace(/\.{2,}/g, ".")
    .replace(/\s+/g, " ")
    .replace(/^[\s.-]+|[\s.]+$/g, "");
  const stem =
    [...cleaned]
      .slice(0, MAX_STEM)
      .join("")
      .replace(/[\s.]+$/, "") || "document";
  return RESERVED.test(stem) ? `_${stem}` : stem;
}

/**
 * Whether a value (an ID) cannot name a file as written beyond the usual renaming of its slashes and
 * colons ("F/26/0001" is fine): a line break or an invisible character, "..", a leading dot or dash,
 * a device name, a character no system takes, or a length past the limit. `check` warns of these.
 */
export function unusableAsName(value: string): boolean {
  return (
    /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]|\.\.|^[\s.-]|[\s.]$|[*?"<>|]/u.test(value) ||
    RESERVED.test(value) ||
    [...value].length > MAX_STEM
  );
}

/**
 * Names for the files of one run, each unique without regard to case (as Windows and macOS compare
 * them): the second "F-26-1.docx" becomes "F-26-1 (2).docx".
 */
export class UniqueNames {
  private readonly taken = new Set<string>();

  name(value: string, extension: string): string {
    const stem = fileName(value);
    for (let n = 1; ; n++) {
      const name = `${n === 1 ? stem : `${stem} (${n})`}.${extension}`;
      if (!this.taken.has(name.toLowerCase())) {
        this.taken.add(name.toLowerCase());
        return name;
      }
    }
  }
}
