/** The market sheet's and the CLI's words in Catalan, Spanish and English. */
import type { MessageLanguage } from "../kernel/messages";

export interface MarketWords {
  title: (asOf: string) => string;
  segments: string;
  segment: string;
  clients: string;
  revenue: string;
  clientsChart: string;
  npsChart: string;
  question: string;
  answer: string;
  answers: string;
  count: string;
  nps: string;
  promoters: string;
  passives: string;
  detractors: string;
  word: string;
  unknownClient: string;
  client: string;
  name: string;
  category: string;
  region: string;
  buyers: string;
  share: string;
  companyShare: string;
  campaign: string;
  date: string;
  recipients: string;
  ordersBefore: string;
  ordersAfter: string;
  revenueBefore: string;
  revenueAfter: string;
  control: string;
  controlBefore: string;
  controlAfter: string;
  lift: string;
  note: string;
  few: string;
  running: string;
  opportunities: string;
  regionGaps: string;
  churnRisk: string;
  recency: string;
  frequency: string;
  monetary: string;
  unmatched: (n: number) => string;
}

export const MARKET_WORDS: Record<MessageLanguage, MarketWords> = {
  ca: {
    title: (asOf) => `Mercat i clients a ${asOf}: segments, enquesta, oportunitats i campanyes`,
    segments: "Segments",
    segment: "Segment",
    clients: "Clients",
    revenue: "Vendes (365 dies)",
    clientsChart: "Clients per segment",
    npsChart: "NPS per segment",
    question: "Pregunta",
    answer: "Resposta",
    answers: "Respostes",
    count: "Vegades",
    nps: "NPS",
    promoters: "Promotors",
    passives: "Passius",
    detractors: "Detractors",
    word: "Paraules",
    unknownClient: "(sense client)",
    client: "Client",
    name: "Nom",
    category: "Categoria",
    region: "Zona",
    buyers: "Compradors",
    share: "Percentatge",
    companyShare: "Percentatge de l'empresa",
    campaign: "Campanya",
    date: "Data",
    recipients: "Destinataris",
    ordersBefore: "Comandes 30 dies abans",
    ordersAfter: "Comandes 30 dies després",
    revenueBefore: "Vendes 30 dies abans",
    revenueAfter: "Vendes 30 dies després",
    control: "Clients sense la campanya",
    controlBefore: "Vendes sense campanya, abans",
    controlAfter: "Vendes sense campanya, després",
    lift: "Efecte per client",
    note: "Nota",
    few: "menys de 5 clients: xifra orientativa",
    running: "encara no han passat 30 dies",
    opportunities: "Prefereixen una categoria que no han comprat en un any",
    regionGaps: "Zones on molts menys clients compren la categoria",
    churnRisk: "Risc de pèrdua",
    recency: "Dies des de l'última factura",
    frequency: "Factures (365 dies)",
    monetary: "Vendes (365 dies)",
    unmatched: (n) => `${n} respostes sense client`,
  },
  es: {
    title: (asOf) => `Mercado y clientes a ${asOf}: segmentos, encuesta, oportunidades y campañas`,
    segments: "Segmentos",
    segment: "Segmento",
    clients: "Clientes",
    revenue: "Ventas (365 días)",
    clientsChart: "Clientes por segmento",
    npsChart: "NPS por segmento",
    question: "Pregunta",
    answer: "Respuesta",
    answers: "Respuestas",
    count: "Veces",
    nps: "NPS",
    promoters: "Promotores",
    passives: "Pasivos",
    detractors: "Detractores",
    word: "Palabras",
    unknownClient: "(sin cliente)",
    client: "Cliente",
    name: "Nombre",
    category: "Categoría",
    region: "Zona",
    buyers: "Compradores",
    share: "Porcentaje",
    companyShare: "Porcentaje de la empresa",
    campaign: "Campaña",
    date: "Fecha",
    recipients: "Destinatarios",
    ordersBefore: "Pedidos 30 días antes",
    ordersAfter: "Pedidos 30 días después",
    revenueBefore: "Ventas 30 días antes",
    revenueAfter: "Ventas 30 días después",
    control: "Clientes sin la campaña",
    controlBefore: "Ventas sin campaña, antes",
    controlAfter: "Ventas sin campaña, después",
    lift: "Efecto por cliente",
    note: "Nota",
    few: "menos de 5 clientes: cifra orientativa",
    running: "aún no han pasado 30 días",
    opportunities: "Prefieren una categoría que no han comprado en un año",
    regionGaps: "Zonas donde muchos menos clientes compran la categoría",
    churnRisk: "Riesgo de pérdida",
    recency: "Días desde la última factura",
    frequency: "Facturas (365 días)",
    monetary: "Ventas (365 días)",
    unmatched: (n) => `${n} respuestas sin cliente`,
  },
  en: {
    title: (asOf) => `Market and clients as of ${asOf}: segments, survey, opportunities and campaigns`,
    segments: "Segments",
    segment: "Segment",
    clients: "Clients",
    revenue: "Revenue (365 days)",
    clientsChart: "Clients by segment",
    npsChart: "NPS by segment",
    question: "Question",
    answer: "Answer",
    answers: "Answers",
    count: "Times",
    nps: "NPS",
    promoters: "Promoters",
    passives: "Passives",
    detractors: "Detractors",
    word: "Words",
    unknownClient: "(no client)",
    client: "Client",
    name: "Name",
    category: "Category",
    region: "Region",
    buyers: "Buyers",
    share: "Share",
    companyShare: "Company share",
    campaign: "Campaign",
    date: "Date",
    recipients: "Recipients",
    ordersBefore: "Orders 30 days before",
    ordersAfter: "Orders 30 days after",
    revenueBefore: "Revenue 30 days before",
    revenueAfter: "Revenue 30 days after",
    control: "Clients without it",
    controlBefore: "Revenue without it, before",
    controlAfter: "Revenue without it, after",
    lift: "Lift per client",
    note: "Note",
    few: "fewer than 5 clients: indicative only",
    running: "30 days not over yet",
    opportunities: "Prefer a category they have not bought in a year",
    regionGaps: "Regions where far fewer clients buy the category",
    churnRisk: "Churn risk",
    recency: "Days since last invoice",
    frequency: "Invoices (365 days)",
    monetary: "Revenue (365 days)",
    unmatched: (n) => `${n} answers with no client`,
  },
};
