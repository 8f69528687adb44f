import GRDB
import RoundsCore

extension Recorder {
    /// Checks that the person entering this write may administer the store (import or change
    /// people, equipment, departments or rules; issue PIN codes) and proves their signature: an
    /// equipment head, in person (OS account or own PIN). While the store has no people yet, the
    /// first import of people is the bootstrap and needs neither.
    public func requireAdministrator(doing what: RuleText) throws {
        let hasPeople = try Bool.fetchOne(db.cachedStatement(sql: "SELECT EXISTS(SELECT 1 FROM people)")) ?? false
        guard hasPeople else { return }
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM people WHERE login = ?"), arguments: [actor]) else {
            throw StoreError.refused("R2", en: "\(what.en): no person '\(actor)' in the store", zh: "\(what.zh)：数据库中没有人员“\(actor)”")
        }
        if let problem = Permissions.administrationProblem(ArchiveRows.person(row), doing: what) { throw StoreError.ruled(problem) }
        try prove(actor, meaning: .administration)
    }

    /// Refuses a write by a person whose only role is auditor (an auditor reads and changes nothing).
    func refuseAuditorActor() throws {
        guard !options.generatedHistory, !options.signInOnly,
              let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM people WHERE login = ?"), arguments: [actor]) else { return }
        proven.actorWasPerson = true
        if let problem = Permissions.writeProblem(ArchiveRows.person(row)) { throw StoreError.ruled(problem) }
    }
}
