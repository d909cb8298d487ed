// Employees' doors on real workerd + D1: e-mail + password + TOTP (or a recovery code), replay
// protection, and an invitation from admin to a signed-in trainer with an enrolled authenticator.
import assert from "node:assert/strict";
import { test } from "node:test";
import { employee, signInEmployee, totp } from "./accounts.mjs";
import { MINUTE, expectFieldError, forwardClock, pick, sessionCookie, whoAmI, wrongCode } from "./checks.mjs";
import { apiForFile, expectProblem, sessionFrom } from "./harness.mjs";

const api = apiForFile();

const time = forwardClock();
const tick = time.tick;

test("staff sign-in: password + TOTP, refusals, replay, recovery codes", async () => {
  const staff = employee("acct-staff-zwolle");
  const signIn = (password, code, now = time.now) =>
    api.call("/api/auth/staff-sign-in", { body: { email: staff.email, password, code }, now });

  const now = tick();
  const ok = await signIn(staff.password, totp(staff.totp_secret, now));
  assert.equal(ok.status, 200);
  assert.match(ok.headers.get("set-cookie"), sessionCookie(12 * 3600));
  const view = await ok.json();
  assert.equal(view.account_id, "acct-staff-zwolle");
  assert.equal(view.role, "staff");
  assert.deepEqual(view.location_ids, ["loc-zwolle"]);
  assert.equal(view.idle_timeout_ms, 30 * MINUTE);
  assert.equal(view.expires_at_ms, now + 12 * 60 * MINUTE);

  // The same code a second time is a replay, even though it is still within its step.
  const replay = await expectProblem(assert, await signIn(staff.password, totp(staff.totp_secret, now)), 401);
  assert.equal(replay.type, "/problems/sign-in-failed");

  const later = tick();
  const code = totp(staff.totp_secret, later);
  const wrongPassword = await expectProblem(assert, await signIn("not the password", code), 401);
  const badCode = wrongCode(staff.totp_secret, later);
  const wrongTotp = await expectProblem(assert, await signIn(staff.password, badCode), 401);
  // One answer whichever part was wrong.
  assert.equal(wrongPassword.detail, replay.detail);
  assert.equal(wrongTotp.detail, replay.detail);
  // Those refusals did not use the step up.
  assert.equal((await signIn(staff.password, code)).status, 200);

  // A recovery code, typed in lower case, works exactly once.
  tick();
  const recovery = await signIn(staff.password, staff.recovery_code.toLowerCase());
  assert.equal(recovery.status, 200);
  assert.equal((await recovery.json()).account_id, "acct-staff-zwolle");
  await expectProblem(assert, await signIn(staff.password, staff.recovery_code), 401);

  const tooLongPassword = await signIn("x".repeat(129), totp(staff.totp_secret, tick()));
  const tooLong = await expectProblem(assert, tooLongPassword, 422);
  assert.deepEqual(
    tooLong.errors.map((e) => [e.field, e.code]),
    [["password", "too_long"]],
  );
});

