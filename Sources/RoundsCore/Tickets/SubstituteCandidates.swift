/// Devices that could stand in for key equipment that cannot be repaired in time (R53 b, R54).
///
/// A candidate has the same category (compared without case or surrounding spaces; a device without
/// a category has no candidates), is not the failed device, is not already a substitute elsewhere
/// (`busyTags`), and is either
/// - on standby (备用), in any department, or
/// - in service in a department where it is not itself key equipment in use (R54: "not themselves
///   flagged as key equipment in use"): a life-support or emergency device of a key department is
///   never taken.
///
/// Order: standby devices of the failed device's own department, then standby devices of the
/// equipment department's pool (`spareDepartment`), then other standby devices, then in-service
/// devices borrowed from other departments; by asset number within each group.
///
/// ```swift
/// SubstituteCandidates.suggest(for: icuVent, among: fleet, busyTags: ["ICU-V09"],
///                              keyDepartments: ["ICU", "ER"], spareDepartment: "EQUIP")
/// // [ICU-V05 (own spare), EQUIP-V01 (other department), WARD-V02 (other department)]
/// ```
public enum SubstituteCandidates {
    public struct Candidate: Hashable, Sendable {
        public var device: Equipment
        /// The source to record if this one is used (`TicketStep.substitute`).
        public var source: SubstituteSource

        public init(device: Equipment, source: SubstituteSource) { self.device = device; self.source = source }
    }

    public static func suggest(for failed: Equipment, among devices: [Equipment], busyTags: Set<String> = [],
                               keyDepartments: Set<String>, spareDepartment: String? = nil) -> [Candidate] {
        let category = normalized(failed.category)
        guard !category.isEmpty else { return [] }
        let ranked: [(group: Int, device: Equipment)] = devices.compactMap { d in
            guard d.tag != failed.tag, !busyTags.contains(d.tag), normalized(d.category) == category else { return nil }
            switch d.status {
            case .standby:
                if d.department == failed.department { return (0, d) }
                if let spareDepartment, d.department == spareDepartment { return (1, d) }
                return (2, d)
            case .inService:
                let keyInUse = keyDepartments.contains(d.department) && (d.lifeSupport || d.emergency)
                guard !keyInUse, d.department != failed.department else { return nil }
                return (3, d)
            case .stopped, .awaitingScrap, .scrapped:
                return nil
            }
        }
        return ranked.sorted { ($0.group, $0.device.tag) < ($1.group, $1.device.tag) }.map {
            Candidate(device: $0.device, source: $0.group == 0 ? .ownSpare : .otherDepartment)
        }
    }

    private static func normalized(_ s: String) -> String {
        s.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }
}
