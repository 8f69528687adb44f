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
    /// Why `person` may not write or sign anything, in both languages, or nil when they may.
    public static func writeProblem(_ person: Person) -> RuleText? {
        let acting = person.roles.filter { $0 != .auditor }
        guard acting.isEmpty else { return nil }
        return RuleText(en: "\(person.login) is an auditor: an auditor reads and changes nothing",
                        zh: "\(person.login) 是审计人员：审计人员只能查阅，不能更改任何内容").prefixed("R2")
    }

    /// Why `person` may not administer (import people, equipment or departments, set rules, issue
    /// PIN codes), or nil when they may; `what` names the work in both languages.
    public static func administrationProblem(_ person: Person, doing what: RuleText) -> RuleText? {
        if let p = writeProblem(person) { return p }
        guard person.has(.equipmentHead) else {
            return RuleText(en: "\(what.en) is for an equipment head; \(person.login) is not one",
                            zh: "\(what.zh)须由设备科主任进行；\(person.login) 不是设备科主任").prefixed("R2")
        }
        return nil
    }

    /// Why a change of `login`'s roles from `before` to `after` by `actor` is refused, or nil.
    public static func roleChangeProblem(login: String, before: Set<Role>, after: Set<Role>, actor: String) -> RuleText? {
        guard login == actor, before != after else { return nil }
        func text(_ r: Set<Role>) -> String { Role.allCases.filter(r.contains).map(\.rawValue).joined(separator: ";") }
        let change = "\(login): \(text(before)) → \(text(after))"
        return RuleText(en: "nobody changes their own roles (\(change))", zh: "任何人不得更改自己的角色（\(change)）").prefixed("R2")
    }
}
