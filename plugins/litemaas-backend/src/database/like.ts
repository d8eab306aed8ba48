/** SQLite has no default escape character for LIKE; PostgreSQL's is this. */
export const LIKE_ESCAPE = "escape '\\'";

/** A user's words as a LIKE pattern's literal part. */
export function escapeLike(value: string) {
  return value.replace(/[\\%_]/g, c => `\\${c}`);
}
