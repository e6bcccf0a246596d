/**
 * What the words of a header mean, whatever language and spelling wrote them. Each concept lists its
 * words in Catalan, Spanish, English, French, German, Italian and Portuguese, with their usual plurals
 * and abbreviations; a header becomes the list of its concepts ("codi_client", "CODIGOCLIENTE",
 * "KundenNr" and "customer code" are all `no client`). The vocabulary's headers are read the same way,
 * so one entry there matches every way of writing it. Words no concept knows stay as they are.
 */
import { headerTokens, STOP_WORDS } from "../locale/fold";
import { HEADER_WORDS } from "./vocabulary";

/** concept → its words; the first word is how the concept is written after reading. */
const LEXICON: Record<string, string> = {
  // "no" is what headerTokens makes of Nº, Nr., núm., id: every identifier word says it.
  id: "no|n|id|ids|ident|identifier|identifiant|identificador|identificativo|identificacao|kennung|code|codes|codigo|codi|cod|codice|key|clave|clau|cle|chiave|chave|numero|number|nummer|nr|num|nro",
  client:
    "client|clients|cliente|clientes|clienti|customer|customers|kunde|kunden|kd|comprador|compradors|compradores|buyer|acheteur|kaufer|acquirente|destinatari|destinatario|destinataire|company|companies|empresa|empreses|empresas|societe|azienda|business|bussines|negocio|account",
  exec: "exec|execs|executive|salesperson|salespeople|seller|sellers|vendedor|vendedora|vendedores|venedor|venedora|venedors|vendeur|vendeuse|vendeurs|venditore|venditori|verkaufer|agent|agents|agente|agentes|rep|reps|representante|representant|gestor|employee|employees|empleado|empleados|empleat|treballador|mitarbeiter|dipendente|funcionario|vertreter|berater|aussendienst|staff|salesman",
  product:
    "product|products|producto|productos|producte|productes|produit|produits|produkt|produkte|prodotto|prodotti|produto|produtos|articulo|articulos|article|articles|artikel|articolo|articoli|artigo|artigos|item|items",
  order:
    "order|orders|pedido|pedidos|comanda|comandes|commande|commandes|bestellung|bestellungen|bestell|auftrag|auftrage|auftrags|ordine|ordini|encomenda|encomendas|ordem|venta|ventas|venda|vendas|vente|ventes|vendita|vendite|sale|sales|verkauf|tiquet|tiquets",
  invoice:
    "invoice|invoices|factura|facturas|factures|fra|facture|rechnung|rechnungen|rechnungs|fattura|fatture|fatura|faturas|bill|bills",
  payment:
    "payment|payments|pago|pagos|cobro|cobros|pagament|pagaments|cobrament|cobraments|paiement|paiements|reglement|encaissement|zahlung|zahlungen|pagamento|pagamentos|incasso|recebimento|transaction|transactions|transaccion|transaccio|transacao",
  quote:
    "quote|quotes|estimate|estimates|presupuesto|presupuestos|pressupost|pressupostos|oferta|ofertas|ofertes|devis|angebot|angebote|preventivo|preventivi|orcamento|orcamentos|offerta|offerte",
  ticket:
    "ticket|tickets|request|requests|incidencia|incidencias|incidencies|solicitud|solicitudes|sollicitud|sollicituds|reclamacion|reclamaciones|reclamacio|reclamacions|complaint|complaints|reclamation|reclamations|plainte|demande|demandes|anfrage|anfragen|reklamation|beschwerde|reclamo|richiesta|richieste|segnalazione|reclamacao|chamado|case|cases",
  visit: "visit|visits|visita|visitas|visite|visites|besuch|besuche",
  meeting:
    "meeting|meetings|reunion|reuniones|reunio|reunions|sitzung|sitzungen|besprechung|besprechungen|riunione|riunioni|reuniao|reunioes",
  reminder:
    "reminder|reminders|recordatorio|recordatorios|recordatori|recordatoris|rappel|rappels|relance|relances|mahnung|mahnungen|sollecito|solleciti|lembrete|lembretes|dunning",
  survey:
    "survey|surveys|encuesta|encuestas|enquesta|enquestes|enquete|enquetes|sondage|sondages|umfrage|umfragen|sondaggio|sondaggi|pesquisa|pesquisas|questionnaire|questionario|cuestionario|questionari",
  campaign:
    "campaign|campaigns|campana|campanas|campanya|campanyes|campagne|campagnes|kampagne|kampagnen|campagna|campagne|campanha|campanhas|mailing|mailings",
  setting: "setting|settings|configuracion|configuracio|parametres|parametros|einstellungen|impostazioni|configuracoes",
  date: "date|dates|fecha|fechas|data|datum|dia|jour|tag|giorno|timestamp|datetime|dt",
  name: "name|names|nom|noms|nombre|nombres|nome|nomi|nomes|naam",
  surname: "surname|lastname|cognom|cognoms|apellido|apellidos|cognome|cognomi|sobrenome|nachname|familienname",
  firstname: "firstname|prenom|prenoms|vorname|forename",
  description: "description|descripcion|descripcio|descrizione|descricao|beschreibung|bezeichnung|designation|libelle",
  price: "price|prices|precio|precios|preu|preus|prix|preis|preise|prezzo|prezzi|preco|precos|pvp",
  cost: "cost|costs|coste|costes|costo|costos|cout|couts|kosten|custo|custos|einkaufspreis",
  quantity:
    "quantity|quantities|qty|cantidad|cantidades|cant|quantitat|quantitats|quantite|quantites|qte|menge|anzahl|units|unidades|unitats|uds|unites|unita|quantita|qta|quantidade|quantidades|qtd|pieces|piezas|peces|stuck|stk|pcs",
  total: "total|totals|totales|totaux|totale|gesamt|suma|sum",
  gross: "gross|brutto|bruto|brut|lordo|ttc",
  net: "net|netto|neto|nets|netos|liquido",
  vat: "vat|iva|tva|mwst|ust|igic|tax|taxes|impuesto|impost|imposta|imposto|mehrwertsteuer|umsatzsteuer",
  rate: "rate|rates|pct|percent|percentage|porcentaje|percentatge|pourcentage|prozent|percentuale|percentual|taux|satz|aliquota|taxa",
  amount:
    "amount|amounts|importe|importes|import|imports|montant|montants|betrag|importo|importi|valor|valors|valores|value|montante|quantia",
  email: "email|emails|mail|mails|correo|correu|courriel|mailadresse|emailadresse",
  phone:
    "phone|phones|telephone|tel|tfno|tlf|telf|tfn|telefono|telefonos|telefon|telefone|telefonnummer|movil|mobil|mobile|portable|handy|cellulare|celular|telemovel|fon",
  street:
    "address|addresses|adresse|adreca|direccion|domicilio|domicili|indirizzo|endereco|morada|anschrift|street|calle|carrer|rue|strasse",
  postal: "postal|postcode|zip|zipcode|cp|plz|postleitzahl|cap|cep",
  city: "city|town|ciudad|ciutat|poblacion|poblacio|localidad|localitat|municipio|municipi|ville|localite|stadt|ort|citta|comune|cidade|localidade",
  country: "country|countries|pais|paisos|paises|pays|land|paese|nazione|staat",
  region: "region|regions|regiones|regio|regione|regiao|zona|zone|zones|area|areas|territorio|territori|gebiet|secteur",
  store:
    "store|stores|shop|shops|tienda|tiendas|botiga|botigues|magasin|magasins|boutique|filiale|negozio|negozi|loja|lojas|outlet",
  category:
    "category|categories|categoria|categorias|categorie|kategorie|kategorien|familia|familias|famille|gamma|gamme|linea|seccion|secciones|seccio|section|sezione|secao|rubro|rubrique|warengruppe|produktgruppe",
  status: "status|statut|estado|estados|estat|etat|situacion|situacio|stato|situacao|zustand",
  unit: "unit|unitaire|unitario|unitaria|unitari|einzel|each|ud",
  shipped:
    "shipped|shipping|shipment|ship|expedition|expedicion|expedicio|envio|enviado|enviat|versand|versanddatum|spedizione|spedito|envoi|expedie",
  target:
    "target|targets|objetivo|objetivos|objectiu|objectius|objectif|objectifs|ziel|ziele|obiettivo|obiettivi|meta|metas|goal|goals|quota|quotas|cuota|cuotas",
  year: "year|years|ano|anos|any|anys|annee|annees|jahr|jahre|anno|anni",
  month: "month|months|mes|meses|mesos|mois|monat|monate|mese|mesi",
  week: "week|weeks|semana|semanas|setmana|setmanes|semaine|semaines|woche|kw|settimana",
  quarter: "quarter|quarters|trimestre|trimestres|quartal|trimestrale",
  card: "card|cards|tarjeta|tarjetas|targeta|targetes|carte|cartes|karte|kreditkarte|carta|cartao",
  // What a list's records have beside the contract's columns: they say what the list is.
  brand: "brand|brands|marca|marcas|marques|marque|marke|marken",
  supplier:
    "supplier|suppliers|vendor|proveedor|proveedores|proveidor|proveidors|fournisseur|fournisseurs|lieferant|lieferanten|fornitore|fornitori|fornecedor|fornecedores",
  model: "model|models|modelo|modelos|modele|modeles|modell|modelle|modello|modelli",
  stock: "stock|stocks|existencias|estoc|lager|lagerbestand|giacenza|giacenze|estoque|inventory|inventario|inventari",
  weight: "weight|peso|pes|poids|gewicht",
  maker: "manufacturer|fabricante|fabricant|hersteller|produttore|fabricantes",
  size: "size|sizes|talla|tallas|taille|tailles|grosse|taglia|taglie|tamanho|tamano|mida",
  season: "season|temporada|temporades|saison|stagione|estacao",
  ean: "ean|barcode|gtin|upc",
  image:
    "image|images|imagen|imagenes|imatge|imatges|bild|bilder|immagine|immagini|imagem|imagens|photo|photos|foto|fotos|picture|pictures",
  age: "age|edad|edat|alter|eta|idade",
  gender: "gender|sex|sexo|sexe|genero|genere|geschlecht|sesso",
  birth: "birth|birthday|nacimiento|naixement|naissance|geburt|geburtsdatum|nascita|nascimento|birthdate",
  website: "website|web|url|homepage|sitio|lloc|site|webseite|sito",
  salary: "salary|salario|salaris|salari|salaire|gehalt|stipendio",
  hired: "hired|hire|contratacion|contractacio|contratado|embauche|eingestellt|assunzione|admissao",
  commission: "commission|commissions|comision|comisiones|comissio|provision|provvigione|comissao",
  declined:
    "declined|rejected|refused|failed|rechazado|rechazada|rebutjat|rebutjada|refuse|refusee|abgelehnt|rifiutato|recusado|fallido|fallit",
  bank: "bank|banks|banco|bancos|banc|bancs|banque|banques|banca|bancaria",
  taxid: "nif|cif|nie|dni|cpf|cnpj|nipc|siret|siren|ustid|steuernummer|rfc",
};

