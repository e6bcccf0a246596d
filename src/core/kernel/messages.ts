/**
 * What the core says to people, as a code and its parameters rather than words: each face (the pane,
 * the CLI with --lang, Word) renders it in Catalan, Spanish or English, with that language's numbers,
 * dates, money and plurals. The English catalogue defines the codes; the others must have them all.
 */
import { en, type MessageCode, type Template } from "./messages/en";
import { ca } from "./messages/ca";
import { es } from "./messages/es";
import { formatMoney } from "./money";
import { Day, partsOf } from "./dates";

export type { MessageCode, Template };

export const MESSAGE_LANGUAGES = ["en", "ca", "es"] as const;
export type MessageLanguage = (typeof MESSAGE_LANGUAGES)[number];

/** A display language ("ca-ES", "es-419", "en-US": Office's or the browser's) to one of ours; English otherwise. */
export function languageFrom(displayLanguage: string | undefined): MessageLanguage {
  const prefix = (displayLanguage ?? "").slice(0, 2).toLowerCase();
  return (MESSAGE_LANGUAGES as readonly string[]).includes(prefix) ? (prefix as MessageLanguage) : "en";
}

/** An amount in cents, shown in the language's money format. */
export type MoneyParam = { cents: number; currency?: string | null };
/** A day, shown as the language writes dates (day first). */
export type DayParam = { day: Day };
export type Param = string | number | null | Message | MoneyParam | DayParam | readonly (string | Message)[];

export interface Message {
  readonly code: MessageCode;
  readonly params: Readonly<Record<string, Param>>;
}

export const say = (code: MessageCode, params: Record<string, Param> = {}): Message => ({ code, params });

const CATALOGUES: Record<MessageLanguage, Record<MessageCode, Template>> = { en, ca, es };
/** The locale of each language: its numbers, dates and money as people there write them. */
export const LOCALES: Record<MessageLanguage, string> = { en: "en-GB", ca: "ca-ES", es: "es-ES" };

/** A share as a percentage in the language's own way: 58,2 % in Catalan, 58.2% in English. */
export const formatPercent = (share: number, language: MessageLanguage): string =>
  new Intl.NumberFormat(LOCALES[language], {
    style: "percent",
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(share);

/** The message in words; `n`, where given, chooses the plural. */
export function render(message: Message, language: MessageLanguage = "en"): string {
  return fillTemplate(CATALOGUES[language][message.code], message.params, language);
}

/** A template of any catalogue (the core's, a face's own) in words: its parameters shown as the language writes them. */
export function fillTemplate(
  template: Template,
  params: Readonly<Record<string, Param>>,
  language: MessageLanguage,
): string {
  const text =
    typeof template === "string"
      ? template
      : new Intl.PluralRules(LOCALES[language]).select(Number(params.n ?? 0)) === "one"
        ? template.one
        : template.other;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? shown(params[name], language) : m));
}

function shown(param: Param, language: MessageLanguage): string {
  const locale = LOCALES[language];
  if (typeof param === "string") return param;
  if (param === null) return "—";
  if (typeof param === "number") return new Intl.NumberFormat(locale, { maximumFractionDigits: 4 }).format(param);
  if (Array.isArray(param)) return param.map((p: string | Message) => shown(p, language)).join(", ");
  if ("code" in param) return render(param, language);
  if ("cents" in param) return formatMoney(param.cents, locale, param.currency ?? undefined);
  const { year, month, day } = partsOf((param as DayParam).day);
  return `${String(day).padStart(2, "0")}/${String(month).padStart(2, "0")}/${year}`;
}

/** An error whose words are a message: each face renders it in its language. */
export class SaidError extends Error {
  constructor(readonly said: Message) {
    super(render(said));
  }
}

/** What went wrong, in the language asked: a said error's message rendered, any other error's text. */
export function errorText(error: unknown, language: MessageLanguage = "en"): string {
  if (error instanceof SaidError) return render(error.said, language);
  return error instanceof Error ? error.message : String(error);
}
