/** One step of a backend's schema: applied once, in order of `version`, and recorded in `schema_migrations`. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}