/**
 * Words that change what the rest of a header means: "cost price" is no price, "unit price" no total,
 * "shipping date" no date the contract keeps. A header with one of them names only what names it too.
 */
const QUALIFIERS: Record<string, readonly string[]> = {
  cost: ["price", "amount", "total", "net", "gross"],
  unit: ["total", "amount", "net", "gross"],
  shipped: ["date"],
};

/** Whether a header's qualifier turns it away from a vocabulary entry that lacks that qualifier. */
export function qualifiedAway(header: readonly string[], entry: readonly string[]): boolean {
  return header.some((q) => QUALIFIERS[q]?.some((c) => entry.includes(c)) && !entry.includes(q));
}

/** word → concept, and every word the lexicon knows, for cutting words typed together. */
const CONCEPT_OF = new Map<string, string>();
for (const [concept, words] of Object.entries(LEXICON)) {
  const canonical = concept === "id" ? "no" : concept;
  for (const word of words.split("|")) if (!word.includes(" ")) CONCEPT_OF.set(word, canonical);
}

/** Words known beyond the lexicon (the vocabulary's), so that "FORMAPAGO" is cut into "forma pago"; built on first use. */
let known: Set<string> | undefined;
function knownWords(): Set<string> {
  if (!known) {
    known = new Set(CONCEPT_OF.keys());
    for (const table of Object.values(HEADER_WORDS))
      for (const [column, words] of Object.entries(table))
        for (const w of headerTokens(`${column}|${words}`.replace(/\|/g, " "))) if (w.length >= 3) known.add(w);
  }
  return known;
}

