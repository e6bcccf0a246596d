/**
 * What the Office.js adapter tells the admin of a write it did another way than asked (a filter
 * cleared to add a row, issue 29): announced as a window event, shown by the pane above its page.
 */
import { useEffect, useState } from "react";
import type { Message } from "../../core/kernel";

const NOTICE = "salesdesk:notice";

export function announce(said: Message): void {
  window.dispatchEvent(new CustomEvent<Message>(NOTICE, { detail: said }));
}

/** The last notice announced, until the page changes. */
export function useNotice(page: string): Message | undefined {
  const [notice, setNotice] = useState<{ page: string; said: Message }>();
  useEffect(() => {
    const hear = (event: Event) => setNotice({ page, said: (event as CustomEvent<Message>).detail });
    window.addEventListener(NOTICE, hear);
    return () => window.removeEventListener(NOTICE, hear);
  }, [page]);
  return notice?.page === page ? notice.said : undefined;
}
