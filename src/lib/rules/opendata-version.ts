// The open data's version alone: the /data/ page shows it, and the builder (opendata.ts) stamps it.

/**
 * Semantic version of the file's shape: a breaking change bumps the major. 1.2: the national framework's
 * values and every region's conformity marks (`national`, `conformity`), and each dimension's `strictness`
 * and `comparedAs` — additions only, so a 1.1 reader still reads every field it knew. 1.3: tiers kept apart
 * (issue 22, item 1) — each region's `roles`, each dimension's `perRole`, each value's `roles` (the role(s) it
 * binds); additions only again, and the CSV gains a last column, `roles`. 1.4: the JSON is unchanged; the CSV
 * gains the conformity mark of each row's region × dimension and the national clauses it was judged against
 * (`conformity`, `national_citations`), empty where the file carries no national framework (a draft's export).
 */
export const OPEN_DATA_VERSION = '1.4.0';
