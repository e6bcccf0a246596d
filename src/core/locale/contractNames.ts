/**
 * The contract's tables and columns in the admin's words, for the choices the pane offers (the
 * import's table and column pickers): the workbook keeps the contract's names, she reads her own.
 */
import type { TableName } from "../workbook/contract";
import type { MessageLanguage } from "../kernel/messages";

type Names = Record<string, [ca: string, es: string]>;

const TABLES: Record<TableName, [ca: string, es: string]> = {
  Clients: ["Clients", "Clientes"],
  Products: ["Productes", "Productos"],
  Team: ["Equip comercial", "Equipo comercial"],
  Targets: ["Objectius", "Objetivos"],
  Quotes: ["Pressupostos", "Presupuestos"],
  Orders: ["Comandes", "Pedidos"],
  Invoices: ["Factures", "Facturas"],
  Payments: ["Cobraments", "Cobros"],
  Visits: ["Visites", "Visitas"],
  Requests: ["Sol·licituds i reclamacions", "Solicitudes y reclamaciones"],
  Meetings: ["Reunions", "Reuniones"],
  Reminders: ["Recordatoris", "Recordatorios"],
  Survey: ["Enquesta", "Encuesta"],
  Campaigns: ["Campanyes", "Campañas"],
  Settings: ["Configuració", "Configuración"],
};

