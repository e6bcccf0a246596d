/**
 * `salesdesk`: arguments in, one command run, an exit code out (0 ok, 1 problems found, 2 bad usage or
 * unreadable input). Failures print one line on stderr, never a stack trace.
 */
import { parseArgs } from "node:util";
import { COMMANDS, OptionSpec } from "./commands";
import { messageLanguage, type CommandOutput } from "./options";
import { errorText, SaidError, type MessageLanguage } from "../core/kernel";
import { UsageError } from "./usageError";
import { sameFile, withFileLock } from "./files";

/** The usage text, made from the command table so that it lists every command and option there is. */
export function usage(): string {
  const lines = Object.entries(COMMANDS).flatMap(([name, command]) => {
    const options = Object.entries(command.options).map(([option, spec]) => {
      const text = spec.type === "boolean" ? `--${option}` : `--${option} ${spec.value}${spec.multiple ? "…" : ""}`;
      return spec.type === "string" && spec.required ? text : `[${text}]`;
    });
    return [`  ${[name, command.args, ...options].filter(Boolean).join(" ")}`, `      ${command.summary}`];
  });
  return [
    "Usage: salesdesk <command> [options]",
    "",
    "Commands:",
    ...lines,
    "",
    "Exit codes: 0 ok, 1 problems found, 2 bad usage or unreadable input.",
  ].join("\n");
}

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

/**
 * What reaches a terminal: a client's name holding ESC or OSC bytes must not drive it (colours, a
 * window title, a hidden link), so control characters other than line breaks and tabs are dropped
 * there. Output piped to a file or a program is left exactly as made.
 */
export const printable = (text: string) => text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "");

const line = (stream: NodeJS.WriteStream) => (text: string) =>
  stream.write((stream.isTTY ? printable(text) : text) + "\n");
const stdio: Io = { out: line(process.stdout), err: line(process.stderr) };

export async function main(argv: string[], io: Io = stdio): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    (name ? io.out : io.err)(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(
      `salesdesk: unknown command '${name}' (commands: ${Object.keys(COMMANDS).join(", ")}; see salesdesk --help)`,
    );
    return 2;
  }
  let language: MessageLanguage = "en";
  try {
    const { values, positionals } = parseArgs({
      args: rest,
      options: parseOptions(command.options),
      allowPositionals: true,
      strict: true,
    });
    language = messageLanguage(values as Record<string, string | boolean | undefined>);
    // An import or a list writes a new file: over its input it would replace the admin's workbook.
    const read = command.updatesInput
      ? undefined
      : positionals.find((file) => typeof values.out === "string" && sameFile(file, values.out));
    if (read)
      throw new UsageError(
        `--out names ${read}, which this command reads: write the result to another file (your file is left as it is)`,
      );
    const run = () => command.run(values as Record<string, string | boolean | undefined>, positionals);
    // One salesdesk at a time writes a file: from reading what it changes to renaming the new file in.
    const result: CommandOutput = typeof values.out === "string" ? await withFileLock(values.out, run) : await run();
    io.out(result.text);
    for (const note of result.notes ?? []) io.err(`salesdesk ${name}: ${note}`);
    return result.exitCode;
  } catch (error) {
    io.err(`salesdesk ${name}: ${oneLine(error, language)}`);
    return 2;
  }
}

const parseOptions = (options: OptionSpec) =>
  Object.fromEntries(
    Object.entries(options).map(([name, spec]) => [
      name,
      { type: spec.type, multiple: spec.type === "string" && spec.multiple === true },
    ]),
  );

function oneLine(error: unknown, language: MessageLanguage): string {
  if (error instanceof UsageError) return error.message;
  if (error instanceof SaidError) return errorText(error, language);
  const e = error as { code?: string; message?: string; path?: string };
  if (e.code === "ENOENT") return `no such file: ${e.path ?? ""}`;
  if (e.code === "EACCES") return `permission denied: ${e.path ?? ""}`;
  // parseArgs explains itself over several lines ("--seed -1"): one line, the first
  if (e.code?.startsWith("ERR_PARSE_ARGS"))
    return `${String(e.message).split("\n")[0]} (a value that starts with a dash is written --option=-1; see salesdesk --help)`;
  return String(e.message ?? error).split("\n")[0];
}
