/**
 * The things a sheet's columns are about, in Catalan, Spanish, English, French, German, Italian and
 * Portuguese. A header that pairs one with "number" or "id" names its key ("id_venta", "IDFacture",
 * "numero_fattura"), with a date word its date, with an amount word its amount: the vocabulary builds
 * those headers from these nouns instead of listing every pairing by hand.
 */
export const NOUNS = {
  client: "client|cliente|customer|kunde|kunden|buyer|comprador|acheteur|kaufer|acquirente|destinatario|destinataire",
  order:
    "order|pedido|comanda|commande|bestellung|auftrag|ordine|encomenda|ordem|venta|vendita|venda|vente|sale|verkauf",
  invoice: "invoice|factura|fra|facture|rechnung|fattura|fatura|bill",
  product: "product|producto|producte|produit|produkt|prodotto|produto|articulo|article|artikel|articolo|artigo|item",
  payment:
    "payment|pago|cobro|pagament|cobrament|paiement|reglement|encaissement|zahlung|pagamento|incasso|recebimento|collection|receipt",
  quote: "quote|estimate|presupuesto|pressupost|oferta|devis|angebot|preventivo|orcamento|offerta",
  ticket:
    "ticket|request|case|incidencia|solicitud|sollicitud|reclamacion|reclamacio|complaint|reclamation|plainte|demande|anfrage|reklamation|beschwerde|reclamo|richiesta|segnalazione|reclamacao|chamado",
  visit: "visit|visita|visite|besuch",
  meeting: "meeting|reunion|reunio|sitzung|besprechung|riunione|reuniao",
  reminder: "reminder|recordatorio|recordatori|rappel|relance|mahnung|sollecito|lembrete",
  survey: "survey|encuesta|enquesta|enquete|sondage|umfrage|sondaggio|pesquisa",
  campaign: "campaign|campana|campanya|campagne|kampagne|campagna|campanha",
  exec: "salesperson|sales person|seller|vendedor|venedor|vendeur|venditore|verkaufer|comercial|commercial|agent|agente|sales rep|employee|empleado|mitarbeiter",
};

export type Noun = keyof typeof NOUNS;

const DATE_WORDS = "date|fecha|data|datum";
const AMOUNT_WORDS = "amount|total|importe|import|montant|betrag|importo|valor|totale|subtotal|net";

const pairs = (noun: Noun, words: string) =>
  NOUNS[noun].split("|").flatMap((n) => words.split("|").map((w) => `${n} ${w}`));

/** "order no", "venta no", "fattura no", "payment ref"… ("no" stands for id, nº, nr, número). */
export const keyOf = (noun: Noun) => pairs(noun, "no|ref").join("|");
/** "order date", "fecha venta", "data fattura"… */
export const dateOf = (noun: Noun) => pairs(noun, DATE_WORDS).join("|");
/** "total venta", "order amount", "importo fattura"… */
export const amountOf = (noun: Noun) => pairs(noun, AMOUNT_WORDS).join("|");
/** "order status", "estado pedido", "stato fattura"… */
export const statusOf = (noun: Noun) => pairs(noun, "status|estado|estat|statut|stato|situacao").join("|");
/** The bare nouns, for a reference column headed "Cliente" or "Produit". */
export const nounsOf = (noun: Noun) => NOUNS[noun];
