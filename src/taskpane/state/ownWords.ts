/**
 * The newsletter's intro and closing as the admin wrote them, remembered on this computer for each
 * edition and language (her own text, no secret: local storage keeps it for the next newsletter).
 */
import { useState } from "react";
import type { Edition, NewsLanguage, OwnWords } from "../../core/campaigns";

const keyOf = (edition: Edition, language: NewsLanguage) => `salesdesk.newsletter.${edition}.${language}`;
/** What she wrote in this session, where storage refuses to keep it. */
const session = new Map<string, OwnWords>();

export function rememberedWords(edition: Edition, language: NewsLanguage): OwnWords {
  const key = keyOf(edition, language);
  try {
    return session.get(key) ?? (JSON.parse(localStorage.getItem(key) ?? "{}") as OwnWords);
  } catch {
    return {}; // storage unreadable: she writes them again
  }
}

/** The words of an edition and language, and a setter that remembers them as she types. */
export function useOwnWords(edition: Edition, language: NewsLanguage): [OwnWords, (words: OwnWords) => void] {
  const [, rerender] = useState(0);
  const set = (words: OwnWords) => {
    const key = keyOf(edition, language);
    session.set(key, words);
    try {
      localStorage.setItem(key, JSON.stringify(words));
    } catch {
      // storage refused (a private window's quota): the words stay for this session
    }
    rerender((n) => n + 1);
  };
  return [rememberedWords(edition, language), set];
}
