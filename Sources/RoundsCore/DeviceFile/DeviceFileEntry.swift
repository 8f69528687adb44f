/// One line of a device's file (设备档案, R9): one thing that happened to the device, with who did
/// it, when, and what. The store merges every kind of record into one list, oldest first
/// (`Store.deviceFile`); the interface and the printed file say each kind in words.
///
/// `what` is in the program's vocabulary, the words of the command line (`monthly ok`,
/// `second pass`, a ticket step's code such as `started`), so a CSV or JSON export reads the same in
/// both languages; `note` is what the person wrote. A record later corrected or voided stays in the
/// file where it was, and the correction is its own line (R4: nothing is rewritten quietly).
///
/// ```swift
/// DeviceFileEntry(at: t, by: "eng1", kind: .inspection, reference: "12", what: "monthly ok")
/// ```
public struct DeviceFileEntry: Hashable, Sendable {
    /// The kinds of record of R5 and R9, in the order they are listed when two share a second.
    public enum Kind: String, CaseIterable, Hashable, Sendable {
        case archive, status, inspection
        case dailyCheck = "daily-check"
        case maintenance, hazard, ticket, part
        case qcTest = "qc-test"
        case correction
    }

    public var at: Instant
    /// Login of the person who did it (the signer; for an archive change, who made it).
    public var by: String
    public var kind: Kind
    /// The record's number: an inspection's id, a ticket's number, a QC test's id…; empty for the archive.
    public var reference: String
    /// What was done, in command-line words.
    public var what: String
    /// The person's own words: a note, a reason, a fault.
    public var note: String
    /// The checklist answers of an inspection or maintenance, item by item, when it has them (R18).
    public var answers: ChecklistSheet?

    public init(at: Instant, by: String, kind: Kind, reference: String = "", what: String, note: String = "",
                answers: ChecklistSheet? = nil) {
        self.at = at; self.by = by; self.kind = kind; self.reference = reference; self.what = what
        self.note = note; self.answers = answers
    }

    /// The file's order: time, then kind, then reference, so equal times list the same way each time.
    public static func fileOrder(_ a: DeviceFileEntry, _ b: DeviceFileEntry) -> Bool {
        if a.at != b.at { return a.at < b.at }
        let ka = Kind.allCases.firstIndex(of: a.kind)!, kb = Kind.allCases.firstIndex(of: b.kind)!
        if ka != kb { return ka < kb }
        if let x = Int(a.reference), let y = Int(b.reference) { return x < y }
        return a.reference < b.reference
    }
}
