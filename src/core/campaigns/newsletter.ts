/**
 * The company newsletter drafted from the workbook's figures for a week or a month, in Catalan,
 * Spanish or English: headline figures, best sellers, new clients (only those who gave marketing
 * consent are ever named), visits ahead, a customer-service note, and the intro and closing the admin
 * writes (a bracketed placeholder until she does). Plain text throughout: whoever renders it (Word,
 * .docx) inserts it as text.
 */
import { LOCALES } from "../kernel/messages";
import { parsePeriodWords } from "../locale/localeValues";
import { maskCardNumbers } from "../kernel/cards";
import type { Client } from "../workbook/contract";
import { Day, formatDmy } from "../kernel/dates";
import { Cents, formatMoney } from "../kernel/money";
import { Period, periodContaining } from "../kernel/periods";
import { fail, ok, Result } from "../kernel/result";
import type { SalesData } from "../workbook/salesData";
import { Snapshot } from "../sales/figures";

export type NewsLanguage = "ca" | "es" | "en";
/** Each language named in itself, as a language list shows it. */
export const LANGUAGE_NAMES: Record<NewsLanguage, string> = { ca: "Català", es: "Español", en: "English" };

export const SECTIONS = ["intro", "figures", "bestsellers", "welcome", "visits", "service", "closing"] as const;
export type SectionId = (typeof SECTIONS)[number];

/** For clients (mailed out: no revenue, target or attainment) or internal (the team: with them). */
export type Edition = "client" | "internal";
export const EDITIONS: readonly Edition[] = ["client", "internal"];
/** The sections only the internal edition has: the company's own figures. */
export const INTERNAL_SECTIONS: readonly SectionId[] = ["figures"];

export interface Section {
  id: SectionId;
  heading: string;
  paragraphs: string[];
  /** a table of figures, a label and a value a row */
  table?: string[][];
}

export interface Newsletter {
  title: string;
  period: string;
  language: NewsLanguage;
  sections: Section[];
  /** the sections still holding a placeholder for the admin's own words: nothing is mailed while any is left */
  unwritten: SectionId[];
}

/** What the admin writes herself, in the newsletter's language; blank paragraphs part her text. */
export interface OwnWords {
  intro?: string;
  closing?: string;
}

const paragraphsOf = (text: string | undefined): string[] =>
  (text ?? "")
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);

interface Facts {
  revenue: Cents;
  previous: Cents;
  target: Cents;
  categories: { name: string; net: Cents }[];
  products: { name: string; net: Cents }[];
  welcomed: Client[];
  unnamed: number;
  visits: { count: number; cities: string[] };
  requests: { received: number; resolved: number; days: number | null };
}

/** The period's name as a reader says it: "November 2026", "de novembre de 2026", "week 48". */
function periodName(p: Period, language: NewsLanguage): string {
  if (p.kind === "month") {
    const month = new Intl.DateTimeFormat(LOCALES[language], {
      month: "long",
      year: "numeric",
      timeZone: "UTC",
    }).format(new Date(p.start * 86_400_000));
    return language === "en" ? month : month.replace(/^(\p{L})/u, (m) => m.toLowerCase());
  }
  const week = Number(p.label.slice(6));
  const span = `${formatDmy(p.start)}–${formatDmy(p.end)}`;
  return { ca: `la setmana ${week} (${span})`, es: `la semana ${week} (${span})`, en: `week ${week} (${span})` }[
    language
  ];
}

interface Wording {
  title: (period: string) => string;
  headings: Record<SectionId, string>;
  intro: string;
  closing: string;
  revenue: (period: string, amount: string) => string;
  growth: (change: number, previous: string) => string;
  attainment: (share: string, target: string) => string;
  noTarget: string;
  figureRows: [string, string, string];
  bestsellers: (categories: string, products: string) => string;
  noOrders: string;
  welcome: (names: string) => string;
  welcomeOthers: (n: number) => string;
  noNewClients: string;
  visits: (n: number, cities: string) => string;
  noVisits: string;
  service: (received: number, resolved: number, days: string | null) => string;
  noRequests: string;
  list: (items: string[]) => string;
}

const percent = (x: number, language: NewsLanguage) =>
  new Intl.NumberFormat(LOCALES[language], { style: "percent", maximumFractionDigits: 1 }).format(x);

