/**
 * Status, method and level words in the five languages, mapped to the contract's English codes
 * ("Pagada", "bezahlt", "paid" → Paid). Keys are folded (see foldWords); one spelling per word.
 */
import {
  CLIENT_STATUSES,
  INVESTIGATION_STATUSES,
  INVOICE_STATUSES,
  MEETING_STATUSES,
  REMINDER_CHANNELS,
  LEVELS,
  ORDER_STATUSES,
  PAYMENT_METHODS,
  PAYMENT_STATUSES,
  PRIORITIES,
  QUOTE_STATUSES,
  REQUEST_CHANNELS,
  REQUEST_KINDS,
  REQUEST_STATUSES,
  VISIT_STATUSES,
} from "../workbook/codes";
import { foldWords } from "./fold";

type Words<C extends string> = Partial<Record<C, string>>;

/** The invoice statuses that say a row is a credit note rather than an invoice. */
export const CREDIT_NOTE_WORDS =
  "abono|factura de abono|rectificativa|factura rectificativa|abonament|factura d abonament|credit note|credit|avoir|gutschrift|storno|stornorechnung";

const INVOICE: Words<(typeof INVOICE_STATUSES)[number]> = {
  Draft: "borrador|esborrany|draft|brouillon|entwurf|bozza|rascunho",
  Issued:
    "emitida|emesa|pendiente|pendent|pendiente de cobro|pendent de cobrament|issued|sent|open|unpaid|emise|en attente|impayee|offen|ausgestellt|unbezahlt|enviada|enviat|envoyee|facturee|emessa|da pagare|non pagata|emitida|pendente|em aberto|nao paga|a pagar",
  PartiallyPaid:
    "parcial|pago parcial|pagada parcialmente|cobrada parcialmente|parcialment pagada|parcialment cobrada|partially paid|partial|part paid|partiellement payee|paiement partiel|teilbezahlt|teilweise bezahlt|anbezahlt|parzialmente pagata|pagamento parziale|parcialmente paga|pago parcialmente",
  Paid: "pagada|pagado|pagat|cobrada|cobrado|cobrat|paid|settled|payee|reglee|payé|bezahlt|beglichen|erledigt|pagata|saldata|paga|pago|quitada|liquidada|acquittee",
  Overdue:
    "vencida|vencido|impagada|impagat|venuda|vencuda|overdue|past due|late|en retard|echue|impaye|uberfallig|fallig|gemahnt|morosa|scaduta|in ritardo|atrasada|em atraso|vencida",
  Cancelled:
    "anulada|cancelada|anul lada|anullada|cancel lada|cancelled|canceled|void|annulee|storniert|annulliert|annullata|cancellata|cancelada|anulada",
};

const PAYMENT: Words<(typeof PAYMENT_STATUSES)[number]> = {
  Received:
    "recibido|cobrado|rebut|cobrat|received|paid|ok|completed|recu|encaisse|paye|erhalten|eingegangen|bezahlt|gebucht|abonado|ingresado|incassato|pagato|ricevuto|recebido|pago|liquidado",
  Pending:
    "pendiente|pendent|pending|en curso|en curs|en attente|ausstehend|offen|in bearbeitung|in attesa|da incassare|pendente|aguardando|em aberto",
  Reversed:
    "devuelto|devuelta|devolucion|retornat|retornada|tornat|retornado|returned|reversed|reversal|rejected|retourne|rejete|impaye|rucklastschrift|zuruckgebucht|storniert|zuruckgegeben|recibo devuelto|rebut retornat|stornato|insoluto|respinto|devolvido|estornado",
  Chargeback:
    "contracargo|retrocesion|retrocessio|chargeback|charge back|disputed|rejet carte|retrofacturation|ruckbuchung|kartenruckbuchung",
  Failed:
    "fallido|fallida|rechazado|rechazada|error|erroni|fallat|failed|declined|echoue|refuse|fehlgeschlagen|abgelehnt|fallito|rifiutato|falhou|recusado",
};

