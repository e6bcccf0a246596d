/** The sample company's world: its sales team, towns, streets, trades, products and the words of its records. */
export const EXECS = [
  ["Anna Puig", "Barcelona"],
  ["Jordi Vidal", "Girona"],
  ["Marta Soler", "Tarragona"],
  ["Pau Ferrer", "Lleida"],
  ["Lucía Martínez", "Madrid"],
  ["Carlos García", "València"],
  ["Núria Casals", "Barcelona"],
  ["Javier Romero", "Madrid"],
] as const;

export const CITIES: Record<string, [string, string][]> = {
  Barcelona: [
    ["Barcelona", "080"],
    ["Sabadell", "082"],
    ["Terrassa", "082"],
    ["Badalona", "089"],
    ["Mataró", "083"],
  ],
  Girona: [
    ["Girona", "170"],
    ["Figueres", "176"],
    ["Olot", "178"],
    ["Blanes", "173"],
  ],
  Tarragona: [
    ["Tarragona", "430"],
    ["Reus", "432"],
    ["Tortosa", "435"],
    ["Valls", "438"],
  ],
  Lleida: [
    ["Lleida", "250"],
    ["Balaguer", "256"],
    ["Tàrrega", "253"],
  ],
  Madrid: [
    ["Madrid", "280"],
    ["Alcalá de Henares", "288"],
    ["Getafe", "289"],
    ["Móstoles", "289"],
  ],
  València: [
    ["València", "460"],
    ["Gandia", "467"],
    ["Sagunt", "465"],
    ["Alzira", "466"],
  ],
};

export const STREETS = [
  "Carrer de Mallorca",
  "Avinguda Diagonal",
  "Carrer Major",
  "Passeig de Gràcia",
  "Rambla Nova",
  "Calle Mayor",
  "Avenida de la Constitución",
  "Carrer de la Indústria",
  "Plaça de la Vila",
  "Calle de Alcalá",
  "Carrer del Comerç",
  "Polígon Industrial Can Roca",
];
export const SURNAMES = [
  "Puig",
  "Vidal",
  "Ferrer",
  "Soler",
  "Serra",
  "Font",
  "Roca",
  "Pujol",
  "Casals",
  "Bosch",
  "Martí",
  "Sala",
  "Riera",
  "Costa",
  "García",
  "Martínez",
  "López",
  "Sánchez",
  "Romero",
  "Navarro",
  "Torres",
  "Domènech",
  "Gil",
  "Castells",
];
export const TRADES = [
  "Distribucions",
  "Construccions",
  "Talleres",
  "Comercial",
  "Farmàcia",
  "Hotel",
  "Gestoria",
  "Fusteria",
  "Transports",
  "Assessors",
  "Clínica Dental",
  "Forn de Pa",
  "Ferreteria",
  "Instal·lacions",
  "Suministros",
  "Electricitat",
  "Impremta",
  "Autoescola",
];
export const FIRST_NAMES = [
  "Núria",
  "Montse",
  "Josep",
  "Xavier",
  "Laia",
  "Marc",
  "Elena",
  "Jaume",
  "Carme",
  "Albert",
  "Rosa",
  "Miguel",
  "Isabel",
  "Francesc",
  "Pilar",
  "Oriol",
  "Teresa",
  "Raúl",
];
export const SEGMENTS = ["SME", "Enterprise", "Public", "Retail"];

export const PRODUCTS: [string, string, number, number][] = [
  // [category, name, unit price in euros, VAT rate]
  ["Software", "Llicència ERP Bàsic", 1200, 0.21],
  ["Software", "Llicència ERP Pro", 2900, 0.21],
  ["Software", "Mòdul de facturació electrònica", 450, 0.21],
  ["Software", "Mòdul TPV", 380, 0.21],
  ["Software", "Subscripció núvol (mensual)", 89, 0.21],
  ["Hardware", "Terminal punt de venda", 640, 0.21],
  ["Hardware", "Impressora de tiquets", 185, 0.21],
  ["Hardware", "Lector de codis de barres", 95, 0.21],
  ["Hardware", "Servidor compacte", 2350, 0.21],
  ["Hardware", "Portàtil professional", 1150, 0.21],
  ["Services", "Implantació (jornada)", 560, 0.21],
  ["Services", "Migració de dades", 980, 0.21],
  ["Services", "Consultoria (hora)", 75, 0.21],
  ["Services", "Integració amb banca", 720, 0.21],
  ["Training", "Curs d'usuari (persona)", 240, 0.21],
  ["Training", "Formació in company (jornada)", 690, 0.21],
  ["Training", "Curs online", 60, 0.21],
  ["Support", "Manteniment anual Bàsic", 420, 0.21],
  ["Support", "Manteniment anual Premium", 990, 0.21],
  ["Support", "Bossa d'hores de suport (10 h)", 600, 0.21],
];

