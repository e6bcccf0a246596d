/**
 * The words people head their columns and name their sheets with, in Catalan, Spanish, English,
 * French and German. Each entry lists, per contract column, the headers that mean it; the matcher
 * folds accents, case, punctuation and abbreviations, so one spelling of each suffices.
 */
import type { TableName } from "../workbook/contract";

type Words = Record<string, string>;

/** Headers shared by several tables: a column of that name means the same everywhere. */
const SHARED: Words = {
  ClientID:
    "client id|id client|customer id|customer no|customer code|client code|client no|codi client|codigo cliente|cod cliente|no cliente|num cliente|numero cliente|no client|code client|numero client|ref client|ref cliente|kundennummer|kunden no|kundennr|kunden id|kd no|kdnr",
  Exec: "exec|executive|sales exec|sales rep|salesperson|account manager|comercial|representante|vendedor|venedor|agente|agent|gestor|commercial|vendeur|verkaufer|vertreter|aussendienst|berater",
  SKU: "sku|ref|referencia|reference|product code|item code|codigo producto|codi producte|cod articulo|codi article|code article|article|articulo|artikelnummer|artikel no|art no|product id",
  Quantity: "quantity|qty|cantidad|cant|quantitat|quantite|qte|menge|anzahl|units|unidades|unitats|uds|unites|stuck",
  Status: "status|statut|estado|estat|etat|situacion|situacio|zustand|state",
  Notes:
    "notes|notas|nota|observaciones|observacions|obs|comments|comentarios|comentaris|remarks|remarques|commentaires|bemerkungen|anmerkungen|notizen|hinweise",
  Email: "email|e mail|mail|correo|correo electronico|correu|correu electronic|courriel|adresse mail|adresse e mail|e mail adresse",
  Region: "region|zona|zone|area|territorio|territori|provincia|province|comarca|state|county|departement|bundesland|gebiet|secteur|regio",
  Net: "net|net amount|amount|importe|import|importe neto|import net|base|base imponible|subtotal|montant|montant ht|total ht|netto|nettobetrag|betrag netto|net total",
  UnitPrice: "unit price|price|precio|precio unitario|preu|preu unitari|prix|prix unitaire|pu|einzelpreis|preis|stuckpreis|pvp|tarifa|list price",
  Category: "category|categoria|familia|famille|kategorie|warengruppe|product category|linea|gamma|gamme|produktgruppe",
  Date: "date|fecha|data|datum",
  InvoiceNo:
    "invoice|invoice no|invoice number|invoice id|inv no|factura|no factura|num factura|numero factura|numero de factura|factura no|fra|no fra|fra no|facture|no facture|numero de facture|numero facture|rechnung|rechnungsnummer|rechnung no|rechnungs no|re no",
};

/** A reference to a client or a product is often headed by the bare noun, which in their own tables means the name. */
const CLIENT_REF = SHARED.ClientID + "|client|cliente|customer|kunde";
const PRODUCT_REF = SHARED.SKU + "|product|producto|producte|produit|artikel";

