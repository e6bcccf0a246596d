/**
 * Every string the panes show, in English, Catalan and Spanish. Keys are English identifiers; a missing
 * translation is a type error, so no language can fall behind.
 */
import { createContext, useContext } from "react";
import { Catalogue, en, MessageKey } from "./catalogues/en";
import { ca } from "./catalogues/ca";
import { errorText, render, type Message } from "../core/kernel";
import { said, type Problem } from "../core/workbook";
import { es } from "./catalogues/es";

export type { MessageKey };

export const LANGUAGES = ["en", "ca", "es"] as const;
export type Language = (typeof LANGUAGES)[number];

export const CATALOGUES: Record<Language, Catalogue> = { en, ca, es };

export { languageFrom } from "../core/kernel";

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export function translator(language: Language): Translate {
  const catalogue = CATALOGUES[language];
  const plurals = new Intl.PluralRules(language);
  return (key, vars) => {
    const message = catalogue[key];
    const text =
      typeof message === "string" ? message : message[plurals.select(Number(vars?.n ?? 0)) === "one" ? "one" : "other"];
    return text.replace(/\{(\w+)\}/g, (m, name: string) => (vars && name in vars ? String(vars[name]) : m));
  };
}

/** The core's messages, problems and errors in the pane's language. */
export interface Tell {
  (message: Message): string;
  problem: (p: Problem) => string;
  error: (error: unknown) => string;
}

export function teller(language: Language): Tell {
  return Object.assign((message: Message) => render(message, language), {
    problem: (p: Problem) => render(said(p), language),
    error: (error: unknown) => errorText(error, language),
  });
}

export const I18nContext = createContext<{
  language: Language;
  t: Translate;
  tell: Tell;
  setLanguage: (l: Language) => void;
}>({
  language: "en",
  t: translator("en"),
  tell: teller("en"),
  setLanguage: () => undefined,
});

export const useI18n = () => useContext(I18nContext);
