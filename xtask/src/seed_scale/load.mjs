// Loads the scale seed's statements into the local D1 through the same engine and batch API as
// `wrangler d1 execute --local` (miniflare's D1 on workerd, one atomic batch per file), without
// wrangler's SQL splitter: the generator already knows where each statement ends, and splitting
// 200 MB character by character took minutes. Prints one JSON line per file, then the row counts.
// Run by `cargo xtask seed-scale` from the workspace root (as a file: under `node -e` miniflare's
// first query never returns):
//   node xtask/src/seed_scale/load.mjs <d1-persist-dir> <database-id> <tables,…> <file.json>…
import { readFileSync } from "node:fs";
import { Miniflare } from "miniflare";

const [persist, id, tables, ...files] = process.argv.slice(2);
const mf = new Miniflare({ modules: true, script: "", d1Persist: persist, d1Databases: { DATABASE: id } });
try {
  const db = await mf.getD1Database("DATABASE");
  for (const file of files) {
    const start = performance.now();
    const statements = JSON.parse(readFileSync(file, "utf8"));
    await db.batch(statements.map((sql) => db.prepare(sql)));
    console.log(JSON.stringify({ file, statements: statements.length, ms: Math.round(performance.now() - start) }));
  }
  const counts = tables
    .split(",")
    .map((t) => `(SELECT count(*) FROM ${t}) AS ${t}`)
    .join(", ");
  console.log(JSON.stringify({ counts: (await db.prepare(`SELECT ${counts}`).first()) }));
} finally {
  await mf.dispose();
}