const METHOD: Words<(typeof PAYMENT_METHODS)[number]> = {
  Transfer:
    "transferencia|transferencia bancaria|transfer|bank transfer|wire|wire transfer|virement|virement bancaire|uberweisung|bankuberweisung|sepa transfer|bonifico|bonifico bancario|transferencia bancaria|ted|doc|pix|gutschrift|ueberweisung|dauerauftrag|echtzeit ueberweisung|sepa ueberweisung|dauerauftrag",
  DirectDebit:
    "domiciliacion|domiciliacio|domiciliado|domiciliat|recibo|recibo domiciliado|rebut domiciliat|adeudo|direct debit|sepa dd|sepa direct debit|dd|prelevement|prelevement sepa|lastschrift|sepa lastschrift|einzug|bankeinzug|rid|sdd|addebito|addebito diretto|debito direto|debito automatico|folgelastschrift|erstlastschrift|basislastschrift|firmenlastschrift",
  Card: "tarjeta|tarjeta de credito|targeta|targeta de credit|card|credit card|debit card|tpv|pos|carte|carte bancaire|carte de credit|cb|karte|kreditkarte|ec karte|visa|mastercard|carta|carta di credito|bancomat|cartao|cartao de credito|cartao de debito|kartenzahlung|girocard|debitkarte|maestro",
  Cash: "efectivo|metalico|efectiu|cash|especes|liquide|bar|barzahlung|contanti|dinheiro|numerario|especie",
  Cheque: "cheque|talon|xec|check|cheque bancaire|scheck|pagare|assegno|cheque",
};

const ORDER: Words<(typeof ORDER_STATUSES)[number]> = {
  Open: "abierto|abierta|obert|oberta|pendiente|pendent|open|new|nuevo|nou|ouverte|en cours|offen|neu|aperto|aperta|aberto|aberta|novo|nuovo",
  Confirmed: "confirmado|confirmada|confirmat|confirmed|accepted|confirmee|bestatigt|confermato|confermata|confirmado",
  Shipped:
    "enviado|enviada|enviat|expedido|expedit|shipped|dispatched|expediee|versandt|verschickt|spedito|spedita|enviado|expedido|despachado",
  Delivered:
    "entregado|entregada|lliurat|entregat|delivered|livree|geliefert|zugestellt|consegnato|consegnata|entregue",
  Cancelled: INVOICE.Cancelled,
};

const QUOTE: Words<(typeof QUOTE_STATUSES)[number]> = {
  Draft: INVOICE.Draft,
  Sent: "enviado|enviada|enviat|sent|envoye|verschickt|gesendet|pendiente|pendent",
  Accepted: "aceptado|aceptada|acceptat|aprobado|aprovat|accepted|won|ganado|guanyat|accepte|angenommen|gewonnen",
  Rejected:
    "rechazado|rechazada|rebutjat|denegado|perdido|perdut|rejected|lost|declined|refuse|perdu|abgelehnt|verloren",
  Expired: "caducado|caducada|caducat|vencido|expirado|expired|expire|abgelaufen",
};

const VISIT: Words<(typeof VISIT_STATUSES)[number]> = {
  Planned: "planificada|prevista|programada|planificat|programat|planned|scheduled|prevue|planifiee|geplant",
  Done: "realizada|hecha|feta|realitzada|done|completed|held|effectuee|realisee|erledigt|durchgefuhrt",
  Cancelled: INVOICE.Cancelled + "|anulada|suspendida|abgesagt",
};

const MEETING: Words<(typeof MEETING_STATUSES)[number]> = {
  Planned: VISIT.Planned + "|convocada|convocat|convoked|einberufen",
  Held: VISIT.Done + "|celebrada|celebrat|tenue|abgehalten|tenuta",
  Cancelled: VISIT.Cancelled,
};

const CLIENT: Words<(typeof CLIENT_STATUSES)[number]> = {
  Active: "activo|activa|actiu|active|actif|aktiv|alta",
  Inactive: "inactivo|inactiva|inactiu|inactive|inactif|inaktiv|baja|baixa",
  Prospect: "prospecto|potencial|prospect|lead|interessat|interesado|prospect|interessent",
};

const REQUEST: Words<(typeof REQUEST_STATUSES)[number]> = {
  Open: "abierta|abierto|oberta|obert|nueva|nova|open|new|ouverte|nouveau|offen|neu|aperto|aperta|aberto|aberta|nuovo|novo|pending|pendiente|pendent|en attente|in attesa|pendente|ausstehend|waiting|awaiting",
  InProgress:
    "en curso|en proceso|en tramite|en curs|en proces|in progress|working|en cours|in bearbeitung|in corso|in lavorazione|em andamento|em progresso|em analise",
  Resolved:
    "resuelta|resuelto|resolta|resolt|resolved|fixed|resolue|gelost|risolto|risolta|resolvido|resolvida|solucionado",
  Closed: "cerrada|cerrado|tancada|tancat|closed|fermee|geschlossen|erledigt|chiuso|chiusa|fechado|fechada|encerrado",
};

