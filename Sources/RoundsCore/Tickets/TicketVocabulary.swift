// The closed word lists a repair ticket's steps use. Raw values are the CLI and database spelling.

/// The answer to "is this damage by fault (责任性损坏)?" (R46). For large or valuable devices the
/// question is mandatory and `undetermined` is not accepted (R47).
public enum DamageByFault: String, CaseIterable, Hashable, Sendable, Codable {
    case yes, no, undetermined
}

/// What an approval approves, and so who may give it (`TicketRules.approverRole(for:)`).
public enum ApprovalKind: String, CaseIterable, Hashable, Sendable, Codable {
    /// A repairer who is not hospital staff (非本院维修人员, R50).
    case externalRepairer = "external-repairer"
    /// Sending the device out of the hospital (离院维修, R51).
    case offSite = "off-site"
    /// Deferring the request (R38), or a deferred priority kept beyond the limit (R104).
    case deferral
    /// Refusing the request (R38).
    case refusal
    /// Scrapping the device instead of repairing it (R63).
    case scrapping

    /// The rule that asks for this approval.
    public var rule: String {
        switch self {
        case .externalRepairer: return "R50"
        case .offSite: return "R51"
        case .deferral, .refusal: return "R38"
        case .scrapping: return "R63"
        }
    }
}

/// The cause category of a repair (CONTRACT `--cause`; R43). `operation` is incorrect operation
/// (操作不当) and needs feedback to the clinical department.
public enum RepairCause: String, CaseIterable, Hashable, Sendable, Codable {
    case component, wear, operation, environment, other
}

/// Where a substitute device comes from (R53).
public enum SubstituteSource: String, CaseIterable, Hashable, Sendable, Codable {
    case ownSpare = "own-spare"
    case otherDepartment = "other-department"
    case borrowed
    case vendorLoan = "vendor-loan"
    case rental
}

/// Why a request is cancelled (R101). `other` needs an explanation.
public enum CancelReason: String, CaseIterable, Hashable, Sendable, Codable {
    case duplicate
    case falseReport = "false-report"
    case other
}

/// Who must be told when key equipment cannot be repaired in time (R53).
public enum NotifiedParty: String, CaseIterable, Hashable, Sendable, Codable {
    /// The department using the device.
    case department
    /// The head of the equipment section (设备科长).
    case equipmentHead = "equipment-head"
}

/// Where a repair request came from (R36).
public enum RequestSource: String, CaseIterable, Hashable, Sendable, Codable {
    /// The department's own repair request (维修申请单).
    case request
    case inspection
    case dailyCheck = "daily-check"
    case maintenance
    /// A failed radiation QC test (R84): the corrective repair it calls for.
    case qcTest = "qc-test"
}
