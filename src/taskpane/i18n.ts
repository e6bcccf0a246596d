/**
 * Every string the panes show, in English, Catalan and Spanish. Keys are English identifiers; a missing
 * translation is a type error, so no language can fall behind.
 */
import { createContext, useContext } from "react";

export const LANGUAGES = ["en", "ca", "es"] as const;
export type Language = (typeof LANGUAGES)[number];

/** A message, or its plural forms (Catalan, Spanish and English need only "one" and "other"). */
type Message = string | { one: string; other: string };

const en = {
  "app.title": "Sales Admin Desk",
  "nav.label": "Pages",
  "nav.health": "Health",
  "nav.import": "Import",
  "nav.clients": "Clients",
  "nav.invoices": "Invoices",
  "nav.payments": "Payments",
  "nav.report": "Report",
  "nav.newsletter": "Newsletter",
  "nav.settings": "Settings",
  "health.title": "Workbook health",
  "health.intro": "The tables Sales Admin Desk works with, and what is wrong in them.",
  "health.refresh": "Check again",
  "health.checking": "Checking the workbook…",
  "health.table": "Table",
  "health.rows": "Rows",
  "health.status": "Status",
  "health.absent": "Absent",
  "health.ok": "No problems",
  "health.errors": { one: "{n} error", other: "{n} errors" },
  "health.warnings": { one: "{n} warning", other: "{n} warnings" },
  "health.summary": "Errors: {errors} · warnings: {warnings} · tables: {tables}",
  "health.problems": "Problems",
  "health.more": "…and {n} more. Run `salesdesk check` for the full list.",
  "health.row": "row {n}",
  "health.failed": "The workbook could not be read: {message}",
  "severity.error": "Error",
  "severity.warning": "Warning",
  "planned.title": "Coming soon",
  "planned.body": "This page is planned and not built yet.",
  "settings.title": "Settings",
  "settings.language": "Language",
  "settings.workbook": "Workbook settings (table Settings)",
  "settings.none": "The workbook has no Settings table: the defaults apply.",
  "settings.holidays": "Holidays",
  "settings.holidaysSummary": "{n} in all; next: {next}",
  "settings.invoicePattern": "Invoice number pattern",
  "settings.paymentTermsDays": "Payment terms (days)",
  "settings.currency": "Currency",
  "settings.fiscalYearStartMonth": "Fiscal year starts in month",
  "word.title": "Newsletter",
  "word.intro": "Draft the company newsletter from the figures of your sales workbook.",
  "table.Clients": "Clients",
  "table.Products": "Products",
  "table.Team": "Sales team",
  "table.Targets": "Targets",
  "table.Quotes": "Quotes",
  "table.Orders": "Orders",
  "table.Invoices": "Invoices",
  "table.Payments": "Payments",
  "table.Visits": "Visits",
  "table.Requests": "Requests",
  "table.Settings": "Settings",
} satisfies Record<string, Message>;

export type MessageKey = keyof typeof en;
type Catalogue = Record<MessageKey, Message>;

const ca: Catalogue = {
  "app.title": "Sales Admin Desk",
  "nav.label": "Pàgines",
  "nav.health": "Estat",
  "nav.import": "Importa",
  "nav.clients": "Clients",
  "nav.invoices": "Factures",
  "nav.payments": "Cobraments",
  "nav.report": "Informe",
  "nav.newsletter": "Butlletí",
  "nav.settings": "Configuració",
  "health.title": "Estat del llibre",
  "health.intro": "Les taules amb què treballa Sales Admin Desk, i què hi ha d'incorrecte.",
  "health.refresh": "Torna a comprovar",
  "health.checking": "S'està comprovant el llibre…",
  "health.table": "Taula",
  "health.rows": "Files",
  "health.status": "Estat",
  "health.absent": "No hi és",
  "health.ok": "Cap problema",
  "health.errors": { one: "{n} error", other: "{n} errors" },
  "health.warnings": { one: "{n} avís", other: "{n} avisos" },
  "health.summary": "Errors: {errors} · avisos: {warnings} · taules: {tables}",
  "health.problems": "Problemes",
  "health.more": "…i {n} més. Executeu `salesdesk check` per veure la llista completa.",
  "health.row": "fila {n}",
  "health.failed": "No s'ha pogut llegir el llibre: {message}",
  "severity.error": "Error",
  "severity.warning": "Avís",
  "planned.title": "Properament",
  "planned.body": "Aquesta pàgina està prevista i encara no s'ha construït.",
  "settings.title": "Configuració",
  "settings.language": "Idioma",
  "settings.workbook": "Configuració del llibre (taula Settings)",
  "settings.none": "El llibre no té taula Settings: s'apliquen els valors per defecte.",
  "settings.holidays": "Festius",
  "settings.holidaysSummary": "{n} en total; els propers: {next}",
  "settings.invoicePattern": "Patró del número de factura",
  "settings.paymentTermsDays": "Termini de pagament (dies)",
  "settings.currency": "Moneda",
  "settings.fiscalYearStartMonth": "L'exercici comença el mes",
  "word.title": "Butlletí",
  "word.intro": "Redacteu el butlletí de l'empresa amb les xifres del llibre de vendes.",
  "table.Clients": "Clients",
  "table.Products": "Productes",
  "table.Team": "Equip comercial",
  "table.Targets": "Objectius",
  "table.Quotes": "Pressupostos",
  "table.Orders": "Comandes",
  "table.Invoices": "Factures",
  "table.Payments": "Cobraments",
  "table.Visits": "Visites",
  "table.Requests": "Peticions",
  "table.Settings": "Configuració",
};

