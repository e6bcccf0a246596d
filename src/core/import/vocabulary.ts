/**
 * The words people head their columns and name their sheets with, in Catalan, Spanish, English,
 * French, German, Italian and Portuguese. Each entry lists, per contract column, the headers that mean it; the matcher
 * folds accents, case, punctuation and abbreviations, so one spelling of each suffices.
 */
import type { TableName } from "../workbook/contract";
import { amountOf, dateOf, keyOf, nounsOf, statusOf } from "./nouns";

type Words = Record<string, string>;

/** Headers shared by several tables: a column of that name means the same everywhere. */
const SHARED: Words = {
  ClientID:
    "customer code|client code|codi client|codigo cliente|cod cliente|code client|ref client|ref cliente|kundennummer|kundennr|kd no|kdnr|codice cliente|codigo do cliente|customer|" +
    keyOf("client"),
  Exec:
    "exec|executive|sales exec|account manager|representante|gestor|vertreter|aussendienst|berater|venditore|responsavel comercial|" +
    nounsOf("exec") +
    "|" +
    keyOf("exec"),
  SKU:
    "sku|ref|referencia|reference|product code|item code|codigo producto|codi producte|cod articulo|codi article|code article|artikelnummer|art no|codice articolo|codice prodotto|codigo produto|ean|" +
    keyOf("product"),
  Quantity:
    "quantity|qty|cantidad|cant|quantitat|quantite|qte|menge|anzahl|units|unidades|unitats|uds|unites|stuck|quantita|qta|quantidade|qtd|quantite vendue|cantidad vendida|quantity sold",
  Status: "status|statut|estado|estat|etat|situacion|situacio|zustand|stato|situacao",
  Notes:
    "notes|notas|nota|observaciones|observacions|obs|comments|comentarios|comentaris|remarks|remarques|commentaires|bemerkungen|anmerkungen|notizen|hinweise|note|osservazioni|commenti|observacoes|comentario|kommentar|comment",
  Email:
    "email|e mail|mail|correo|correo electronico|correu|correu electronic|courriel|adresse mail|adresse e mail|e mail adresse|posta elettronica|indirizzo email",
  Region:
    "region|zona|zone|area|territorio|territori|provincia|province|comarca|county|departement|bundesland|gebiet|secteur|regio|regione|regiao",
  Net: "net|net amount|amount|importe|import|importe neto|import net|base|base imponible|subtotal|montant|montant ht|total ht|netto|nettobetrag|betrag netto|net total|imponibile|importo|importo netto|valor liquido|valor|montant ligne|line amount|line total",
  UnitPrice:
    "unit price|price|precio|precio unitario|preu|preu unitari|prix|prix unitaire|pu|einzelpreis|preis|stuckpreis|pvp|tarifa|list price|prezzo|prezzo unitario|preco|preco unitario|valor unitario|sale price|selling price|retail price|standard price|verkaufspreis|prix de vente|precio venta|precio de venta|preu de venda|prezzo di vendita|preco de venda",
  Category:
    "category|categoria|familia|famille|kategorie|warengruppe|product category|linea|gamma|gamme|produktgruppe|sous categorie|subcategory|subcategoria|sottocategoria|category no|~sub category no",
  Date: "date|fecha|data|datum|dia|jour|tag|giorno",
  InvoiceNo:
    "invoice|inv no|factura|fra|facture|rechnung|rechnungsnummer|rechnungs no|re no|fattura|fatura|serie y folio|folio|" +
    keyOf("invoice"),
};

/** A reference to a client or a product is often headed by the bare noun, which in their own tables means the name. */
const CLIENT_REF =
  SHARED.ClientID +
  "|customer name|client name|nombre cliente|nom client|nome cliente|" +
  nounsOf("client") +
  "|~nif|~dni|~cif|~tax id|~vat no";
const PRODUCT_REF = SHARED.SKU + "|product name|nombre producto|nom produit|" + nounsOf("product");

