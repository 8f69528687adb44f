import RoundsCore

/// The interface language, chosen by `--lang` or `LANG`, switchable at runtime (R105).
public enum Language: String, Sendable, CaseIterable {
    case zh, en
}

/// Every piece of interface text in Simplified Chinese and English (glossary: DOMAIN.md §7).
///
/// Text is looked up by ``TextID``; the `switch` in ``Strings/pair(_:)`` has no default, so the
/// compiler refuses a text that lacks either language.
///
/// ```swift
/// Strings(language: .zh).t(.archive)   // 设备档案
/// Strings(language: .en).t(.archive)   // Equipment archive
/// ```
public struct Strings: Sendable {
    public let language: Language
    public init(language: Language) { self.language = language }
    public init(chinese: Bool) { self.language = chinese ? .zh : .en }

    public var isChinese: Bool { language == .zh }

    public func t(_ id: TextID) -> String {
        let p = Strings.pair(id)
        return language == .zh ? p.zh : p.en
    }

    /// The status as a word (在用 / in service).
    public func status(_ s: EquipmentStatus) -> String {
        switch s {
        case .inService: return t(.statusInService)
        case .standby: return t(.statusStandby)
        case .stopped: return t(.statusStopped)
        case .awaitingScrap: return t(.statusAwaitingScrap)
        case .scrapped: return t(.statusScrapped)
        }
    }

    /// The status as a bracketed text tag, so meaning never depends on colour: `[停用]`, `[STOPPED]`.
    public func statusTag(_ s: EquipmentStatus) -> String {
        switch s {
        case .inService: return language == .zh ? "[在用]" : "[IN USE]"
        case .standby: return language == .zh ? "[备用]" : "[STANDBY]"
        case .stopped: return language == .zh ? "[停用]" : "[STOPPED]"
        case .awaitingScrap: return language == .zh ? "[待报废]" : "[TO SCRAP]"
        case .scrapped: return language == .zh ? "[已报废]" : "[SCRAPPED]"
        }
    }

    public func role(_ r: Role) -> String {
        switch r {
        case .engineer: return t(.roleEngineer)
        case .custodian: return t(.roleCustodian)
        case .operator: return t(.roleOperator)
        case .deptHead: return t(.roleDeptHead)
        case .equipmentHead: return t(.roleEquipmentHead)
        case .director: return t(.roleDirector)
        case .auditor: return t(.roleAuditor)
        }
    }

    public func kind(_ k: InspectionKind) -> String {
        switch k {
        case .tenDay: return t(.kindTenDay)
        case .monthly: return t(.kindMonthly)
        case .quarterly: return t(.kindQuarterly)
        }
    }

    public func ticketState(_ st: TicketState) -> String {
        switch st {
        case .requested: return t(.stRequested)
        case .assigned: return t(.stAssigned)
        case .received: return t(.stReceived)
        case .inRepair: return t(.stInRepair)
        case .waitingParts: return t(.stWaitingParts)
        case .waitingVendor: return t(.stWaitingVendor)
        case .offSite: return t(.stOffSite)
        case .repaired: return t(.stRepaired)
        case .returned: return t(.stReturned)
        case .closed: return t(.stClosed)
        case .deferred: return t(.stDeferred)
        case .refused: return t(.stRefused)
        case .cancelled: return t(.stCancelled)
        case .proposedScrap: return t(.stProposedScrap)
        }
    }

    public func yesNo(_ b: Bool) -> String { b ? t(.yes) : t(.no) }
}

extension Strings {
    /// What `error` says, in this language: a rule's refusal (`TicketRefusal`, a store's ruled
    /// refusal) in Chinese under zh; any other error as its English description.
    ///
    /// ```swift
    /// catch { state.message = state.strings.describe(error) }   // "R41：只有设备科…"
    /// ```
    public func describe(_ error: any Error) -> String {
        RuleText.describe(error, chinese: isChinese)
    }
}