/** Whether a word read from a header is one of the lexicon's concepts. */
export const isConcept = (word: string) => CONCEPT_NAMES.has(word);
const CONCEPT_NAMES = new Set(CONCEPT_OF.values());

/** A currency or a unit in brackets ("Import (EUR)", "Pes [kg]") says how a value is given, not what it is. */
const UNIT_IN_BRACKETS = /[([]\s*(?:eur|euros?|€|usd|\$|gbp|£|chf|kg|g|l|ml|m|cm|mm|km|h|min|uds?|u)\s*[)\]]/gi;

/** The concepts of a header, in order: its words read as the lexicon says, words typed together cut apart, numbers beside words left out. */
export function headerConcepts(header: string): readonly string[] {
  let concepts = read.get(header);
  if (!concepts) {
    // "sol·licitud": the Catalan middle dot joins one word
    const tokens = headerTokens(header.replace(UNIT_IN_BRACKETS, " ").replace(/(?<=\p{L})[·.](?=l)/gu, ""));
    // A number beside words ("TVA 10%", "Perché 2") tells which one of a kind, not what kind.
    const words = tokens.some((t) => !/^\d+$/.test(t)) ? tokens.filter((t) => !/^\d+$/.test(t)) : tokens;
    concepts = words
      .flatMap((token) => (knownWords().has(token) ? [token] : (pieces(token) ?? [token])))
      .map(conceptOf);
    if (read.size >= READ_LIMIT) read.clear();
    read.set(header, concepts);
  }
  return concepts;
}

