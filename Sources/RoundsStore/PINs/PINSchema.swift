import GRDB

/// The tables of PIN enrolment and lockout (migration `v10-pin-enrolment`), both insert-only and
/// audited. A PIN itself stays in `people.pin_hash`.
///
/// - `pin_codes`: a one-time code an equipment head issued so that `login` can choose a PIN
///   (`rounds pin issue LOGIN`). Only the SHA-256 of the code is kept. A code is good for one
///   `pin set` within 72 hours of `issued_at` (`expires_at`), and only while it is the newest code of
///   its person: issuing a code replaces every earlier one.
/// - `pin_events`: what happened to a person's PIN, in order:
///   `wrong` a wrong PIN (`what` it was given for); `locked` five wrong in a row, signatures refused
///   until `until`; `cleared` a right PIN ended a run of wrong ones; `set` the PIN was set (`what`:
///   `code`, `old-pin`, `os-account`, or `demo` for the demo hospital's documented PIN; `code` the one-time code used, UNIQUE so a code is used once).
///   The wrong PINs in a row are the `wrong` rows after the person's last `locked`, `cleared` or `set`.
enum PINSchema {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE pin_codes (
                id INTEGER PRIMARY KEY,
                login TEXT NOT NULL REFERENCES people(login),
                code_hash TEXT NOT NULL,
                issued_by TEXT NOT NULL,
                issued_at INTEGER NOT NULL,
                expires_at INTEGER NOT NULL
            );
            CREATE INDEX pin_codes_login ON pin_codes(login, id);
            CREATE TABLE pin_events (
                id INTEGER PRIMARY KEY,
                login TEXT NOT NULL REFERENCES people(login),
                kind TEXT NOT NULL CHECK (kind IN ('wrong', 'locked', 'cleared', 'set')),
                at INTEGER NOT NULL,
                until INTEGER,
                code INTEGER UNIQUE REFERENCES pin_codes(id),
                what TEXT NOT NULL DEFAULT ''
            );
            CREATE INDEX pin_events_login ON pin_events(login, kind, id);
            """)
    }

    /// The new tables, for `Verifier.auditedTables`.
    static let auditedTables = ["pin_codes", "pin_events"]
}
