//! Identity: activation, the sign-in doors, invitations, sessions and the account's language.

use serde_json::json;
use wegwijs_shared::accounts::{
    ActivateRequest, InviteCompleteRequest, InviteCompleted, InviteStartRequest, OwnLanguage,
    ResidentSignInRequest, SessionSummary, SessionView, SignedOut, StaffSignInRequest,
    TotpEnrolment,
};

use super::operation::{Operation, op};
use crate::routes::Method::{Delete, Get, Post, Put};

/// Every door that sets the session cookie says so the same way.
macro_rules! sets_cookie {
    ($text:literal) => {
        concat!(
            $text,
            "\n\nThe answer sets the `__Host-wegwijs-session` cookie (HttpOnly, Secure, \
             SameSite=Lax); a session cookie sent along is replaced."
        )
    };
}

pub(super) fn operations() -> Vec<Operation> {
    vec![
        op(
            Post,
            "/api/auth/activate",
            "Activate an activation card and choose a PIN",
        )
        .describe(sets_cookie!(
            "The code from the card (`ABCD-EFGH-JKMN`; any case, spaces, O for 0 and I/L for \
                 1 are accepted) and a new six-digit PIN that is not one digit repeated or a \
                 straight run. An unknown, replaced, used or expired code is a 422 on `code` \
                 with a code saying which. Ends the account's other sessions. Failures count \
                 towards the per-client limit (429 with `Retry-After`)."
        ))
        .body::<ActivateRequest>()
        .example(json!({ "code": "DEMA-CTVE-2026", "pin": "482913" }))
        .ok::<SessionView>(200, "Activated and signed in.")
        .problems(&[429]),
        op(Post, "/api/auth/resident-sign-in", "Sign in as a resident")
            .describe(sets_cookie!(
                "Resident number (the ten-digit V-number) and six-digit PIN. A wrong pair is a \
                 401 that never says which part was wrong; repeated failures lock the number \
                 and the client (429 with `Retry-After`)."
            ))
            .body::<ResidentSignInRequest>()
            .example(json!({ "resident_number": "1000000001", "pin": "482913" }))
            .ok::<SessionView>(200, "Signed in.")
            .problems(&[401, 429]),
        op(
            Post,
            "/api/auth/staff-sign-in",
            "Sign in as staff, trainer or admin",
        )
        .describe(sets_cookie!(
            "E-mail address, password and a second factor in one request: the \
                 authenticator's six digits or an unused recovery code. A refusal is a 401 that \
                 never says which part was wrong; repeated failures lock the address and the \
                 client (429 with `Retry-After`)."
        ))
        .body::<StaffSignInRequest>()
        .example(json!({
            "email": "sam@coa.example",
            "password": "paarse fiets onder de brug",
            "code": "123456",
        }))
        .ok::<SessionView>(200, "Signed in.")
        .problems(&[401, 429]),
        op(
            Post,
            "/api/auth/invite/start",
            "Accept an invitation: choose a password",
        )
        .describe(
            "The token from the invitation link (64 hex characters) and a new password (not \
                 a commonly used one). Answers with the authenticator secret to enrol; the \
                 account stays pending until `/api/auth/invite/complete`. A used, expired or \
                 malformed token is a 422 on `token`.",
        )
        .body::<InviteStartRequest>()
        .example(json!({
            "token": "9f2c4e6a8b0d1f3e5a7c9b1d3f5e7a9c0b2d4f6e8a1c3e5b7d9f0a2c4e6b8d1f",
            "password": "paarse fiets onder de brug",
        }))
        .ok::<TotpEnrolment>(
            200,
            "The secret to enter in an authenticator app, also as a QR code.",
        ),
        op(
            Post,
            "/api/auth/invite/complete",
            "Accept an invitation: confirm the authenticator",
        )
        .describe(sets_cookie!(
            "The invitation token and the authenticator's current six-digit code. Activates \
                 the account, signs in and answers with ten recovery codes, shown only this \
                 once. A wrong code is a 422 on `code`; a token whose password is not chosen \
                 yet, or that no longer works, a 422 on `token`."
        ))
        .body::<InviteCompleteRequest>()
        .example(json!({
            "token": "9f2c4e6a8b0d1f3e5a7c9b1d3f5e7a9c0b2d4f6e8a1c3e5b7d9f0a2c4e6b8d1f",
            "code": "123456",
        }))
        .ok::<InviteCompleted>(200, "Enrolled and signed in, with the recovery codes."),
        op(Post, "/api/auth/sign-out", "Sign out on this device")
            .describe("Ends this session and clears the cookie.")
            .ok::<SignedOut>(
                200,
                "Signed out; `sessions_ended` is 1, or 0 if it had ended.",
            ),
        op(Post, "/api/auth/sign-out-all", "Sign out everywhere")
            .describe(
                "Ends every session of the account, this one included, and clears the cookie.",
            )
            .ok::<SignedOut>(
                200,
                "Signed out; `sessions_ended` counts the sessions ended.",
            ),
        op(Get, "/api/session", "Who is signed in here")
            .describe(
                "A signed-out app is a normal state: without a live session the answer is 200 \
                 with `null`, not an error.",
            )
            .ok::<Option<SessionView>>(200, "The session, or `null`."),
        op(
            Put,
            "/api/me/language",
            "Choose the app language of one's own account",
        )
        .describe(
            "One of en, nl, ar, fa, ps, ckb, ti, so, tr, uk, ru, fr (another is a 422 on \
                 `language`). Changes only the caller's account: the route names none.",
        )
        .body::<OwnLanguage>()
        .example(json!({ "language": "ar" }))
        .ok::<OwnLanguage>(200, "The language as stored."),
        op(Get, "/api/sessions", "My live sessions")
            .describe("The account's sessions that have not ended; `current` marks this one.")
            .ok::<Vec<SessionSummary>>(200, "The live sessions."),
        op(Delete, "/api/sessions/{id}", "End one of my sessions")
            .describe(
                "Another account's session is a 403. Ending the current session also clears \
                 the cookie.",
            )
            .path_param(
                "id",
                "The session's public handle from `GET /api/sessions`.",
            )
            .ok::<SignedOut>(
                200,
                "Ended; `sessions_ended` is 0 when it had ended already.",
            ),
    ]
}
