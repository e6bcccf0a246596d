/** A file that is no workbook we can read, said in words that tell the user what to do. */
export class UnreadableFile extends Error {}