/** Headers read already: a sheet's header is compared with every table's every column. */
const read = new Map<string, readonly string[]>();
const READ_LIMIT = 10_000;

function conceptOf(word: string): string {
  return (
    CONCEPT_OF.get(word) ?? CONCEPT_OF.get(singular(word)) ?? (knownWords().has(word) ? word : misspelt(word)) ?? word
  );
}

/**
 * The concept of a word typed with one letter wrong, missing, extra or swapped ("Cliante", "Factrua"):
 * only for words of six letters or more, starting as the lexicon's word does, where one concept alone is that near.
 */
function misspelt(word: string): string | undefined {
  if (word.length < 6 || /\d/.test(word)) return undefined;
  const near = new Set<string>();
  for (const known of knownWords())
    if (known[0] === word[0] && known.length >= 5 && oneEditApart(word, known))
      near.add(CONCEPT_OF.get(known) ?? known);
  return near.size === 1 ? [...near][0] : undefined;
}

/** Whether one letter changed, added, dropped or two neighbours swapped turn `a` into `b`. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length)
    return (
      a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2))
    );
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** "vendedores" → "vendedor", "categories" → "categorie": plurals the lexicon did not list. */
function singular(word: string): string {
  if (word.length > 4 && word.endsWith("es") && CONCEPT_OF.has(word.slice(0, -2))) return word.slice(0, -2);
  return word.length > 3 && word.endsWith("s") ? word.slice(0, -1) : word;
}

/** The fewest known words (three letters or more, or little words between them) that make up a long word: "codigocliente" → codigo, cliente. */
function pieces(word: string): string[] | undefined {
  if (word.length < 6 || /\d/.test(word)) return undefined;
  const best: (string[] | undefined)[] = [[]];
  for (let end = 1; end <= word.length; end++) {
    for (let start = Math.max(0, end - 20); start <= end - 2; start++) {
      const before = best[start];
      const piece = word.slice(start, end);
      const known =
        STOP_WORDS.has(piece) || (piece.length >= 3 && (knownWords().has(piece) || CONCEPT_OF.has(singular(piece))));
      const sofar = best[end];
      if (before && known && (!sofar || before.length + 1 < sofar.length)) best[end] = [...before, piece];
    }
  }
  const found = best[word.length];
  // "nombredelproducto": the "del" goes, as between words
  return found && found.length > 1 ? found.filter((w) => !STOP_WORDS.has(w)) : undefined;
}