/** Header words per table column. A column missing here is matched by its contract name only. */
export const HEADER_WORDS: Record<TableName, Words> = {
  Clients: {
    ClientID: SHARED.ClientID + "|id|code|codi|codigo|account no",
    Name: "name|nom|nombre|razon social|rao social|company|company name|empresa|client name|customer name|nom client|nombre cliente|cliente|client|customer|societe|raison sociale|firma|firmenname|kunde|denominacion|denominacio|nombre fiscal|nom fiscal",
    TaxID:
      "tax id|nif|cif|nie|dni|nif cif|cif nif|vat|vat no|vat number|vat id|id fiscal|numero fiscal|no tva|numero de tva|tva intracommunautaire|siret|ust idnr|ust id|ustid|steuernummer|umsatzsteuer id|partita iva",
    Contact: "contact|contacte|contacto|persona de contacto|persona de contacte|contact person|interlocuteur|ansprechpartner|kontakt|responsable",
    Email: SHARED.Email,
    Phone: "phone|telephone|tel|tfno|tlf|telf|tfn|telefono|telefon|movil|mobil|mobile|portable|handy|telefonnummer|phone number|numero de telefono|fon",
    Street: "street|address|adreca|direccion|domicilio|calle|carrer|adresse|rue|strasse|anschrift|domicili|address line",
    PostalCode: "postal code|postcode|post code|zip|zip code|cp|codigo postal|codi postal|code postal|plz|postleitzahl",
    City: "city|town|ciudad|ciutat|poblacion|poblacio|localidad|localitat|municipio|municipi|ville|localite|stadt|ort",
    Region: SHARED.Region,
    Country: "country|pais|pays|land|staat|nation",
    PaymentMethod:
      "payment method|forma de pago|forma de pagament|metodo de pago|medio de pago|mode de paiement|moyen de paiement|mode de reglement|zahlungsart|zahlungsweise|payment",
    IBAN: "iban|bank account|account|cuenta|cuenta bancaria|compte|compte bancari|compte bancaire|ccc|rib|bankverbindung|kontonummer|konto",
    CardLast4: "card|card number|tarjeta|numero tarjeta|targeta|carte|carte bancaire|karte|kreditkarte|card last 4|last 4",
    PaymentTermsDays:
      "payment terms|terms|terms days|plazo de pago|plazo|dias de pago|dias pago|termini de pagament|termini|dies de pagament|delai de paiement|conditions de paiement|zahlungsziel|zahlungsbedingungen",
    Preferences: "preferences|preferencias|preferencies|product preferences|interests|intereses|interessos|centres d interet|interessen|praferenzen",
    Segment: "segment|segmento|sector|tipo cliente|tipus client|tipo de cliente|type de client|customer type|client type|kundentyp|kundengruppe|branche",
    Exec: SHARED.Exec,
    MarketingConsent:
      "marketing consent|consent|consentimiento|consentiment|rgpd|gdpr|lopd|acepta publicidad|accepta publicitat|opt in|consentement|einwilligung|werbeeinwilligung|newsletter",
    Status: SHARED.Status,
    Notes: SHARED.Notes,
  },
  Products: {
    SKU: SHARED.SKU,
    Name: "name|product|product name|producto|producte|produit|artikel|description|descripcion|descripcio|designation|bezeichnung|nombre|nom|artikelbezeichnung",
    Category: SHARED.Category,
    UnitPrice: SHARED.UnitPrice,
    VATRate: "vat|vat rate|vat %|iva|% iva|iva %|tipo iva|tipus iva|tva|taux de tva|tva %|mwst|mwst satz|ust satz|tax rate",
    Active: "active|activo|actiu|actif|aktiv|en catalogo|in catalogue",
  },
  Team: {
    ExecID: "exec id|id|code|codigo|codi|id comercial|codi comercial|codigo comercial|employee id|code vendeur|mitarbeiter no|personalnummer",
    Name: "name|nombre|nom|comercial|vendedor|venedor|employee|nom vendeur|mitarbeiter|sales rep|exec",
    Email: SHARED.Email,
    Region: SHARED.Region,
    Active: "active|activo|actiu|actif|aktiv",
  },
  Targets: {
    Period: "period|periodo|periode|zeitraum|month|mes|mois|monat|week|semana|setmana|semaine|kw|quarter|trimestre|quartal",
    Exec: SHARED.Exec,
    Region: SHARED.Region,
    Category: SHARED.Category,
    RevenueTarget:
      "revenue target|target|sales target|objetivo|objetivo ventas|objetivo de ventas|objectiu|objectiu vendes|objectiu de vendes|objectif|objectif ca|objectif de ventes|ziel|umsatzziel|budget|presupuesto|pressupost|cuota|quota",
    UnitsTarget: "units target|unit target|objetivo unidades|objectiu unitats|objectif unites|stuckziel|mengenziel",
  },
  Quotes: {
    QuoteID:
      "quote|quote no|quote id|estimate|estimate no|presupuesto|no presupuesto|pressupost|no pressupost|oferta|no oferta|devis|no devis|angebot|angebotsnummer|angebot no",
    QuoteDate: SHARED.Date + "|quote date|fecha presupuesto|data pressupost|date du devis|date devis|angebotsdatum",
    ClientID: CLIENT_REF,
    Exec: SHARED.Exec,
    SKU: PRODUCT_REF,
    Quantity: SHARED.Quantity,
    UnitPrice: SHARED.UnitPrice,
    Discount: "discount|descuento|descompte|dto|dte|remise|rabatt|nachlass",
    Net: SHARED.Net + "|total",
    ValidUntil: "valid until|validez|valido hasta|valid fins|validesa|valable jusqu au|validite|gultig bis|expiry|expires",
    Status: SHARED.Status,
  },
  Orders: {
    OrderID:
      "order|order no|order id|pedido|no pedido|num pedido|comanda|no comanda|commande|no commande|bestellung|bestellnummer|auftrag|auftragsnummer|auftrags no|purchase order|po",
    OrderDate: SHARED.Date + "|order date|fecha pedido|data comanda|date de commande|date commande|bestelldatum|auftragsdatum",
    ClientID: CLIENT_REF,
    Exec: SHARED.Exec,
    SKU: PRODUCT_REF,
    Quantity: SHARED.Quantity,
    Net: SHARED.Net + "|total",
    PromisedDate:
      "promised date|promised|fecha prevista|fecha entrega prevista|data prevista|data entrega prevista|date prevue|livraison prevue|liefertermin|wunschtermin",
    DeliveredDate:
      "delivered date|delivered|delivery date|fecha entrega|entregado|data lliurament|data entrega|lliurat|date de livraison|livre le|lieferdatum|geliefert am|geliefert",
    Status: SHARED.Status,
    ContractRef: "contract|contract ref|contrato|contracte|contrat|vertrag|vertragsnummer",
  },
  Invoices: {
    InvoiceNo: SHARED.InvoiceNo,
    IssueDate:
      SHARED.Date +
      "|issue date|invoice date|fecha factura|fecha de emision|fecha emision|data factura|data d emissio|data emissio|date de facture|date facture|date d emission|rechnungsdatum",
    ClientID: CLIENT_REF,
    Exec: SHARED.Exec,
    OrderID: "order|order no|pedido|no pedido|comanda|no comanda|commande|no commande|bestellung|auftrag|auftragsnummer",
    Net: SHARED.Net,
    VATRate: "vat rate|vat %|% vat|iva %|% iva|tipo iva|tipus iva|tipo de iva|taux tva|taux de tva|tva %|% tva|mwst %|mwst satz|ust satz|steuersatz",
    VAT: "vat|vat amount|iva|cuota iva|quota iva|import iva|importe iva|tva|montant tva|mwst|ust|mehrwertsteuer|umsatzsteuer|steuer",
    Total:
      "total|importe total|import total|total factura|total amount|gross|total a pagar|montant ttc|total ttc|ttc|brutto|bruttobetrag|gesamtbetrag|endbetrag|gesamt",
    Currency: "currency|moneda|divisa|devise|wahrung",
    DueDate:
      "due date|due|vencimiento|vto|vencto|fecha vencimiento|fecha de vencimiento|venciment|data venciment|data de venciment|echeance|date d echeance|date echeance|fallig|falligkeit|fallig am|zahlbar bis",
    Status: SHARED.Status,
    CreditOf:
      "credit of|credit note of|rectifica|factura rectificada|rectifica a|abona|factura original|factura abonada|original invoice|avoir sur|facture d origine|gutschrift zu|storno zu|ursprungsrechnung",
  },
  Payments: {
    PaymentID:
      "payment id|payment no|payment|id pago|no pago|pago no|cobro|no cobro|id cobro|id cobrament|no cobrament|cobrament|paiement no|no paiement|zahlung no|zahlungsnummer|transaction id|transaction|id operacion|operacion|operacio|operation",
    PaymentDate:
      SHARED.Date +
      "|payment date|fecha pago|fecha cobro|fecha de cobro|data cobrament|data pagament|date de paiement|date d encaissement|date paiement|zahlungsdatum|valuta|fecha valor|data valor|value date|buchungsdatum|buchungstag|valutadatum|wertstellung|zahldatum|received|date received|paid on|fecha de pago|cobrado el|data de pagament|recu le|eingegangen am|fecha operacion|data operacio|date operation|date de valeur|booking date|transaction date",
    InvoiceNo: SHARED.InvoiceNo,
    ClientID: CLIENT_REF,
    Amount: "amount|importe|import|importe cobrado|import cobrat|cobrado|montant|montant paye|montant encaisse|betrag|zahlbetrag|amount paid|paid|pagado|total",
    Method:
      "method|payment method|metodo|metode|forma de pago|forma de pagament|medio de pago|mitja de pagament|mode de paiement|moyen de paiement|mode de reglement|zahlungsart|zahlweise|type",
    Reference: "reference|referencia|concepto|concepte|libelle|verwendungszweck|description|descripcion|descripcio|memo|text|buchungstext",
    Status: SHARED.Status,
    Reason:
      "reason|motivo|motiu|motivo devolucion|motiu devolucio|motivo de devolucion|return reason|motif|motif de rejet|motif du rejet|grund|ruckgabegrund|rucklastschriftgrund",
    Investigation: "investigation|investigacion|investigacio|seguimiento|seguiment|enquete|suivi|untersuchung|klarung",
    Notes: SHARED.Notes,
  },
  Visits: {
    VisitID: "visit|visit id|visit no|visita|no visita|id visita|visite|no visite|besuch|besuch no|besuchsnummer",
    ClientID: CLIENT_REF,
    Exec: SHARED.Exec,
    Scheduled: SHARED.Date + "|scheduled|fecha visita|data visita|date de visite|date visite|besuchsdatum|termin|planned|prevista",
    Purpose: "purpose|motivo|motiu|objetivo|objectiu|objet|zweck|anlass|reason|subject|asunto",
    Status: SHARED.Status,
    Outcome: "outcome|result|resultado|resultat|ergebnis|conclusion",
    NextAction:
      "next action|next step|follow up|proxima accion|siguiente paso|propera accio|seguent pas|prochaine action|prochaine etape|nachster schritt|wiedervorlage",
  },
  Requests: {
    TicketID:
      "ticket|ticket id|ticket no|request id|case|case no|caso|incidencia|no incidencia|solicitud|sollicitud|reclamacion|reclamacio|no reclamacion|reclamation|demande|anfrage|reklamation|vorgang",
    Received: SHARED.Date + "|received|fecha entrada|data entrada|recibido|rebut|recepcion|date de reception|reception|eingang|eingangsdatum|opened|opened on",
    ClientID: CLIENT_REF,
    Channel: "channel|canal|via|medio|mitja|kanal|source",
    Kind: "kind|type|tipo|tipus|typ|art|category|categoria",
    Subject: "subject|asunto|assumpte|objet|betreff|description|descripcion|descripcio|issue|summary|resumen|resum|motivo|motiu",
    Impact: "impact|impacto|impacte|auswirkung",
    Urgency: "urgency|urgencia|urgence|dringlichkeit",
    Priority: "priority|prioridad|prioritat|priorite|prioritat|prio",
    DueBy: "due by|due|fecha limite|data limit|plazo|termini|echeance|frist|deadline",
    Owner: "owner|responsable|assigned to|asignado a|assignat a|propietario|zustandig|bearbeiter|attribue a",
    Status: SHARED.Status,
    Resolved: "resolved|resuelto|resolt|fecha resolucion|data resolucio|resolu|date de resolution|gelost|erledigt am|erledigt|closed|cerrado|tancat",
  },
  Settings: {
    Setting: "setting|parametro|parametre|parameter|einstellung|key|clave|clau|cle",
    Value: "value|valor|valeur|wert",
  },
};

