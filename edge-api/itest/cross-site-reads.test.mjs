// Reads have side effects (an audit line per resident shown, a session's last-seen time), so a
// read a browser marks as sent from another site is refused before the session is looked at: a
// link or an image on someone else's page cannot make a signed-in member of staff write audit
// lines about residents. The app's own fetches (`same-origin`), a typed address (`none`) and
// clients without fetch metadata are served.
import assert from "node:assert/strict";
import { test } from "node:test";
import { signInEmployee } from "./accounts.mjs";
import { apiForFile, expectProblem, query } from "./harness.mjs";

const api = apiForFile();
const AMAL = "acct-res-amal";

const auditLines = async () =>
  (await query(api.persist, `SELECT COUNT(*) AS n FROM audit_log WHERE resident_id = '${AMAL}'`))[0].n;

const read = (cookie, site) =>
  api.call(`/api/residents/${AMAL}`, { cookie, headers: site ? { "sec-fetch-site": site } : {} });

test("a read marked cross-site or same-site is a 403 and writes no audit line", async () => {
  const staff = await signInEmployee(api, "acct-staff-zwolle");
  for (const site of ["cross-site", "same-site"]) {
    const before = await auditLines();
    const problem = await expectProblem(assert, await read(staff, site), 403);
    assert.equal(problem.type, "/problems/cross-site-request");
    assert.equal(await auditLines(), before, site);
  }
  // Public reads too: nothing on another site's page reaches the API through a browser.
  const health = await api.call("/api/health", { headers: { "sec-fetch-site": "cross-site" } });
  await expectProblem(assert, health, 403);

  for (const site of ["same-origin", "none", undefined]) {
    const before = await auditLines();
    assert.equal((await read(staff, site)).status, 200, String(site));
    assert.equal(await auditLines(), before + 1, `one audit line for ${site}`);
  }
});
