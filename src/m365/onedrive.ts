/**
 * Workbooks from the user's OneDrive or SharePoint (Graph drive items): found by name, read whole, so
 * the Word pane reads the tables of the workbook the admin keeps there instead of asking for a file.
 */
import type { GraphClient } from "./graph";

export const FILES_SCOPES = ["Files.Read"] as const;

export interface DriveWorkbook {
  id: string;
  name: string;
  modified: string | null;
}

/** The .xlsx files whose name holds the text, the latest changed first. */
export async function findWorkbooks(graph: GraphClient, text = ""): Promise<DriveWorkbook[]> {
  const q = `${text.replace(/'/g, "''")} .xlsx`.trim();
  const response = await graph.call(
    "GET",
    `/me/drive/root/search(q='${encodeURIComponent(q)}')?$select=id,name,file,lastModifiedDateTime`,
    FILES_SCOPES,
  );
  if (!response.ok) throw new Error(`OneDrive search: ${response.status} ${response.statusText}`);
  const found = (await response.json()) as {
    value: { id: string; name: string; file?: unknown; lastModifiedDateTime?: string }[];
  };
  return found.value
    .filter((f) => f.file !== undefined && f.name.toLowerCase().endsWith(".xlsx"))
    .map((f) => ({ id: f.id, name: f.name, modified: f.lastModifiedDateTime ?? null }))
    .sort((a, b) => (b.modified ?? "").localeCompare(a.modified ?? ""));
}

/** The file's bytes. */
export async function readDriveFile(graph: GraphClient, id: string): Promise<Uint8Array> {
  const response = await graph.call("GET", `/me/drive/items/${encodeURIComponent(id)}/content`, FILES_SCOPES);
  if (!response.ok) throw new Error(`OneDrive: ${response.status} ${response.statusText}`);
  return new Uint8Array(await response.arrayBuffer());
}
