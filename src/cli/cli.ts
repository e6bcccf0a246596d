/**
 * `salesdesk`: arguments in, one command run, an exit code out (0 ok, 1 problems found, 2 bad usage or
 * unreadable input). Failures print one line on stderr, never a stack trace.
 */
import { parseArgs } from "node:util";
import { COMMANDS, CommandOutput, UsageError } from "./commands";

const USAGE = `Usage: salesdesk <command> [options]

Commands:
  sample --out FILE.xlsx [--seed N] [--invoices N] [--today YYYY-MM-DD]
                          write a realistic sample workbook with every contract table
  import IN.xlsx [--out OUT.xlsx] [--json]
                          find the tables in messy sheets and write them as contract tables,
                          with the rows that cannot be read in a Quarantine sheet
  check FILE.xlsx [--json] validate every contract table and list the problems
  aging FILE.xlsx [--as-of YYYY-MM-DD] [--out OUT.xlsx] [--json]
                          receivables by client in buckets of days past due, and DSO
  newsletter FILE.xlsx --period 2026-11|2026-W48 [--lang ca|es|en] --out NEWS.docx
                          the company newsletter drafted from the figures, as a Word document
  mailing-list FILE.xlsx --out LIST.csv [--segment S] [--preference CATEGORY]
                          consented clients with postal address and e-mail, as a safe CSV
  report FILE.xlsx [--week 2026-W48] [--basis invoiced|booked] [--out OUT.xlsx] [--json]
                          the weekly sales report against targets (default: last complete week)

Exit codes: 0 ok, 1 problems found, 2 bad usage or unreadable input.`;

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

const stdio: Io = { out: (t) => process.stdout.write(t + "\n"), err: (t) => process.stderr.write(t + "\n") };

export async function main(argv: string[], io: Io = stdio): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    (name ? io.out : io.err)(USAGE);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`salesdesk: unknown command '${name}' (commands: ${Object.keys(COMMANDS).join(", ")}; see salesdesk --help)`);
    return 2;
  }
  try {
    const { values, positionals } = parseArgs({ args: rest, options: command.options, allowPositionals: true, strict: true });
    const result: CommandOutput = await command.run(values as Record<string, string | boolean | undefined>, positionals);
    io.out(result.text);
    return result.exitCode;
  } catch (error) {
    io.err(`salesdesk ${name}: ${oneLine(error)}`);
    return 2;
  }
}

function oneLine(error: unknown): string {
  if (error instanceof UsageError) return error.message;
  const e = error as { code?: string; message?: string; path?: string };
  if (e.code === "ENOENT") return `no such file: ${e.path ?? ""}`;
  if (e.code === "EACCES") return `permission denied: ${e.path ?? ""}`;
  if (e.code?.startsWith("ERR_PARSE_ARGS")) return `${e.message} (see salesdesk --help)`;
  return String(e.message ?? error).split("\n")[0];
}