/** Sheet names that announce a table. */
export const SHEET_WORDS: Record<TableName, string> = {
  Clients: "clients|clientes|customers|client list|customer list|clientela|cartera|kunden|kundenliste|fichero clientes|base clientes",
  Products: "products|productos|productes|produits|artikel|catalogo|cataleg|catalogue|katalog|tarifa|tarifas|price list|preisliste|items",
  Team: "team|equipo|equip|comerciales|comercials|sales team|equipe|vendeurs|vertrieb|mitarbeiter|reps",
  Targets: "targets|objetivos|objectius|objectifs|ziele|budget|presupuesto|quotas|cuotas",
  Quotes: "quotes|presupuestos|pressupostos|ofertas|devis|angebote|estimates",
  Orders: "orders|pedidos|comandes|commandes|bestellungen|auftrage",
  Invoices: "invoices|facturas|factures|facturacion|facturacio|rechnungen|invoice register|registro facturas|registre factures|billing",
  Payments: "payments|pagos|cobros|cobraments|pagaments|paiements|encaissements|zahlungen|zahlungseingange|bank|banco|banc|banque|remesas|receipts",
  Visits: "visits|visitas|visites|besuche|agenda",
  Requests:
    "requests|solicitudes|sollicituds|reclamaciones|reclamacions|incidencias|incidencies|tickets|reclamations|demandes|anfragen|reklamationen|complaints|sac",
  Settings: "settings|configuracion|configuracio|parametres|einstellungen",
};

/** Words that open a line that is no record: totals, sums and notes under a table. */
export const TOTAL_WORDS =
  "total|totals|totales|totaux|total general|grand total|subtotal|sub total|suma|suma total|sum|summe|gesamt|gesamtsumme|zwischensumme|totaal";
export const NOTE_WORDS = "nota|notas|note|notes|remarque|hinweis|anmerkung|fuente|font|source|quelle|observacion|observacio";