const es: Catalogue = {
  "app.title": "Sales Admin Desk",
  "nav.label": "Páginas",
  "nav.health": "Estado",
  "nav.import": "Importar",
  "nav.clients": "Clientes",
  "nav.invoices": "Facturas",
  "nav.payments": "Cobros",
  "nav.report": "Informe",
  "nav.newsletter": "Boletín",
  "nav.settings": "Configuración",
  "health.title": "Estado del libro",
  "health.intro": "Las tablas con las que trabaja Sales Admin Desk, y qué hay de incorrecto en ellas.",
  "health.refresh": "Volver a comprobar",
  "health.checking": "Comprobando el libro…",
  "health.table": "Tabla",
  "health.rows": "Filas",
  "health.status": "Estado",
  "health.absent": "No está",
  "health.ok": "Sin problemas",
  "health.errors": { one: "{n} error", other: "{n} errores" },
  "health.warnings": { one: "{n} aviso", other: "{n} avisos" },
  "health.summary": "Errores: {errors} · avisos: {warnings} · tablas: {tables}",
  "health.problems": "Problemas",
  "health.more": "…y {n} más. Ejecute `salesdesk check` para ver la lista completa.",
  "health.row": "fila {n}",
  "health.failed": "No se ha podido leer el libro: {message}",
  "severity.error": "Error",
  "severity.warning": "Aviso",
  "planned.title": "Próximamente",
  "planned.body": "Esta página está prevista y aún no se ha construido.",
  "settings.title": "Configuración",
  "settings.language": "Idioma",
  "settings.workbook": "Configuración del libro (tabla Settings)",
  "settings.none": "El libro no tiene tabla Settings: se aplican los valores por defecto.",
  "settings.holidays": "Festivos",
  "settings.holidaysSummary": "{n} en total; los próximos: {next}",
  "settings.invoicePattern": "Patrón del número de factura",
  "settings.paymentTermsDays": "Plazo de pago (días)",
  "settings.currency": "Moneda",
  "settings.fiscalYearStartMonth": "El ejercicio empieza en el mes",
  "word.title": "Boletín",
  "word.intro": "Redacte el boletín de la empresa con las cifras del libro de ventas.",
  "table.Clients": "Clientes",
  "table.Products": "Productos",
  "table.Team": "Equipo comercial",
  "table.Targets": "Objetivos",
  "table.Quotes": "Presupuestos",
  "table.Orders": "Pedidos",
  "table.Invoices": "Facturas",
  "table.Payments": "Cobros",
  "table.Visits": "Visitas",
  "table.Requests": "Peticiones",
  "table.Settings": "Configuración",
};

export const CATALOGUES: Record<Language, Catalogue> = { en, ca, es };

/** Office's display language ("ca-ES", "es-419", "en-US") to one of ours; English otherwise. */
export function languageFrom(displayLanguage: string | undefined): Language {
  const prefix = (displayLanguage ?? "").slice(0, 2).toLowerCase();
  return (LANGUAGES as readonly string[]).includes(prefix) ? (prefix as Language) : "en";
}

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export function translator(language: Language): Translate {
  const catalogue = CATALOGUES[language];
  const plurals = new Intl.PluralRules(language);
  return (key, vars) => {
    const message = catalogue[key];
    const text = typeof message === "string" ? message : message[plurals.select(Number(vars?.n ?? 0)) === "one" ? "one" : "other"];
    return text.replace(/\{(\w+)\}/g, (m, name: string) => (vars && name in vars ? String(vars[name]) : m));
  };
}

export const I18nContext = createContext<{ language: Language; t: Translate; setLanguage: (l: Language) => void }>({
  language: "en",
  t: translator("en"),
  setLanguage: () => undefined,
});

export const useI18n = () => useContext(I18nContext);
