import GRDB
import RoundsCore

/// What one write transaction has already read and may read again, kept until a write to its table
/// makes it stale (shared by copies of its `Recorder`).
///
/// The ticket rules check every step against the store's people (who may assign, who signs back)
/// and the rule settings. Read once per step, that was a scan of `people` and `settings` for each
/// of the thousands of steps of an import or a generated history; kept here, it is one read per
/// transaction. ``Recorder`` forgets an entry whenever it writes a row of the table it came from,
/// so a person added in the same transaction is seen by the next step.
final class TransactionCache {
    var people: [Person]?
    /// People looked up by login (nil inside: looked up and not found).
    var person: [String: Person?] = [:]
    var ticketRules: TicketRules?
    /// Tickets as this transaction saved them, by number: the next step on the same ticket starts
    /// from here instead of decoding its events again (`ticket_events` is written only by
    /// ``Recorder/save(_:newEvent:)``, which keeps this up to date).
    var tickets: [String: Ticket] = [:]
    /// The audit chain's last entry as this transaction left it (``AuditChain/append(_:at:actor:action:table:key:payload:head:)``).
    var auditHead: AuditChain.Head?

    /// Drops what was read from `table`: called by every write of the recorder.
    func forget(_ table: String) {
        switch table {
        case "people": people = nil; person = [:]
        case "settings": ticketRules = nil
        default: break
        }
    }
}

extension Recorder {
    /// The person with this login, as the archive has them now (read once per transaction).
    func person(_ login: String) throws -> Person? {
        if let known = cache.person[login] { return known }
        let found = try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM people WHERE login = ?"), arguments: [login]).map(ArchiveRows.person)
        cache.person[login] = found
        return found
    }
}