/** Header words per table column. A column missing here is matched by its contract name only. */
export const HEADER_WORDS: Record<TableName, Words> = {
  Clients: {
    ClientID: SHARED.ClientID + "|no|code|codi|codigo|account no|codice",
    Name: "name|nom|nombre|razon social|rao social|company|company name|empresa|client name|customer name|nom client|nombre cliente|cliente|client|customer|societe|raison sociale|firma|firmenname|kunde|denominacion|denominacio|nombre fiscal|nom fiscal|nome|ragione sociale|razao social|first name|last name|vorname|nachname|prenom|apellido|apellidos|cognome|sobrenome|full name|nom i cognoms|nombre y apellidos|nom et prenom|nome e cognome|nome completo|name and surname|nom comercial|nombre comercial|trade name|nom commercial|handelsname|nome commerciale|nome fantasia",
    TaxID:
      "tax id|nif|cif|nie|dni|nif cif|cif nif|dni cif|vat|vat no|vat number|vat id|id fiscal|numero fiscal|no tva|numero de tva|tva intracommunautaire|siret|siren|ust idnr|ust id|ustid|steuernummer|umsatzsteuer id|partita iva|p iva|codice fiscale|cpf|cnpj|nipc|contribuinte|rfc",
    Contact:
      "contact|contacte|contacto|persona de contacto|persona de contacte|contact person|interlocuteur|ansprechpartner|kontakt|responsable|referente|contatto|contato",
    Email: SHARED.Email,
    Phone:
      "phone|telephone|tel|tfno|tlf|telf|tfn|telefono|telefon|movil|mobil|mobile|portable|handy|telefonnummer|phone number|numero de telefono|fon|cellulare|telefone|celular|telemovel",
    Street:
      "street|address|adreca|direccion|domicilio|calle|carrer|adresse|rue|strasse|anschrift|domicili|address line|indirizzo|via|endereco|morada|rua|hausnummer|house number|numero de rue",
    PostalCode:
      "postal code|postcode|post code|zip|zip code|cp|codigo postal|codi postal|code postal|plz|postleitzahl|cap|cep",
    City: "city|town|ciudad|ciutat|poblacion|poblacio|localidad|localitat|municipio|municipi|ville|localite|stadt|ort|citta|comune|cidade|localidade",
    Region: SHARED.Region,
    Country: "country|pais|pays|land|staat|nation|paese|nazione",
    PaymentMethod:
      "payment method|forma de pago|forma de pagament|metodo de pago|medio de pago|mode de paiement|moyen de paiement|mode de reglement|zahlungsart|zahlungsweise|payment",
    IBAN: "iban|bank account|cuenta bancaria|compte bancari|compte bancaire|ccc|rib|bankverbindung|kontonummer|conto corrente|conta bancaria",
    CardLast4:
      "card|card number|tarjeta|numero tarjeta|targeta|carte|carte bancaire|karte|kreditkarte|kreditkartnummer|kreditkartennummer|card last 4|last 4|carta di credito|cartao",
    PaymentTermsDays:
      "payment terms|terms|terms days|plazo de pago|plazo|dias de pago|dias pago|termini de pagament|termini|dies de pagament|delai de paiement|conditions de paiement|zahlungsziel|zahlungsbedingungen",
    Preferences:
      "preferences|preferencias|preferencies|product preferences|interests|intereses|interessos|centres d interet|interessen|praferenzen",
    Segment:
      "segment|segmento|sector|tipo cliente|tipus client|tipo de cliente|type de client|customer type|client type|kundentyp|kundengruppe|branche",
    Exec: SHARED.Exec,
    MarketingConsent:
      "marketing consent|consent|consentimiento|consentiment|rgpd|gdpr|lopd|acepta publicidad|accepta publicitat|opt in|consentement|einwilligung|werbeeinwilligung|newsletter",
    Status: SHARED.Status + "|" + statusOf("client"),
    EquivalenceSurcharge:
      "recargo de equivalencia|recargo equivalencia|recarrec d equivalencia|recarrec equivalencia|equivalence surcharge|surcharge",
    Notes: SHARED.Notes,
  },
  Products: {
    SKU: SHARED.SKU + "|no|code|codigo|codi|cod|codice|item no",
    Name:
      "name|product name|~description|~descripcion|~descripcio|~designation|~bezeichnung|nombre|nom|~artikelbezeichnung|~descrizione|~descricao|nome|~libelle|" +
      nounsOf("product"),
    Category: SHARED.Category,
    UnitPrice: SHARED.UnitPrice,
    VATRate:
      "vat rate|vat %|% iva|iva %|tipo iva|tipus iva|taux de tva|tva %|mwst satz|ust satz|tax rate|aliquota iva|aliquota|taxa iva",
    Active: "active|activo|actiu|actif|aktiv|en catalogo|in catalogue",
  },
  Team: {
    ExecID: "exec no|no|code|codigo|codi|codi comercial|codigo comercial|code vendeur|personalnummer|" + keyOf("exec"),
    Name:
      "name|nombre|nom|nome|nom vendeur|exec|exec name|full name|nom i cognoms|nombre y apellidos|nom et prenom|nome e cognome|nome completo|" +
      nounsOf("exec"),
    Email: SHARED.Email,
    Region: SHARED.Region,
    Active: "active|activo|actiu|actif|aktiv",
  },
  Targets: {
    Period:
      "period|periodo|periode|zeitraum|month|mes|mois|monat|mese|week|semana|setmana|semaine|kw|settimana|quarter|trimestre|quartal|year|ano|anno|jahr|annee|dates|date|fecha|data",
    Exec: SHARED.Exec + "|name|nombre|nom|nome",
    Region: SHARED.Region + "|store|store no",
    Category: SHARED.Category,
    RevenueTarget:
      "revenue target|target|targets|sales target|objetivo|objetivo ventas|objetivo de ventas|objectiu|objectiu vendes|objectiu de vendes|objectif|objectif ca|objectif de ventes|ziel|umsatzziel|budget|presupuesto|pressupost|cuota|quota|meta|metas|obiettivo|goal|sales goal",
    UnitsTarget: "units target|unit target|objetivo unidades|objectiu unitats|objectif unites|stuckziel|mengenziel",
  },
  Quotes: {
    QuoteID:
      "quote|estimate|presupuesto|pressupost|oferta|devis|angebot|angebotsnummer|preventivo|orcamento|" +
      keyOf("quote"),
    QuoteDate: SHARED.Date + "|angebotsdatum|" + dateOf("quote"),
    ClientID: CLIENT_REF,
    Exec: SHARED.Exec,
    SKU: PRODUCT_REF,
    Quantity: SHARED.Quantity,
    UnitPrice: SHARED.UnitPrice,
    Discount: "discount|descuento|descompte|dto|dte|remise|rabatt|nachlass|sconto|desconto",
    Net: SHARED.Net + "|total|" + amountOf("quote"),
    ValidUntil:
      "valid until|validez|valido hasta|valid fins|validesa|valable jusqu au|validite|gultig bis|expiry|expires|valido fino|validade",
    Status: SHARED.Status + "|" + statusOf("quote"),
  },
  Orders: {
    OrderID:
      "order|pedido|comanda|commande|bestellung|bestellnummer|auftrag|auftragsnummer|purchase order|po|" +
      keyOf("order"),
    OrderDate: SHARED.Date + "|bestelldatum|auftragsdatum|created at|" + dateOf("order"),
    ClientID: CLIENT_REF,
    Exec: SHARED.Exec,
    SKU: PRODUCT_REF,
    Quantity: SHARED.Quantity,
    Net: SHARED.Net + "|total|total price|gesamtkosten|gesamtpreis|" + amountOf("order"),
    PromisedDate:
      "promised date|promised|fecha prevista|fecha entrega prevista|data prevista|data entrega prevista|date prevue|livraison prevue|liefertermin|wunschtermin",
    DeliveredDate:
      "delivered date|delivered|delivery date|fecha entrega|entregado|data lliurament|data entrega|lliurat|date de livraison|livre le|lieferdatum|geliefert am|geliefert",
    Status: SHARED.Status + "|" + statusOf("order"),
    ContractRef: "contract|contract ref|contrato|contracte|contrat|vertrag|vertragsnummer",
  },
  Invoices: {
    InvoiceNo: SHARED.InvoiceNo,
    IssueDate:
      SHARED.Date +
      "|issue date|fecha de emision|fecha emision|data d emissio|data emissio|date d emission|rechnungsdatum|data emissione|data di emissione|data de emissao|data emissao|" +
      dateOf("invoice"),
    ClientID: CLIENT_REF,
    Exec: SHARED.Exec,
    OrderID: "order|pedido|comanda|commande|bestellung|auftrag|auftragsnummer|" + keyOf("order"),
    Net: SHARED.Net,
    VATRate:
      "vat rate|vat %|% vat|iva %|% iva|tipo iva|tipus iva|tipo de iva|taux tva|taux de tva|tva %|% tva|mwst %|mwst satz|ust satz|steuersatz",
    VAT: "vat|vat amount|iva|cuota iva|quota iva|import iva|importe iva|tva|montant tva|mwst|ust|mehrwertsteuer|umsatzsteuer|steuer|importo iva|valor iva",
    Total:
      "total|importe total|import total|total amount|gross|total a pagar|montant ttc|total ttc|ttc|brutto|bruttobetrag|gesamtbetrag|endbetrag|gesamt|totale|importo totale|valor total|amount|importo|" +
      amountOf("invoice"),
    Currency: "currency|moneda|divisa|devise|wahrung|valuta|moeda",
    DueDate:
      "due date|due|vencimiento|vto|vencto|fecha vencimiento|fecha de vencimiento|venciment|data venciment|data de venciment|echeance|date d echeance|date echeance|fallig|falligkeit|fallig am|zahlbar bis|scadenza|data scadenza|data di scadenza|vencimento|data vencimento",
    Status: SHARED.Status + "|" + statusOf("invoice"),
    CreditOf:
      "credit of|credit note of|rectifica|factura rectificada|rectifica a|abona|factura original|factura abonada|original invoice|avoir sur|facture d origine|gutschrift zu|storno zu|ursprungsrechnung",
    Reason:
      "reason|motivo|motiu|causa|motivo rectificacion|motiu rectificacio|reason for credit|motif|motif de l avoir|grund|stornogrund|motivazione|motivo da retificacao",
  },
  Payments: {
    PaymentID:
      "payment|cobro|cobrament|zahlungsnummer|transaction|operacion|operacio|operation|referencia bancaria|bank reference|" +
      keyOf("payment") +
      "|transaction no|operacion no",
    PaymentDate:
      SHARED.Date +
      "|zahlungsdatum|fecha valor|data valor|value date|buchungsdatum|buchungstag|zahldatum|received|date received|paid on|cobrado el|recu le|eingegangen am|fecha operacion|data operacio|date operation|booking date|transaction date|data movimento|data moviment|fecha movimiento|data valuta|" +
      dateOf("payment"),
    InvoiceNo: SHARED.InvoiceNo,
    ClientID:
      CLIENT_REF +
      "|payer|payee|zahlungspflichtiger|beguenstigter|zahlungsempfanger|auftraggeber|ordenante|beneficiario|donneur d ordre|nombre cliente|ordinante|pagador",
    Amount:
      "amount|importe|import|importe cobrado|import cobrat|cobrado|montant|montant paye|montant encaisse|betrag|zahlbetrag|amount paid|paid|pagado|total|importo|valor|valor pago|import bancari|collection|collected|received amount|incassato|" +
      amountOf("payment"),
    Method:
      "method|payment method|metodo|metode|forma de pago|forma de pagament|medio de pago|mitja de pagament|mode de paiement|moyen de paiement|mode de reglement|zahlungsart|zahlweise|buchungstext|metodo di pagamento|forma de pagamento|meio de pagamento|type",
    Reference:
      "reference|referencia|concepto|concepte|libelle|verwendungszweck|~description|~descripcion|~descripcio|memo|text|causale|~descrizione|~descricao|historico",
    Status: SHARED.Status + "|" + statusOf("payment"),
    Reason:
      "reason|motivo|motiu|motivo devolucion|motiu devolucio|motivo de devolucion|return reason|motif|motif de rejet|motif du rejet|grund|ruckgabegrund|rucklastschriftgrund|motivazione",
    Investigation: "investigation|investigacion|investigacio|seguimiento|seguiment|enquete|suivi|untersuchung|klarung",
    Notes: SHARED.Notes,
  },
  Visits: {
    VisitID: "visit|visita|visite|besuch|besuchsnummer|" + keyOf("visit"),
    ClientID: CLIENT_REF,
    Exec: SHARED.Exec,
    Scheduled: SHARED.Date + "|scheduled|besuchsdatum|termin|planned|prevista|" + dateOf("visit"),
    Purpose:
      "purpose|motivo|motiu|objetivo|objectiu|objet|zweck|besuchszweck|besuchsgrund|anlass|reason|subject|asunto|offer|oferta|offre|angebot|topic|tema",
    Status: SHARED.Status + "|" + statusOf("visit"),
    Outcome:
      "outcome|result|resultado|resultat|ergebnis|conclusion|answers|answer|respuesta|respuestas|reponse|antwort|risposta|esito",
    NextAction:
      "next action|next step|follow up|proxima accion|siguiente paso|propera accio|seguent pas|prochaine action|prochaine etape|nachster schritt|wiedervorlage",
  },
  Requests: {
    TicketID:
      "ticket|case|incidencia|solicitud|sollicitud|reclamacion|reclamacio|reclamation|demande|anfrage|reklamation|vorgang|" +
      keyOf("ticket"),
    Received:
      SHARED.Date +
      "|received|fecha entrada|data entrada|recibido|rebut|recepcion|date de reception|reception|eingang|eingangsdatum|opened|opened on|created|created at|creation date|fecha creacion|data criacao|data apertura|" +
      dateOf("ticket"),
    ClientID: CLIENT_REF,
    Channel: "channel|canal|via|medio|mitja|kanal|source",
    Kind: "kind|type|tipo|tipus|typ|art|kind of request",
    Subject:
      "subject|asunto|assumpte|objet|betreff|~description|~descripcion|~descripcio|issue|summary|resumen|resum|motivo|motiu|oggetto|assunto|type|tipo|ticket type|complaint type|problem|problema",
    Impact: "impact|impacto|impacte|auswirkung",
    Urgency: "urgency|urgencia|urgence|dringlichkeit",
    Priority: "priority|prioridad|prioritat|priorite|prio|priorita|prioridade",
    DueBy: "due by|due|fecha limite|data limit|plazo|termini|echeance|frist|deadline",
    Owner:
      "owner|responsable|assigned to|asignado a|assignat a|propietario|zustandig|bearbeiter|attribue a|assegnato a|responsavel|agent",
    Status: SHARED.Status + "|" + statusOf("ticket"),
    Resolved:
      "resolved|resolved at|resolution date|resuelto|resolt|fecha resolucion|data resolucio|resolu|date de resolution|gelost|erledigt am|erledigt|closed|closed at|cerrado|tancat|data risoluzione|data resolucao|resolvido em",
  },
  Meetings: {
    MeetingID: keyOf("meeting"),
    Date: SHARED.Date + "|" + dateOf("meeting"),
    Start:
      "start|starts|start time|from|inicio|hora inicio|inici|hora inici|debut|heure de debut|beginn|von|inizio|ora inizio|hora|time|heure|uhrzeit",
    End: "end|ends|end time|until|to|fin|hora fin|final|hora final|heure de fin|ende|bis|fine|ora fine|termino",
    Title:
      "title|titulo|titol|titre|titel|titolo|subject|asunto|assumpte|objet|betreff|oggetto|assunto|" +
      nounsOf("meeting"),
    Attendees:
      "attendees|participants|participantes|asistentes|assistents|convocados|convocats|teilnehmer|partecipanti|invitados|invitats|invites|guests|people",
    ClientID: CLIENT_REF,
    Agenda: "agenda|orden del dia|ordre del dia|ordre du jour|tagesordnung|ordine del giorno|pauta|topics|temas",
    Minutes: "minutes|acta|acte|compte rendu|proces verbal|protokoll|verbale|ata|notes|notas",
    Actions:
      "actions|acciones|accions|tasks|tareas|tasques|todo|to do|action items|massnahmen|aufgaben|azioni|acoes|follow up",
    Status: SHARED.Status + "|" + statusOf("meeting"),
  },
  Reminders: {
    Sent: SHARED.Date + "|sent|sent on|enviado|enviat|envoye|gesendet|inviato|enviado em|" + dateOf("reminder"),
    ClientID: CLIENT_REF,
    InvoiceNo: SHARED.InvoiceNo,
    Level: "level|nivel|nivell|niveau|stufe|mahnstufe|livello|grade|step",
    Channel: "channel|canal|via|medio|mitja|kanal",
  },
  Survey: {
    ResponseID: "response id|response|respuesta id|id respuesta|id resposta|id|" + keyOf("survey"),
    Date:
      SHARED.Date +
      "|completion time|hora de finalizacion|hora de finalitzacio|submitted|submitted at|" +
      dateOf("survey"),
    ClientID: CLIENT_REF,
    Respondent: "respondent|encuestado|enquestat|email|e mail|correo|correu|name|nombre|nom",
    Question: "question|pregunta|pregunta|question posee|frage|domanda|pergunta",
    Answer: "answer|respuesta|resposta|reponse|antwort|risposta",
    Score: "score|puntuacion|puntuacio|note|punktzahl|punteggio|pontuacao|rating|valoracion|valoracio",
  },
  Campaigns: {
    CampaignID: keyOf("campaign"),
    Date: SHARED.Date + "|sent|sent on|enviado|enviat|envoye|gesendet|" + dateOf("campaign"),
    Name: "name|nombre|nom|title|titulo|titol|" + nounsOf("campaign"),
    Channel: "channel|canal|via|medio|mitja|kanal",
    Segment: "segment|segmento|segmento|cible|zielgruppe|target group|publico|public",
    Recipients: "recipients|destinatarios|destinataris|destinataires|empfanger|sent to",
    RecipientIDs: "recipient ids|clients|clientes|customers",
    RecipientSheet: "recipient sheet|sheet|hoja|full",
  },
  Settings: {
    Setting: "setting|parametro|parametre|parameter|einstellung|key|clave|clau|cle",
    Value: "value|valor|valeur|wert",
  },
};

