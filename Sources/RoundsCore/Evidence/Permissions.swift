/// Who may do what (CONTRACT "Signatures": roles are checked for the user and every signer).
///
/// Three rules hold for every command and screen; the finer rules of each step (who may approve an
/// off-site repair, who signs a device back) live with the step (`TicketGuards`, scrapping):
///
/// 1. an `auditor` reads and changes nothing: a person whose only role is auditor neither writes nor
///    signs;
/// 2. administration (importing or changing people, equipment, departments, rules; issuing PIN codes)
///    is for an equipment head, once the store has people (before that, the first import bootstraps);
/// 3. nobody changes their own roles.
public enum Permissions {
    /// Why `person` may not write or sign anything, or nil when they may.
    public static func writeProblem(_ person: Person) -> String? {
        let acting = person.roles.filter { $0 != .auditor }
        guard acting.isEmpty else { return nil }
        return "R2: \(person.login) is an auditor: an auditor reads and changes nothing"
    }

    /// Why `person` may not administer (import people, equipment or departments, set rules, issue
    /// PIN codes), or nil when they may.
    public static func administrationProblem(_ person: Person, doing what: String) -> String? {
        if let p = writeProblem(person) { return p }
        guard person.has(.equipmentHead) else {
            return "R2: \(what) is for an equipment head; \(person.login) is not one"
        }
        return nil
    }

    /// Why a change of `login`'s roles from `before` to `after` by `actor` is refused, or nil.
    public static func roleChangeProblem(login: String, before: Set<Role>, after: Set<Role>, actor: String) -> String? {
        guard login == actor, before != after else { return nil }
        func text(_ r: Set<Role>) -> String { Role.allCases.filter(r.contains).map(\.rawValue).joined(separator: ";") }
        return "R2: nobody changes their own roles (\(login): \(text(before)) → \(text(after)))"
    }
}
