/** Numbers the way each language writes them: "1.234,56 €" in Catalan and Spanish. */
import { formatMoney, LOCALES } from "../core/kernel";
import type { Language } from "./i18n";

export const money = (cents: number, language: Language) => formatMoney(cents, LOCALES[language]);

export const percent = (ratio: number | null, language: Language) =>
  ratio === null
    ? "–"
    : new Intl.NumberFormat(LOCALES[language], { style: "percent", maximumFractionDigits: 1 }).format(ratio);
