import GRDB
import RoundsCore

extension Recorder {
    /// Requests scrapping of one or more devices (R62); they become "awaiting scrapping".
    @discardableResult
    public func requestScrapping(devices: [String], reason: String, condition: String, repairSummary: String,
                                 remainingValueFen: Int) throws -> Int64 {
        guard !devices.isEmpty else { throw StoreError.refused("R62", en: "name at least one device", zh: "须至少指定一台设备") }
        guard !reason.isEmpty else { throw StoreError.refused("R62", en: "a scrapping request needs its reason (--reason)", zh: "报废申请须说明理由（--reason）") }
        for tag in devices {
            guard var d = try Row.fetchOne(db, sql: ArchiveRows.equipmentSelect + " WHERE tag = ?", arguments: [tag]).map(ArchiveRows.equipment) else {
                throw StoreError.notFound(en: "no device with tag '\(tag)'", zh: "没有资产编号为 '\(tag)' 的设备")
            }
            if d.status == .scrapped { throw StoreError.refused("R8", en: "device \(tag) is already scrapped", zh: "设备 \(tag) 已报废") }
            let open = try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM scrap_requests q WHERE (';' || q.devices || ';') LIKE ?
                AND NOT EXISTS (SELECT 1 FROM scrap_steps s WHERE s.request = q.id AND s.kind IN ('completed', 'withdrawn'))
                """, arguments: ["%;\(tag);%"]) ?? 0
            if open > 0 { throw StoreError.refused("R62", en: "device \(tag) already has an open scrapping request", zh: "设备 \(tag) 已有未完成的报废申请") }
            d.status = .awaitingScrap
            try save(d, reason: "scrapping requested")
        }
        let id = try insert("scrap_requests", ["devices": devices.joined(separator: ";"), "reason": reason, "condition": condition,
                                               "repair_summary": repairSummary, "remaining_value_fen": remainingValueFen,
                                               "at": at.seconds, "by": actor])
        try sign("scrap_requests", row: id, by: actor, meaning: .scrapping)
        return id
    }

    /// Records a step on a scrapping request after the rules agree (R63–R65). Completing it makes
    /// every device scrapped, read-only for ever.
    public func recordScrapStep(_ id: Int64, _ step: ScrapStep, rules: ScrapApprovalRules = .standard) throws {
        guard let request = try Store.loadScrapRequest(db, id) else { throw StoreError.notFound(en: "no scrapping request \(id)", zh: "没有报废申请 \(id)") }
        let person = try Row.fetchOne(db, sql: "SELECT * FROM people WHERE login = ?", arguments: [actor]).map(ArchiveRows.person)
        let chain = try Store.scrapChain(db, request, rules: rules)
        do { try request.check(step, by: person, chain: chain) } catch { throw StoreError.ruled(error.text) }
        var values: [String: (any DatabaseValueConvertible)?] = ["request": id, "at": at.seconds, "by": actor]
        switch step {
        case .requested: return
        case let .appraised(organiser, panel, conclusion):
            values["kind"] = "appraised"; values["organiser"] = organiser; values["panel"] = panel.joined(separator: ";"); values["text"] = conclusion
        case let .approved(role, note):
            values["kind"] = "approved"; values["role"] = role.rawValue; values["text"] = note
        case .completed:
            values["kind"] = "completed"
            for tag in request.devices {
                guard var d = try Row.fetchOne(db, sql: ArchiveRows.equipmentSelect + " WHERE tag = ?", arguments: [tag]).map(ArchiveRows.equipment) else { continue }
                d.status = .scrapped
                try save(d, reason: "scrapping request \(id) completed")
            }
        case let .withdrawn(reason):
            values["kind"] = "withdrawn"; values["text"] = reason
            for tag in request.devices {
                guard var d = try Row.fetchOne(db, sql: ArchiveRows.equipmentSelect + " WHERE tag = ?", arguments: [tag]).map(ArchiveRows.equipment),
                      d.status == .awaitingScrap else { continue }
                d.status = .stopped
                try save(d, reason: "scrapping request \(id) withdrawn")
            }
        }
        let row = try insert("scrap_steps", values)
        if case .approved = step { try sign("scrap_steps", row: row, by: actor, meaning: .approved) } else {
            try sign("scrap_steps", row: row, by: actor, meaning: .scrapping)
        }
    }
}

extension Store {
    /// Large or medium devices (R64): radiation devices and the large imaging categories count as
    /// large by default.
    static let largeCategories: Set<String> = ["ct", "mri", "dr", "dsa", "mammography", "c-arm", "linac", "pet-ct", "hyperbaric-chamber"]

    static func scrapChain(_ db: Database, _ request: ScrapRequest, rules: ScrapApprovalRules) throws -> [Role] {
        var anyLarge = false
        for tag in request.devices {
            if let d = try Row.fetchOne(db, sql: ArchiveRows.equipmentSelect + " WHERE tag = ?", arguments: [tag]).map(ArchiveRows.equipment),
               d.radiation || largeCategories.contains(d.category.lowercased()) { anyLarge = true }
        }
        return rules.chain(deviceCount: request.devices.count, anyLarge: anyLarge)
    }

    static func loadScrapRequest(_ db: Database, _ id: Int64) throws -> ScrapRequest? {
        guard let r = try Row.fetchOne(db, sql: "SELECT * FROM scrap_requests WHERE id = ?", arguments: [id]) else { return nil }
        var entries = [ScrapRequest.Entry(at: Instant(seconds: r["at"]), by: r["by"],
                                          step: .requested(devices: (r["devices"] as String).split(separator: ";").map(String.init),
                                                           reason: r["reason"], condition: r["condition"], repairSummary: r["repair_summary"],
                                                           remainingValueFen: r["remaining_value_fen"]))]
        for s in try Row.fetchAll(db, sql: "SELECT * FROM scrap_steps WHERE request = ? ORDER BY id", arguments: [id]) {
            let step: ScrapStep
            switch s["kind"] as String {
            case "appraised": step = .appraised(organiser: s["organiser"], panel: (s["panel"] as String).split(separator: ";").map(String.init), conclusion: s["text"])
            case "approved": step = .approved(role: Role(rawValue: s["role"]) ?? .director, note: s["text"])
            case "completed": step = .completed
            default: step = .withdrawn(reason: s["text"])
            }
            entries.append(ScrapRequest.Entry(at: Instant(seconds: s["at"]), by: s["by"], step: step))
        }
        return ScrapRequest(id: id, entries: entries)
    }

    public func scrapRequest(_ id: Int64) throws -> ScrapRequest? { try read { try Store.loadScrapRequest($0, id) } }

    /// The approval chain a request follows (R63–R64).
    public func scrapChain(_ request: ScrapRequest, rules: ScrapApprovalRules = .standard) throws -> [Role] {
        try read { try Store.scrapChain($0, request, rules: rules) }
    }
}