test("invitation: admin invites a trainer, who sets a password, enrols TOTP and signs in", async () => {
  const admin = await signInEmployee(api, "acct-admin", { now: tick() });
  const invitation = {
    email: "New.Trainer@wegwijs.example",
    display_name: "Nina Trainer",
    role: "trainer",
    location_ids: ["loc-budel"],
  };
  const invited = await api.call("/api/accounts/invites", { body: invitation, cookie: admin, now: time.now });
  assert.equal(invited.status, 201);
  const invite = await invited.json();
  assert.deepEqual(pick(invite.account, ["role", "display_name", "email", "location_ids", "status"]), {
    role: "trainer",
    display_name: "Nina Trainer",
    email: "new.trainer@wegwijs.example",
    location_ids: ["loc-budel"],
    status: "pending",
  });
  const token = invite.invite_url.match(/^http:\/\/127\.0\.0\.1:\d+\/invite#token=([0-9a-f]{64})$/)?.[1];
  assert.ok(token, invite.invite_url);

  const start = (password) => api.call("/api/auth/invite/start", { body: { token, password }, now: time.now });
  await expectFieldError(await start("password1"), "password", "too_common");
  await expectFieldError(await start("short"), "password", "too_short");
  const password = "paarse fiets onder de brug";
  const started = await start(password);
  assert.equal(started.status, 200);
  const enrolment = await started.json();
  assert.equal(enrolment.email, "new.trainer@wegwijs.example");
  assert.match(enrolment.secret, /^[A-Z2-7]{32}$/);
  assert.ok(enrolment.otpauth_url.includes(`secret=${enrolment.secret}`), enrolment.otpauth_url);
  assert.ok(enrolment.qr_svg.startsWith("<?xml"), enrolment.qr_svg.slice(0, 40));
  assert.ok(enrolment.qr_svg.includes("<svg"));

  const complete = (code) => api.call("/api/auth/invite/complete", { body: { token, code }, now: time.now });
  await expectFieldError(await complete(wrongCode(enrolment.secret, time.now)), "code", "wrong_code");
  const completed = await complete(totp(enrolment.secret, time.now));
  assert.equal(completed.status, 200);
  const welcome = await completed.json();
  assert.equal(welcome.recovery_codes.length, 10);
  assert.equal(new Set(welcome.recovery_codes).size, 10);
  for (const code of welcome.recovery_codes) assert.match(code, /^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
  assert.equal(welcome.session.role, "trainer");
  assert.deepEqual(welcome.session.location_ids, ["loc-budel"]);
  const enrolled = sessionFrom(completed);
  assert.match(completed.headers.get("set-cookie"), sessionCookie(12 * 3600));
  assert.equal((await whoAmI(api, enrolled, time.now)).display_name, "Nina Trainer");

  // Used: the link works no more, for either step.
  await expectFieldError(await start("another good pass phrase"), "token", "invite_invalid");
  await expectFieldError(await complete(totp(enrolment.secret, time.now)), "token", "invite_invalid");

  const signIn = (code, now) =>
    api.call("/api/auth/staff-sign-in", { body: { email: invitation.email, password, code }, now });
  // The enrolment consumed the current step; the next step's code signs in.
  await expectProblem(assert, await signIn(totp(enrolment.secret, time.now), time.now), 401);
  const signedIn = await signIn(totp(enrolment.secret, tick(31_000)), time.now);
  assert.equal(signedIn.status, 200);
  assert.equal((await signedIn.json()).role, "trainer");
  // So does a recovery code from the enrolment.
  assert.equal((await signIn(welcome.recovery_codes[0], tick())).status, 200);

  const duplicate = await api.call("/api/accounts/invites", {
    body: { ...invitation, email: "new.trainer@WEGWIJS.example" },
    cookie: await signInEmployee(api, "acct-admin", { now: tick() }),
    now: time.now,
  });
  const conflict = await expectProblem(assert, duplicate, 409);
  assert.deepEqual(
    conflict.errors.map((e) => [e.field, e.code]),
    [["email", "already_registered"]],
  );
});

// Single use under concurrency: the batch that creates the session starts by claiming the TOTP
// step (single_use_claims, primary key), so of several sign-ins racing with one code at most one
// gets in, whatever the scheduling. Several rounds, because a race is not run the same way twice.
test(
  "concurrent sign-ins with one TOTP code: only one gets in",
  async () => {
    const trainer = employee("acct-trainer-zwolle");
    const winners = [];
    for (let round = 0; round < 5; round++) {
      const now = tick();
      const code = totp(trainer.totp_secret, now);
      const answers = await Promise.all(
        Array.from({ length: 5 }, () =>
          api.call("/api/auth/staff-sign-in", {
            body: { email: trainer.email, password: trainer.password, code },
            now,
          }),
        ),
      );
      winners.push(answers.filter((r) => r.status === 200).length);
      // Losers are failed attempts (401), and enough of them lock the address (429).
      for (const r of answers) assert.ok([200, 401, 429].includes(r.status), `status ${r.status}`);
    }
    assert.equal(winners[0], 1, "the first round has a winner");
    assert.ok(winners.every((w) => w <= 1), `never more than one session per code: ${winners}`);
  },
);
