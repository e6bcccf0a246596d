/** Times of day as "HH:MM": Excel keeps them as fractions of a day, people type 9:30, 9.30, 9h30 or 2:15 pm. */

const pad = (n: number) => String(n).padStart(2, "0");

/** A fraction of a day (the part after the date of a date-time serial) as "HH:MM", rounded to the minute. */
export function timeFromFraction(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 0) return undefined;
  const minutes = Math.round((serial - Math.floor(serial)) * 1440) % 1440;
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** A typed time: 9:30, 09.30, 9h30, 9h, 14:30:00, 2:15 pm. */
export function parseTimeText(text: string): string | undefined {
  const m = /^\s*(\d{1,2})(?:\s*[:.h]\s*(\d{2})?)?(?::\d{2})?\s*(am|pm|a\.m\.|p\.m\.)?\s*$/i.exec(text);
  if (!m || (m[2] === undefined && m[3] === undefined && !/h/i.test(text))) return undefined;
  let hours = Number(m[1]);
  const minutes = Number(m[2] ?? 0);
  const half = m[3]?.toLowerCase().replace(/\./g, "");
  if (half && (hours < 1 || hours > 12)) return undefined;
  if (half === "pm" && hours < 12) hours += 12;
  if (half === "am" && hours === 12) hours = 0;
  return hours < 24 && minutes < 60 ? `${pad(hours)}:${pad(minutes)}` : undefined;
}

/** Minutes since midnight of an "HH:MM" time. */
export function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}