export const SEPA_RETURNS = [
  "AM04 Insufficient funds",
  "MD06 Refund request by debtor",
  "AC04 Closed account number",
  "MS02 Refusal by debtor",
  "AC06 Blocked account",
  "MD01 No valid mandate",
];
export const CHARGEBACKS = [
  "10.4 Other fraud – card-absent environment",
  "13.1 Merchandise/services not received",
  "4853 Cardholder dispute",
  "4837 No cardholder authorization",
  "13.3 Not as described",
];
export const VISIT_PURPOSES = [
  "Seguiment comercial",
  "Demostració del producte",
  "Renovació de contracte",
  "Revisió d'incidència",
  "Presentación de novedades",
  "Formació a l'usuari",
];
export const VISIT_OUTCOMES = [
  "Interessat en ampliar llicències",
  "Demana pressupost",
  "Cap canvi",
  "Satisfet amb el servei",
  "Pendiente de decisión",
  "Vol formació addicional",
];
export const NEXT_ACTIONS = [
  "Enviar pressupost",
  "Trucar d'aquí a un mes",
  "Programar formació",
  "Cap",
  "Enviar documentación",
];
export const SUBJECTS: [string, string][] = [
  ["Complaint", "Factura amb import incorrecte"],
  ["Complaint", "Retard en l'entrega"],
  ["Complaint", "Producte defectuós"],
  ["Complaint", "Cobro duplicado en la tarjeta"],
  ["Request", "Canvi de compte bancari"],
  ["Request", "Duplicat de factura"],
  ["Request", "Ampliació de llicències"],
  ["Request", "Cambio de dirección de envío"],
  ["Question", "Dubte sobre la renovació"],
  ["Question", "Consulta sobre el IVA"],
];
export const RESPONSE_DAYS: Record<string, number> = { P1: 1, P2: 3, P3: 7, P4: 14 };

export const MEETING_WORDS = {
  weekly: "Reunió comercial setmanal",
  withClient: "Reunió amb",
  agenda: "1. Vendes de la setmana contra objectiu\n2. Comandes endarrerides\n3. Visites i pressupostos de la setmana",
  minutes: [
    "Vendes per sobre de l'objectiu a Barcelona; Girona per sota. Es revisen les comandes endarrerides amb magatzem.",
    "Setmana fluixa per festius. Es prioritzen els pressupostos pendents de resposta.",
    "Es comenta la reclamació d'un client per retard; es pacta trucar-lo avui mateix.",
  ],
  actions: [
    "Trucar els clients amb pressupostos oberts",
    "Revisar estoc amb magatzem",
    "Preparar la campanya de newsletter",
    "Cap",
  ],
};

/** Why a credit note rectifies its invoice (RD 1619/2012 asks for the reason). */
export const CREDIT_REASONS = {
  returned: "Devolució de la mercaderia",
  discount: "Descompte per incidència en el lliurament",
};

/** The sample company's logo: a 96 × 32 PNG badge, small enough for a Settings cell. */
export const COMPANY_LOGO =
  "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAGAAAAAgCAIAAABiouoDAAAAgElEQVR42u3abQqAIAwAUG/SjbpPp6//BTEzxY839nvqQwYO0yleIyEIAW37IW8JCBAgQEMB5fb/qhUi+wQEaFCgwiVrVwAECNDkQFVbLCBAywKVnwFQO6BnqcgVBrQ8UKQh9j7uWBeoh8cqoOyj/u4CyMgVECBAgGYDEn53fIwLb7JP5TR37twAAAAASUVORK5CYII=";
