/** Clients.Preferences lists the product categories a client likes, separated by semicolons or commas. */
export function preferredCategories(preferences: string | null): string[] {
  return (preferences ?? "")
    .split(/[;,]/)
    .map((p) => p.trim())
    .filter(Boolean);
}
