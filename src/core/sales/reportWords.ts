/** The report sheet's words in Catalan, Spanish and English: its title, headers, statuses and chart. */
import type { Rag } from "./weeklyReport";

export type ReportLanguage = "ca" | "es" | "en";
export const REPORT_LANGUAGES: readonly ReportLanguage[] = ["ca", "es", "en"];

export interface ReportWords {
  title: (week: string, from: string, to: string, booked: boolean) => string;
  chart: (week: string) => string;
  actual: string;
  target: string;
  variance: string;
  attainment: string;
  status: string;
  lastWeek: string;
  monthForecast: string;
  exec: string;
  monthToDate: string;
  monthTarget: string;
  quarterToDate: string;
  quarterTarget: string;
  yearToDate: string;
  yearTarget: string;
  quarterForecast: string;
  region: string;
  category: string;
  share: string;
  overdue: string;
  lateDeliveries: string;
  openComplaints: string;
  onTime: string;
  order: string;
  promised: string;
  daysLate: string;
  client: string;
  product: string;
  net: string;
  newClient: string;
  total: string;
  rag: Record<Rag, string>;
}

export const REPORT_WORDS: Record<ReportLanguage, ReportWords> = {
  ca: {
    title: (week, from, to, booked) =>
      `Vendes de la setmana ${week} (${from} – ${to}), ${booked ? "comandes" : "facturació"}`,
    chart: (week) => `Vendes i objectiu, ${week}`,
    actual: "Vendes",
    target: "Objectiu",
    variance: "Diferència",
    attainment: "Assoliment",
    status: "Estat",
    lastWeek: "Setmana passada",
    monthForecast: "Previsió del mes",
    exec: "Comercial",
    monthToDate: "Mes fins ara",
    monthTarget: "Objectiu del mes",
    quarterToDate: "Trimestre fins ara",
    quarterTarget: "Objectiu del trimestre",
    yearToDate: "Any fins ara",
    yearTarget: "Objectiu de l'any",
    quarterForecast: "Previsió del trimestre",
    region: "Zona",
    category: "Família",
    share: "Pes",
    overdue: "Cobraments vençuts",
    lateDeliveries: "Comandes endarrerides",
    openComplaints: "Reclamacions obertes",
    onTime: "Entregues a temps",
    order: "Comanda",
    promised: "Data promesa",
    daysLate: "Dies de retard",
    client: "Client",
    product: "Producte",
    net: "Import net",
    newClient: "Client nou",
    total: "Total",
    rag: { green: "En objectiu", amber: "A prop", red: "Per sota" },
  },
  es: {
    title: (week, from, to, booked) =>
      `Ventas de la semana ${week} (${from} – ${to}), ${booked ? "pedidos" : "facturación"}`,
    chart: (week) => `Ventas y objetivo, ${week}`,
    actual: "Ventas",
    target: "Objetivo",
    variance: "Diferencia",
    attainment: "Cumplimiento",
    status: "Estado",
    lastWeek: "Semana pasada",
    monthForecast: "Previsión del mes",
    exec: "Comercial",
    monthToDate: "Mes hasta hoy",
    monthTarget: "Objetivo del mes",
    quarterToDate: "Trimestre hasta hoy",
    quarterTarget: "Objetivo del trimestre",
    yearToDate: "Año hasta hoy",
    yearTarget: "Objetivo del año",
    quarterForecast: "Previsión del trimestre",
    region: "Zona",
    category: "Familia",
    share: "Peso",
    overdue: "Cobros vencidos",
    lateDeliveries: "Pedidos retrasados",
    openComplaints: "Reclamaciones abiertas",
    onTime: "Entregas a tiempo",
    order: "Pedido",
    promised: "Fecha prometida",
    daysLate: "Días de retraso",
    client: "Cliente",
    product: "Producto",
    net: "Importe neto",
    newClient: "Cliente nuevo",
    total: "Total",
    rag: { green: "En objetivo", amber: "Cerca", red: "Por debajo" },
  },
  en: {
    title: (week, from, to, booked) =>
      `Weekly sales ${week} (${from} – ${to}), ${booked ? "booked" : "invoiced"} revenue`,
    chart: (week) => `Actual vs target, ${week}`,
    actual: "Actual",
    target: "Target",
    variance: "Variance",
    attainment: "Attainment",
    status: "Status",
    lastWeek: "Last week",
    monthForecast: "Month forecast",
    exec: "Exec",
    monthToDate: "Month to date",
    monthTarget: "Month target",
    quarterToDate: "Quarter to date",
    quarterTarget: "Quarter target",
    yearToDate: "Year to date",
    yearTarget: "Year target",
    quarterForecast: "Quarter forecast",
    region: "Region",
    category: "Category",
    share: "Share",
    overdue: "Overdue receivables",
    lateDeliveries: "Late orders",
    openComplaints: "Open complaints",
    onTime: "Delivered on time",
    order: "Order",
    promised: "Promised",
    daysLate: "Days late",
    client: "Client",
    product: "Product",
    net: "Net",
    newClient: "New client",
    total: "Total",
    rag: { green: "On target", amber: "Near target", red: "Behind" },
  },
};
