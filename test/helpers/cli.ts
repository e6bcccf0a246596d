/** The CLI run as a user runs it, in this process: its exit code and what it printed on each stream. */
import { main } from "../../src/cli/cli";

export async function runCli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

/** The newsletter's intro and closing in the three languages, so that a campaign's e-mails can be drafted. */
export const OWN_WORDS = ["ca", "es", "en"].flatMap((lang) => [
  "--intro",
  `${lang}:Intro ${lang}.`,
  "--closing",
  `${lang}:Closing ${lang}.`,
]);
