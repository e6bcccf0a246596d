/** The Market tab's strings in Catalan (a missing key is a type error). */
import type { Message } from "../message";
import type { marketEn } from "./en";

export const marketCa: Record<keyof typeof marketEn, Message> = {
  "market.title": "Què necessiten els clients",
  "market.intro":
    "Segments segons el que ha comprat cada client els darrers 365 dies, clients que podríem perdre, les respostes de l'enquesta, oportunitats i el que ha aportat cada campanya. Qualsevol llista es converteix en una llista de correu dels clients amb consentiment amb un clic.",
  "market.segments": "Segments",
  "market.segmentRule":
    "Recència, freqüència i vendes en 365 dies, puntuades d'1 a 5 entre els clients que han comprat. Nous: primera factura en els darrers 90 dies. Risc de pèrdua: tres comandes o més, i més dies des de l'última que el doble del seu interval habitual.",
  "market.showSegment": "Clients de",
  "market.churn": "Risc de pèrdua",
  "market.neverBought": "mai no ha comprat",
  "market.today": "última factura avui",
  "market.daysAgo": { one: "última factura fa {n} dia", other: "última factura fa {n} dies" },
  "market.makeList": "Fes-ne una llista de correu",
  "market.listMade": {
    one: "{n} client amb consentiment al full {sheet}, registrat com a campanya {id}.",
    other: "{n} clients amb consentiment al full {sheet}, registrats com a campanya {id}.",
  },
  "market.writeSegments": {
    one: "Escriu el segment a Clients ({n} canvi)",
    other: "Escriu els segments a Clients ({n} canvis)",
  },
  "market.hersTitle": {
    one: "{n} client té un segment que vau escriure vós",
    other: "{n} clients tenen un segment que vau escriure vós",
  },
  "market.hersWhat":
    "Per exemple: {examples}. Voleu conservar els vostres i escriure només els buits i els nostres, o substituir també els vostres?",
  "market.keepHers": "Conserva els meus",
  "market.replaceHers": "Substitueix també els meus",
  "market.segmentsWritten":
    "Segments escrits: {n}; vostres conservats: {kept}; canviats mentrestant, deixats com estan: {changed}.",
  "market.survey": "Enquesta",
  "market.noSurvey":
    "Encara no hi ha respostes d'enquesta: importeu una exportació de Microsoft Forms o Google Forms (pestanya Importa) a la taula d'enquesta (Survey).",
  "market.unmatched": {
    one: "{n} resposta d'algú que no és client: comptada a part.",
    other: "{n} respostes de persones que no són clients: comptades a part.",
  },
  "market.answers": { one: "{n} resposta", other: "{n} respostes" },
  "market.nps": "NPS {score}: {promoters} promotors, {passives} passius, {detractors} detractors",
  "market.npsBySegment": "NPS per segment",
  "market.noClient": "Sense client",
  "market.all": "Totes les respostes",
  "market.bySegment": "Per segment",
  "market.byRegion": "Per zona",
  "market.byCategory": "Per categoria preferida",
  "market.spread": "Com es reparteixen les respostes a «{question}»",
  "market.detractorsList": "No ens recomanarien",
  "market.detractorsMake": "Fes una llista dels {n} clients que no ens recomanarien",
  "market.fewAnswers": "Un segment amb menys de 5 respostes: el seu NPS és orientatiu.",
  "market.words": "Paraules freqüents",
  "market.noWords": "Cap paraula no surt en més d'una resposta.",
  "market.wordIn": "Respostes que diuen «{word}»",
  "market.opportunities": "Oportunitats",
  "market.noOpportunities": "Cap oportunitat: els clients compren el que prefereixen i cada zona compra com l'empresa.",
  "market.prefers": {
    one: "{n} client prefereix {category} i no n'ha comprat en un any",
    other: "{n} clients prefereixen {category} i no n'han comprat en un any",
  },
  "market.prefersList": "Prefereixen {category}",
  "market.gap": "{region}: {share} dels clients compren {category}, davant del {company} a tota l'empresa",
  "market.gapList": "{region} sense {category}",
  "market.few": "Menys de 5 clients: xifra orientativa",
  "market.campaigns": "Campanyes",
  "market.noCampaigns":
    "Encara no hi ha cap campanya registrada: cada llista de correu, correus del butlletí o esborranys d'Outlook que feu aquí s'hi registra.",
  "market.sentTo": { one: "enviada a {n} client", other: "enviada a {n} clients" },
  "market.before": "Destinataris: {before} els 30 dies abans, {after} els 30 dies des d'aleshores ({orders} comandes)",
  "market.control": "{n} clients amb consentiment que no la van rebre: {before} abans, {after} després",
  "market.lift": "Efecte: {lift} per client",
  "market.noLift": "Sense efecte calculable: no hi ha amb qui comparar",
  "market.running": "Encara no han passat els seus 30 dies",
  "market.sheet": "Escriu el full per a la direcció",
  "market.sheetWritten": "Escrit al full {sheet}.",
};
