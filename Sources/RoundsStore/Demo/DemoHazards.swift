import Foundation
import RoundsCore

extension DemoHistory {
    /// The days before today whose hazards ``inspections()`` leaves to ``hazardsInHand()``.
    static let recentHazardDays = 30

    /// The hazards of the last ``recentHazardDays`` days as a department has them in hand (R16): the
    /// oldest converted into a repair request, the next assigned to another engineer and not yet
    /// resolved (so over the `rule.hazard-open-days` limit), the newest three left open (of
    /// different ages), every other one resolved by its finder the next morning
    /// with what fits its finding. Runs after ``tickets()``, so a conversion joins or opens the
    /// device's ticket the way a real one would (R103).
    mutating func hazardsInHand() throws {
        let engineers = try store.people().filter { $0.has(.engineer) }.map(\.login)
        let recent = try store.hazards(HazardFilter(openOnly: true), asOf: now)
            .filter { calendar.day(of: $0.foundAt).adding(days: 1) < today }
        guard !engineers.isEmpty, !recent.isEmpty else { return }
        let leftOpen = Set(recent.suffix(3).map(\.id))
        for (index, hazard) in recent.enumerated() where !leftOpen.contains(hazard.id) {
            let morning = calendar.instant(calendar.day(of: hazard.foundAt).adding(days: 1), secondOfDay: 10 * 3600)
            try store.write(actor: DemoHospital.demoLogin, at: morning, options: .generated) { rec in
                switch index {
                case 0:
                    try rec.convertHazard(hazard.id, at: morning, by: hazard.foundBy, calendar: calendar)
                case 1:
                    let other = engineers.first { $0 != hazard.foundBy && $0 != DemoHospital.demoLogin } ?? hazard.foundBy
                    try rec.recordHazardStep(hazard.id, HazardEvent(at: morning, by: hazard.foundBy, step: .assigned(to: other)))
                default:
                    try rec.recordHazardStep(hazard.id, HazardEvent(at: morning, by: hazard.foundBy,
                                                                    step: .resolved(action: Self.demoRemedy(note: hazard.note))))
                }
            }
        }
    }
}
