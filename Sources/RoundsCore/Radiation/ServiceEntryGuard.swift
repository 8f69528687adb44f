/// Whether a radiation device may be put in service (R77): a device QC standards cover needs an
/// acceptance test with a pass before it first enters service, and again after a repair that
/// replaced an important part (R78: the pass must be dated after that repair).
///
/// The rule applies when a device is newly installed (it enters service on or after the day the
/// store's tracking began) or comes back from stopped, standby or a major repair; a device already in
/// service when tracking began is taken as accepted before (docs/DECISIONS.md).
public enum ServiceEntryGuard {
    /// The refusal, or nil. `lastAcceptancePass` is the test day of the latest passed acceptance test;
    /// `lastMajorRepair` the day of the latest repair that replaced an important part.
    public static func problem(device: Equipment, wasInService: Bool?, since: Day, lastAcceptancePass: Day?,
                               lastMajorRepair: Day?) -> RuleText? {
        guard device.status == .inService, wasInService != true,
              QCStandards.applicable(category: device.category) != nil || device.radiation else { return nil }
        // Imported in service with a start day before tracking began: accepted before the store existed.
        if wasInService == nil && device.inService < since { return nil }
        if let repair = lastMajorRepair, !(lastAcceptancePass.map { $0 >= repair } ?? false) {
            return RuleText(en: "an important part of radiation device \(device.tag) was replaced on \(repair): it may enter service only after an acceptance test passed since then (`rounds qc record --kind acceptance`)",
                            zh: "射线装置 \(device.tag) 于 \(repair) 更换了重要部件：此后验收检测合格才能投入使用（`rounds qc record --kind acceptance`）").prefixed("R77")
        }
        if lastAcceptancePass == nil {
            return RuleText(en: "radiation device \(device.tag) has no passed acceptance test: record one (`rounds qc record --kind acceptance`) before it enters service; until then keep it stopped",
                            zh: "射线装置 \(device.tag) 没有合格的验收检测：投入使用前须先记录（`rounds qc record --kind acceptance`），在此之前保持停用").prefixed("R77")
        }
        return nil
    }
}