/** Sheet names that announce a table. */
export const SHEET_WORDS: Record<TableName, string> = {
  Clients:
    "clients|clientes|customers|client list|customer list|clientela|cartera|kunden|kundenliste|fichero clientes|base clientes",
  Products:
    "products|productos|productes|produits|artikel|catalogo|cataleg|catalogue|katalog|tarifa|tarifas|price list|preisliste|items",
  Team: "team|equipo|equip|comerciales|comercials|sales team|equipe|vendeurs|vertrieb|mitarbeiter|reps",
  Targets: "targets|objetivos|objectius|objectifs|ziele|budget|presupuesto|quotas|cuotas",
  Quotes: "quotes|presupuestos|pressupostos|ofertas|devis|angebote|estimates",
  Orders: "orders|pedidos|comandes|commandes|bestellungen|auftrage",
  Invoices:
    "invoices|facturas|factures|facturacion|facturacio|rechnungen|invoice register|registro facturas|registre factures|billing",
  Payments:
    "payments|pagos|cobros|cobraments|pagaments|paiements|encaissements|zahlungen|zahlungseingange|bank|banco|banc|banque|remesas|receipts",
  Visits: "visits|visitas|visites|besuche|agenda",
  Requests:
    "requests|solicitudes|sollicituds|reclamaciones|reclamacions|incidencias|incidencies|tickets|reclamations|demandes|anfragen|reklamationen|complaints|sac",
  Meetings: "meetings|reuniones|reunions|sitzungen|besprechungen|riunioni|reunioes",
  Reminders: "reminders|recordatorios|recordatoris|rappels|relances|mahnungen|solleciti|dunning",
  Survey: "survey|encuesta|enquesta|form responses|respuestas de formulario|respostes del formulari|umfrage|sondage",
  Campaigns: "campaigns|campanas|campanyes|campagnes|kampagnen|campagne|campanhas|mailings",
  Settings: "settings|configuracion|configuracio|parametres|einstellungen",
};

/** Words that open a line that is no record: totals, sums and notes under a table. */
export const TOTAL_WORDS =
  "total|totals|totales|totaux|total general|grand total|subtotal|sub total|suma|suma total|sum|summe|gesamt|gesamtsumme|zwischensumme|totaal";
export const NOTE_WORDS =
  "nota|notas|note|notes|remarque|hinweis|anmerkung|fuente|font|source|quelle|observacion|observacio";
