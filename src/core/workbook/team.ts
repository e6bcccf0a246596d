/** Exec columns hold a Team ExecID, or the name as typed where there is no Team table (DESIGN.md). */
import type { TeamMember } from "./contract";

export interface TeamIndex {
  /** the ExecID for an ID or a name (case-insensitive); the text itself when Team does not know it */
  resolve(exec: string): string;
  /** the exec's display name and region, when Team has them */
  name(execId: string): string;
  region(execId: string): string | null;
  /** the ExecIDs of the Team table, in its order */
  ids: string[];
  knows(exec: string): boolean;
}

export function teamIndex(team: readonly TeamMember[]): TeamIndex {
  const byKey = new Map<string, TeamMember>();
  for (const m of team) {
    if (m.ExecID !== null) byKey.set(m.ExecID.toLowerCase(), m);
    if (m.Name !== null) byKey.set(m.Name.trim().toLowerCase(), m);
  }
  const find = (exec: string) => byKey.get(exec.trim().toLowerCase());
  return {
    resolve: (exec) => find(exec)?.ExecID ?? exec.trim(),
    name: (id) => find(id)?.Name ?? id,
    region: (id) => find(id)?.Region ?? null,
    ids: team.map((m) => m.ExecID).filter(Boolean),
    knows: (exec) => find(exec) !== undefined,
  };
}