const CHANNEL: Words<(typeof REQUEST_CHANNELS)[number]> = {
  Email: "email|e mail|mail|correo|correu|courriel|correo electronico|correu electronic|posta elettronica",
  Phone: "telefono|telefon|phone|telephone|call|llamada|trucada|appel|anruf",
  Visit: "visita|visit|visite|besuch|presencial|en persona|in person",
  Web: "web|website|formulario web|formulari web|online|portal|chat",
  Letter: "carta|letter|lettre|brief|correo postal|correu postal|post",
};

const REMINDER_CHANNEL: Words<(typeof REMINDER_CHANNELS)[number]> = {
  Letter: CHANNEL.Letter,
  Email: CHANNEL.Email,
  Phone: CHANNEL.Phone,
};

const KIND: Words<(typeof REQUEST_KINDS)[number]> = {
  Request: "solicitud|peticion|sollicitud|peticio|request|demande|anfrage|anforderung",
  Complaint: "queja|reclamacion|queixa|reclamacio|complaint|claim|reclamation|plainte|beschwerde|reklamation",
  Question: "consulta|pregunta|question|query|frage",
};

const LEVEL: Words<(typeof LEVELS)[number]> = {
  High: "alta|alto|alt|high|haute|eleve|hoch|elevata|elevada|alta",
  Medium: "media|medio|mitja|mitjana|medium|moyenne|moyen|mittel|normale|normal|media",
  Low: "baja|bajo|baix|baixa|low|basse|faible|niedrig|bassa|baixa",
};

const INVESTIGATION: Words<(typeof INVESTIGATION_STATUSES)[number]> = {
  Open: "abierta|abierto|oberta|obert|open|pendiente|pendent|en curso|ouverte|offen",
  Resolved: "resuelta|resuelto|resolta|resolt|resolved|closed|cerrada|tancada|resolue|fermee|gelost|geklart",
};

/** A priority typed as a level reads as the usual four-step scale: critical first, then high, medium, low. */
const PRIORITY: Words<(typeof PRIORITIES)[number]> = {
  P1: "1|p1|urgent|urgente|critical|critica|critico|critique|kritisch|immediate|urgentissimo|blocker",
  P2: "2|p2|" + LEVEL.High,
  P3: "3|p3|normal|" + LEVEL.Medium,
  P4: "4|p4|" + LEVEL.Low,
};

const WORDS_BY_CODES = new Map<readonly string[], Words<string>>([
  [INVOICE_STATUSES, INVOICE],
  [PAYMENT_STATUSES, PAYMENT],
  [PAYMENT_METHODS, METHOD],
  [ORDER_STATUSES, ORDER],
  [QUOTE_STATUSES, QUOTE],
  [VISIT_STATUSES, VISIT],
  [MEETING_STATUSES, MEETING],
  [REMINDER_CHANNELS, REMINDER_CHANNEL],
  [CLIENT_STATUSES, CLIENT],
  [REQUEST_STATUSES, REQUEST],
  [REQUEST_CHANNELS, CHANNEL],
  [REQUEST_KINDS, KIND],
  [LEVELS, LEVEL],
  [INVESTIGATION_STATUSES, INVESTIGATION],
  [PRIORITIES, PRIORITY],
]);

const lookups = new Map<readonly string[], Map<string, string>>();

/** Folded word → code, for one of the contract's code lists (the codes themselves included). */
export function codeLookup(codes: readonly string[]): Map<string, string> {
  let lookup = lookups.get(codes);
  if (!lookup) {
    lookup = new Map<string, string>();
    for (const code of codes) {
      lookup.set(foldWords(code), code);
      lookup.set(foldWords(code.replace(/([a-z])([A-Z])/g, "$1 $2")), code); // "PartiallyPaid" is "partially paid"
    }
    for (const [code, words] of Object.entries(WORDS_BY_CODES.get(codes) ?? {})) {
      for (const word of (words ?? "").split("|")) if (!lookup.has(foldWords(word))) lookup.set(foldWords(word), code);
    }
    lookups.set(codes, lookup);
  }
  return lookup;
}