const COLUMNS: Names = {
  ClientID: ["Codi de client", "Código de cliente"],
  Name: ["Nom", "Nombre"],
  TaxID: ["NIF", "NIF"],
  Contact: ["Persona de contacte", "Persona de contacto"],
  Email: ["Correu electrònic", "Correo electrónico"],
  Phone: ["Telèfon", "Teléfono"],
  Street: ["Adreça", "Dirección"],
  PostalCode: ["Codi postal", "Código postal"],
  City: ["Població", "Población"],
  Region: ["Zona", "Zona"],
  Country: ["País", "País"],
  PaymentMethod: ["Forma de pagament", "Forma de pago"],
  IBAN: ["IBAN", "IBAN"],
  CardLast4: ["Targeta (4 últimes xifres)", "Tarjeta (4 últimas cifras)"],
  PaymentTermsDays: ["Termini de pagament (dies)", "Plazo de pago (días)"],
  Preferences: ["Preferències", "Preferencias"],
  Segment: ["Segment", "Segmento"],
  // not the contract's: the mailing list's envelope lines
  AddressBlock: ["Adreça completa", "Dirección completa"],
  Exec: ["Comercial", "Comercial"],
  MarketingConsent: ["Consentiment de publicitat", "Consentimiento de publicidad"],
  Status: ["Estat", "Estado"],
  EquivalenceSurcharge: ["Recàrrec d'equivalència", "Recargo de equivalencia"],
  Notes: ["Notes", "Notas"],
  SKU: ["Codi de producte", "Código de producto"],
  Category: ["Categoria", "Categoría"],
  UnitPrice: ["Preu unitari", "Precio unitario"],
  VATRate: ["Tipus d'IVA", "Tipo de IVA"],
  Active: ["Actiu", "Activo"],
  ExecID: ["Codi de comercial", "Código de comercial"],
  Period: ["Període", "Período"],
  RevenueTarget: ["Objectiu de vendes (€)", "Objetivo de ventas (€)"],
  UnitsTarget: ["Objectiu d'unitats", "Objetivo de unidades"],
  QuoteID: ["Núm. de pressupost", "Núm. de presupuesto"],
  QuoteDate: ["Data del pressupost", "Fecha del presupuesto"],
  Quantity: ["Quantitat", "Cantidad"],
  Discount: ["Descompte", "Descuento"],
  Net: ["Base imposable", "Base imponible"],
  ValidUntil: ["Vàlid fins", "Válido hasta"],
  OrderID: ["Núm. de comanda", "Núm. de pedido"],
  OrderDate: ["Data de la comanda", "Fecha del pedido"],
  PromisedDate: ["Data promesa", "Fecha prometida"],
  DeliveredDate: ["Data de lliurament", "Fecha de entrega"],
  ContractRef: ["Contracte", "Contrato"],
  InvoiceNo: ["Núm. de factura", "Núm. de factura"],
  IssueDate: ["Data d'emissió", "Fecha de emisión"],
  VAT: ["Quota d'IVA", "Cuota de IVA"],
  Total: ["Total", "Total"],
  Currency: ["Moneda", "Moneda"],
  DueDate: ["Venciment", "Vencimiento"],
  CreditOf: ["Factura rectificada", "Factura rectificada"],
  Reason: ["Motiu", "Motivo"],
  PaymentID: ["Núm. de cobrament", "Núm. de cobro"],
  PaymentDate: ["Data del cobrament", "Fecha del cobro"],
  Amount: ["Import", "Importe"],
  Method: ["Forma de pagament", "Forma de pago"],
  Reference: ["Referència", "Referencia"],
  Investigation: ["Investigació", "Investigación"],
  VisitID: ["Núm. de visita", "Núm. de visita"],
  Scheduled: ["Data prevista", "Fecha prevista"],
  Purpose: ["Motiu de la visita", "Motivo de la visita"],
  Outcome: ["Resultat", "Resultado"],
  NextAction: ["Pas següent", "Siguiente paso"],
  TicketID: ["Núm. de sol·licitud", "Núm. de solicitud"],
  Received: ["Data d'entrada", "Fecha de entrada"],
  Channel: ["Canal", "Canal"],
  Kind: ["Tipus", "Tipo"],
  Subject: ["Assumpte", "Asunto"],
  Impact: ["Impacte", "Impacto"],
  Urgency: ["Urgència", "Urgencia"],
  Priority: ["Prioritat", "Prioridad"],
  DueBy: ["Termini", "Plazo"],
  Owner: ["Responsable", "Responsable"],
  Resolved: ["Resolta el", "Resuelta el"],
  MeetingID: ["Núm. de reunió", "Núm. de reunión"],
  Date: ["Data", "Fecha"],
  Start: ["Inici", "Inicio"],
  End: ["Final", "Fin"],
  Title: ["Títol", "Título"],
  Attendees: ["Assistents", "Asistentes"],
  Agenda: ["Ordre del dia", "Orden del día"],
  Minutes: ["Acta", "Acta"],
  Actions: ["Accions", "Acciones"],
  Sent: ["Enviat el", "Enviado el"],
  Level: ["Nivell", "Nivel"],
  ResponseID: ["Núm. de resposta", "Núm. de respuesta"],
  Respondent: ["Qui respon", "Quién responde"],
  Question: ["Pregunta", "Pregunta"],
  Answer: ["Resposta", "Respuesta"],
  Score: ["Puntuació", "Puntuación"],
  CampaignID: ["Núm. de campanya", "Núm. de campaña"],
  Recipients: ["Destinataris", "Destinatarios"],
  RecipientIDs: ["Clients que la van rebre", "Clientes que la recibieron"],
  RecipientSheet: ["Full dels destinataris", "Hoja de los destinatarios"],
  Setting: ["Paràmetre", "Parámetro"],
  Value: ["Valor", "Valor"],
};

const INDEX: Record<Exclude<MessageLanguage, "en">, 0 | 1> = { ca: 0, es: 1 };

/** A contract table's name as the admin reads it (English: the contract's own). */
export function tableLabel(table: TableName, language: MessageLanguage): string {
  return language === "en" ? table : TABLES[table][INDEX[language]];
}

/** A contract column's name as the admin reads it ("IssueDate" → "Data d'emissió"); English spaces the contract's name. */
export function columnLabel(column: string, language: MessageLanguage): string {
  const names = COLUMNS[column];
  if (language === "en" || !names)
    return column
      .replace(/([a-z])([A-Z])/g, "$1 $2")
      .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
      .replace(/(\d)/, " $1");
  return names[INDEX[language]];
}
