/** What the CLI prints, in Catalan. */
import type { Template } from "../../core/kernel";
import type { CliWord } from "./en";

export const ca: Record<CliWord, Template> = {
  wrote: "s'ha escrit {file}",
  wroteSheet: "s'ha escrit {file} (full {sheet})",
  more: "… i {n} més (salesdesk {command} --json els llista tots)",
  logged: "registrada com a campanya {id} a {file}",

  "check.table": "{rows} files  {errors} errors, {warnings} avisos",
  "check.absent": "no hi és",
  "check.total": "{errors} errors, {warnings} avisos",

  "import.sheet":
    "{sheet} → {table}{asLastTime} (capçalera a la fila {row}): {rows} files, {imported} importades, {quarantined} en quarantena",
  "import.asLastTime": " (com l'última vegada)",
  "import.held": ", {n} a l'espera d'una columna",
  "import.close": "; {table} s'hi acostava",
  "import.noTable": "{sheet}: no s'hi ha reconegut cap taula, es deixa com era",
  "import.notWritten": "no s'ha escrit res: afegiu --out SORTIDA.xlsx per escriure les taules",
  "import.nothingToRead":
    "{files}: no té cap full per importar (els seus fulls ja són taules del llibre, o són buits); no s'ha escrit res",
  "import.nothingRecognised": "{files}: no s'ha reconegut cap full com a taula del llibre; no s'ha escrit res",

  "mailing.wrote": "s'ha escrit {file}: {n} clients amb consentiment de màrqueting",
  "mailing.name": "Llista d'enviament",
  "mail.wrote": "s'han escrit {n} esborranys a {dir} (obriu-los amb l'Outlook per revisar-los i enviar-los)",
  "mail.noEmail": "sense correu comprovat, sense esborrany: {clients}",
  "mail.failed": "cap esborrany per a {client}: {error}",
  "newsletter.wrote": {
    one: "s'ha escrit {file}: {title} ({n} secció)",
    other: "s'ha escrit {file}: {title} ({n} seccions)",
  },
  "documents.none": "res per escriure a {date}",

  "orders.head": "Comandes obertes a {date}: {n}, {late} amb retard",
  "orders.promised": "promesa per al {date}",
  "orders.late": { one: "{n} dia de retard", other: "{n} dies de retard" },
  "orders.onTime": "A temps, lliuraments del {from} al {to}: {onTime} de {delivered} ({rate})",
  "quotes.head": "Pressupostos oberts a {date}: {n}, per valor de {amount}",
  "quotes.validUntil": "vàlid fins al {date}",
  "quotes.expired": "Caducats sense resposta: {n}",
  "quotes.won": "Acceptats, pressupostos del {from} al {to}: {accepted} de {decided} decidits ({rate})",
  "quotes.wrote":
    "s'ha escrit {file}: pressupost {number} per a {client}, {n} línies, {net} de base, vàlid fins al {date}",
  "quotes.estimate": "s'ha escrit {file}: el pressupost",
  "requests.head": "Sol·licituds obertes a {date}: {n}, {overdue} vençudes (P1 {p1}, P2 {p2}, P3 {p3}, P4 {p4})",
  "requests.due": "termini {date}",
  "requests.overdue": "VENÇUDA",
  "visits.head": "Visites a {date}: {planned} planificades, {due} clients per visitar, {done} fetes els últims 7 dies",
  "visits.planned": "planificada",
  "visits.due": "per visitar",
  "visits.done": "feta",
  "visits.never": "mai visitat",
  "visits.last": { one: "darrera el {date}, fa {n} dia", other: "darrera el {date}, fa {n} dies" },
  "visits.wrote": "s'han escrit {n} esdeveniments de calendari a {dir}",
  "meetings.head":
    "Reunions a {date}: {planned} planificades, {awaiting} passades sense acta, {held} fetes els últims 7 dies",
  "meetings.planned": "planificada",
  "meetings.noMinutes": "encara sense acta",
  "meetings.held": "feta",
  "meetings.invitations": "s'han escrit {n} convocatòries a {dir}",
  "meetings.documents": "s'han escrit {n} ordres del dia i actes a {dir}",

  "market.segments": "Clients.Segment: {n} escrits",
  "market.skipped": ", {n} escrits a mà es deixen com eren (--overwrite els substitueix)",

  "invoice.issued": "s'ha emès {number} amb el seu registre VERI*FACTU; s'ha escrit {file}",
  "invoice.issuedNoRecord":
    "s'ha emès {number} (sense registre VERI*FACTU: la configuració no té CompanyTaxID); s'ha escrit {file}",
  "invoice.credited": "s'ha emès {number} ({type}), que rectifica {invoice}; s'ha escrit {file}",
  "invoice.cancelled": "s'ha anul·lat {number} amb el seu registre d'anul·lació; s'ha escrit {file}",
  "invoice.cancelledNoRecord":
    "s'ha anul·lat {number} (sense registre VERI*FACTU: la configuració no té CompanyTaxID); s'ha escrit {file}",
};