const WORDING: Record<NewsLanguage, Wording> = {
  ca: {
    // de elides before a vowel: d'octubre, d'abril
    title: (p) => `Butlletí ${/^[aeiouàèéíòóú]/i.test(p) ? "d'" : "de "}${p}`,
    headings: {
      intro: "Benvinguda",
      figures: "Les xifres",
      bestsellers: "El més venut",
      welcome: "Nous clients",
      visits: "Properes visites",
      service: "Atenció al client",
      closing: "Fins aviat",
    },
    intro: "[Escriviu aquí la introducció: una o dues frases sobre el període.]",
    closing: "[Escriviu aquí el tancament: agraïments, properes cites, contacte.]",
    revenue: (p, a) => `Hem facturat ${a} durant ${p}.`,
    growth: (c, prev) =>
      c >= 0
        ? `Són un ${Math.abs(c).toFixed(1).replace(".", ",")} % més que el període anterior (${prev}).`
        : `Són un ${Math.abs(c).toFixed(1).replace(".", ",")} % menys que el període anterior (${prev}).`,
    attainment: (s, t) => `Hem assolit el ${s} de l'objectiu de ${t}.`,
    noTarget: "Per a aquest període no hi havia cap objectiu fixat.",
    figureRows: ["Facturació", "Període anterior", "Objectiu"],
    bestsellers: (c, p) => `Les famílies que més s'han venut han estat ${c}; els productes estrella, ${p}.`,
    noOrders: "En aquest període no hi ha hagut comandes.",
    welcome: (n) => `Donem la benvinguda a ${n}.`,
    welcomeOthers: (n) =>
      n === 1
        ? "I a un altre client que ha confiat en nosaltres."
        : `I a ${n} clients més que han confiat en nosaltres.`,
    noNewClients: "Aquest període no hem incorporat clients nous.",
    visits: (n, c) =>
      n === 1
        ? `El nostre equip farà una visita en les properes setmanes${c ? `, a ${c}` : ""}.`
        : `El nostre equip farà ${n} visites en les properes setmanes${c ? `, a ${c}` : ""}.`,
    noVisits: "No hi ha visites programades per a les properes setmanes.",
    service: (r, s, d) =>
      `Hem rebut ${r === 1 ? "una consulta" : `${r} consultes`} i n'hem resolt ${s}${d ? `, en ${d} dies de mitjana` : ""}.`,
    noRequests: "Aquest període no hem rebut cap consulta ni reclamació.",
    list: (items) =>
      items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} i ${items[items.length - 1]}`,
  },
  es: {
    title: (p) => `Boletín de ${p}`,
    headings: {
      intro: "Bienvenida",
      figures: "Las cifras",
      bestsellers: "Lo más vendido",
      welcome: "Nuevos clientes",
      visits: "Próximas visitas",
      service: "Atención al cliente",
      closing: "Hasta pronto",
    },
    intro: "[Escriba aquí la introducción: una o dos frases sobre el período.]",
    closing: "[Escriba aquí el cierre: agradecimientos, próximas citas, contacto.]",
    revenue: (p, a) => `Hemos facturado ${a} durante ${p}.`,
    growth: (c, prev) =>
      c >= 0
        ? `Es un ${Math.abs(c).toFixed(1).replace(".", ",")} % más que en el período anterior (${prev}).`
        : `Es un ${Math.abs(c).toFixed(1).replace(".", ",")} % menos que en el período anterior (${prev}).`,
    attainment: (s, t) => `Hemos alcanzado el ${s} del objetivo de ${t}.`,
    noTarget: "Para este período no había ningún objetivo fijado.",
    figureRows: ["Facturación", "Período anterior", "Objetivo"],
    bestsellers: (c, p) => `Las familias más vendidas han sido ${c}; los productos estrella, ${p}.`,
    noOrders: "En este período no ha habido pedidos.",
    welcome: (n) => `Damos la bienvenida a ${n}.`,
    welcomeOthers: (n) =>
      n === 1 ? "Y a otro cliente que ha confiado en nosotros." : `Y a ${n} clientes más que han confiado en nosotros.`,
    noNewClients: "Este período no hemos incorporado clientes nuevos.",
    visits: (n, c) =>
      n === 1
        ? `Nuestro equipo hará una visita en las próximas semanas${c ? `, en ${c}` : ""}.`
        : `Nuestro equipo hará ${n} visitas en las próximas semanas${c ? `, en ${c}` : ""}.`,
    noVisits: "No hay visitas programadas para las próximas semanas.",
    service: (r, s, d) =>
      `Hemos recibido ${r === 1 ? "una consulta" : `${r} consultas`} y hemos resuelto ${s}${d ? `, en ${d} días de media` : ""}.`,
    noRequests: "Este período no hemos recibido consultas ni reclamaciones.",
    list: (items) =>
      items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} y ${items[items.length - 1]}`,
  },
  en: {
    title: (p) => `Newsletter, ${p}`,
    headings: {
      intro: "Welcome",
      figures: "The figures",
      bestsellers: "Best sellers",
      welcome: "New clients",
      visits: "Visits ahead",
      service: "Customer service",
      closing: "Until next time",
    },
    intro: "[Write your introduction here: a sentence or two about the period.]",
    closing: "[Write your closing here: thanks, coming dates, contact.]",
    revenue: (p, a) => `We invoiced ${a} in ${p}.`,
    growth: (c, prev) =>
      `That is ${Math.abs(c).toFixed(1)}% ${c >= 0 ? "more" : "less"} than the previous period (${prev}).`,
    attainment: (s, t) => `We reached ${s} of our ${t} target.`,
    noTarget: "There was no target set for this period.",
    figureRows: ["Revenue", "Previous period", "Target"],
    bestsellers: (c, p) => `Our best-selling lines were ${c}, and the star products ${p}.`,
    noOrders: "There were no orders in this period.",
    welcome: (n) => `A warm welcome to ${n}.`,
    welcomeOthers: (n) =>
      n === 1
        ? "And to one more client who put their trust in us."
        : `And to ${n} more clients who put their trust in us.`,
    noNewClients: "No new clients joined us in this period.",
    visits: (n, c) =>
      `Our team will make ${n === 1 ? "one visit" : `${n} visits`} in the coming weeks${c ? `, in ${c}` : ""}.`,
    noVisits: "No visits are planned for the coming weeks.",
    service: (r, s, d) =>
      `We received ${r === 1 ? "one request" : `${r} requests`} and resolved ${s}${d ? `, in ${d} days on average` : ""}.`,
    noRequests: "We received no requests or complaints in this period.",
    list: (items) =>
      items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`,
  },
};

function facts(data: SalesData, p: Period): Facts {
  const snapshot = new Snapshot(data);
  const basis = data.settings.revenueBasis;
  const previousPeriod = periodContaining(p.kind, p.start - 1);
  const within = (d: Day | null) => d !== null && d >= p.start && d <= p.end;
  const products = new Map(data.products.map((x) => [x.SKU, x]));
  const byCategory = new Map<string, Cents>();
  const byProduct = new Map<string, Cents>();
  for (const o of data.orders) {
    if (!within(o.OrderDate) || o.Status === "Cancelled") continue;
    const product = o.SKU === null ? undefined : products.get(o.SKU);
    if (!product) continue;
    byCategory.set(product.Category ?? "–", (byCategory.get(product.Category ?? "–") ?? 0) + (o.Net ?? 0));
    byProduct.set(product.Name ?? String(o.SKU), (byProduct.get(product.Name ?? String(o.SKU)) ?? 0) + (o.Net ?? 0));
  }
  const top = (m: Map<string, Cents>) =>
    [...m]
      .map(([name, net]) => ({ name, net }))
      .sort((a, b) => b.net - a.net)
      .slice(0, 3);
  const firstInvoice = new Map<string, Day>();
  for (const i of data.invoices) {
    if (i.ClientID === null || i.IssueDate === null || i.CreditOf !== null) continue;
    firstInvoice.set(i.ClientID, Math.min(firstInvoice.get(i.ClientID) ?? Infinity, i.IssueDate));
  }
  const newcomers = data.clients.filter((c) => within(firstInvoice.get(c.ClientID) ?? null));
  const ahead = data.visits.filter(
    (v) => v.Status === "Planned" && v.Scheduled !== null && v.Scheduled > p.end && v.Scheduled <= p.end + 30,
  );
  const clients = new Map(data.clients.map((c) => [c.ClientID, c]));
  const cities = [...new Set(ahead.map((v) => clients.get(v.ClientID)?.City).filter((c): c is string => !!c))].sort();
  const received = data.requests.filter((r) => within(r.Received));
  const resolved = received.flatMap((r) =>
    r.Resolved !== null && (r.Status === "Resolved" || r.Status === "Closed") ? [r.Resolved - r.Received] : [],
  );
  const days = resolved.length ? resolved.reduce((n, d) => n + d, 0) / resolved.length : null;
  return {
    revenue: snapshot.revenueOf(p, null, null, basis),
    previous: snapshot.revenueOf(previousPeriod, null, null, basis),
    target: data.present.has("Targets") ? teamTarget(snapshot, data, p) : 0,
    categories: top(byCategory),
    products: top(byProduct),
    // Marketing consent decides who may be named; the others are only counted.
    welcomed: newcomers.filter((c) => c.MarketingConsent === true),
    unnamed: newcomers.filter((c) => c.MarketingConsent !== true).length,
    visits: { count: ahead.length, cities: cities.slice(0, 4) },
    requests: { received: received.length, resolved: resolved.length, days },
  };
}

/** The team's target: each exec's, or the company-wide one where targets are not set per exec. */
function teamTarget(snapshot: Snapshot, data: SalesData, p: Period): Cents {
  const perExec = data.team.reduce((sum, m) => sum + snapshot.targetOf(p, m.ExecID, null), 0);
  return perExec || snapshot.targetOf(p, null, null);
}

/** The newsletter for a week (2026-W48) or a month (2026-11), in one language, with the sections asked for. */
export function draftNewsletter(
  data: SalesData,
  periodText: string,
  language: NewsLanguage,
  sections: readonly SectionId[] = SECTIONS,
  edition: Edition = "client",
  own: OwnWords = {},
): Result<Newsletter> {
  const parsed = parsePeriodWords(periodText);
  if (!parsed.ok) return parsed;
  const p = parsed.value;
  const basis = data.settings.revenueBasis === "booked" ? "Orders" : "Invoices";
  if (!data.present.has(basis)) return fail("newsletter.noTable", { table: basis });
  if (p.kind !== "week" && p.kind !== "month") return fail("newsletter.weekOrMonth", { period: p.label });
  const f = facts(data, p);
  const w = WORDING[language];
  const money = (c: Cents) => formatMoney(c, LOCALES[language], data.settings.currency);
  const name = periodName(p, language);
  const build: Record<SectionId, () => Omit<Section, "id" | "heading">> = {
    intro: () => ({ paragraphs: paragraphsOf(own.intro).length ? paragraphsOf(own.intro) : [w.intro] }),
    figures: () => ({
      paragraphs: [
        [
          w.revenue(name, money(f.revenue)),
          f.previous > 0 ? w.growth(((f.revenue - f.previous) / f.previous) * 100, money(f.previous)) : null,
          f.target > 0 ? w.attainment(percent(f.revenue / f.target, language), money(f.target)) : w.noTarget,
        ]
          .filter(Boolean)
          .join(" "),
      ],
      table: [
        [w.figureRows[0], money(f.revenue)],
        [w.figureRows[1], money(f.previous)],
        [w.figureRows[2], f.target > 0 ? money(f.target) : "–"],
      ],
    }),
    bestsellers: () => ({
      paragraphs: [
        f.categories.length
          ? w.bestsellers(w.list(f.categories.map((c) => c.name)), w.list(f.products.map((x) => x.name)))
          : w.noOrders,
      ],
    }),
    welcome: () => ({
      paragraphs: [
        f.welcomed.length
          ? w.welcome(w.list(f.welcomed.map((c) => `${c.Name}${c.City ? ` (${c.City})` : ""}`)))
          : f.unnamed
            ? ""
            : w.noNewClients,
        f.unnamed ? w.welcomeOthers(f.unnamed) : "",
      ].filter(Boolean),
    }),
    visits: () => ({ paragraphs: [f.visits.count ? w.visits(f.visits.count, w.list(f.visits.cities)) : w.noVisits] }),
    service: () => ({
      paragraphs: [
        f.requests.received
          ? w.service(
              f.requests.received,
              f.requests.resolved,
              f.requests.days === null ? null : f.requests.days.toFixed(1).replace(".", language === "en" ? "." : ","),
            )
          : w.noRequests,
      ],
    }),
    closing: () => ({ paragraphs: paragraphsOf(own.closing).length ? paragraphsOf(own.closing) : [w.closing] }),
  };
  // Client names, notes and requests are the workbook's text: a card number typed in one never reaches the draft.
  const masked = (section: Omit<Section, "id">) => ({
    heading: maskCardNumbers(section.heading),
    paragraphs: section.paragraphs.map(maskCardNumbers),
    ...(section.table ? { table: section.table.map((row) => row.map(maskCardNumbers)) } : {}),
  });
  const chosen = SECTIONS.filter(
    (s) => sections.includes(s) && (edition === "internal" || !INTERNAL_SECTIONS.includes(s)),
  );
  return ok({
    title: maskCardNumbers(w.title(name)),
    period: p.label,
    language,
    sections: chosen.map((id) => ({ id, ...masked({ heading: w.headings[id], ...build[id]() }) })),
    unwritten: chosen.filter((id) => (id === "intro" || id === "closing") && paragraphsOf(own[id]).length === 0),
  });
}
