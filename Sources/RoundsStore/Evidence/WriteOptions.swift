import RoundsCore

/// What a writer tells the store about one write beyond who enters it and when (CONTRACT "Evidence").
///
/// ```swift
/// try store.write(actor: "liming", at: now, options: WriteOptions(lateReason: "系统停机，补录")) { rec in … }
/// ```
public struct WriteOptions: Sendable {
    /// Why work done more than `late-entry-hours` ago is entered only now (补录, R4). Without it such a
    /// record is refused.
    public var lateReason: String?
    /// The sample hospital's and the benchmark's generated history: written in bulk after the fact,
    /// so the two-time rule and signatures do not apply. Nothing a person types sets this.
    public var generatedHistory: Bool
    /// The OS account that is authenticated at this keyboard (``OSAccount/current``); tests pass
    /// another.
    public var osAccount: String?
    /// The person the terminal UI proved when they took the keyboard (their PIN at `:user`, or the OS
    /// account): their signatures in this session need no PIN per keystroke (21 CFR 11.200: within
    /// one continuous session, later signings may use one component).
    public var sessionSigner: SessionSigner?
    /// The PINs given for this write, by signer: `--pin` for the one who signs, `--with-pin` for a
    /// second signer, a PIN typed into a signature form. Never stored; checked against each signer's
    /// own PIN hash.
    public var pins: [String: String]
    /// A sign-in: the transaction only proves a PIN (and records a wrong one towards the lockout), so
    /// even an auditor, who writes nothing, may sign in to read.
    var signInOnly = false

    public init(lateReason: String? = nil, generatedHistory: Bool = false, osAccount: String? = OSAccount.current,
                sessionSigner: SessionSigner? = nil, pins: [String: String] = [:]) {
        self.pins = pins.filter { !$0.value.isEmpty }
        self.lateReason = lateReason.flatMap { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : $0 }
        self.generatedHistory = generatedHistory
        self.osAccount = osAccount
        self.sessionSigner = sessionSigner
    }

    /// Generated history (demo, benchmark).
    public static let generated = WriteOptions(generatedHistory: true)
}

/// A person proven once for a terminal session, and how.
public struct SessionSigner: Sendable, Equatable {
    public var login: String
    public var proof: SignatureProof

    public init(login: String, proof: SignatureProof) { self.login = login; self.proof = proof }
}
