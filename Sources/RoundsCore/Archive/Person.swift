/// What a person may do. A person can hold several roles (R1).
public enum Role: String, CaseIterable, Hashable, Sendable, Codable {
    /// Repair technician / biomedical engineer (维修人员).
    case engineer
    /// Custodian of devices in a department (保管人员).
    case custodian
    /// Clinical operator or nurse (操作人员).
    case `operator`
    /// Head of a clinical department (科主任).
    case deptHead = "dept-head"
    /// Head of the equipment department (设备科主任); approves outside repairers and off-site repair.
    case equipmentHead = "equipment-head"
    /// Hospital director / leadership (院领导); approves scrapping.
    case director
    /// Read-only auditor, e.g. for a health-authority inspection.
    case auditor
}

/// Someone who signs records: identified by a login, bound to every signature they make (R2).
public struct Person: Hashable, Sendable, Codable {
    public var login: String
    public var name: String
    public var roles: Set<Role>
    /// Department code, or empty for people of the equipment department without one.
    public var department: String

    public init(login: String, name: String, roles: Set<Role>, department: String = "") {
        self.login = login; self.name = name; self.roles = roles; self.department = department
    }

    public func has(_ role: Role) -> Bool { roles.contains(role) }

    /// Roles as the CSV writes them: `engineer;equipment-head`, in a stable order.
    public var rolesText: String {
        Role.allCases.filter { roles.contains($0) }.map(\.rawValue).joined(separator: ";")
    }
}
