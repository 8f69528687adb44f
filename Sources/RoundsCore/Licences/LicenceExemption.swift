/// The epidemic exemption (R95; seed 000, 国卫办监督函〔2020〕110号): a facility doing radiological
/// work for epidemic prevention and control may be exempted from the licensing procedures, but if the
/// work continues after the epidemic the procedures must be completed. Recording the exemption opens
/// the task "complete the licensing procedures", which stays open until a licence issued on or after
/// the exemption day is recorded.
public struct LicenceExemption: Hashable, Sendable {
    public var id: Int64
    /// The basis document, e.g. `国卫办监督函〔2020〕110号`.
    public var basis: String
    public var exemptedOn: Day
    public var note: String

    public init(id: Int64, basis: String, exemptedOn: Day, note: String = "") {
        self.id = id; self.basis = basis; self.exemptedOn = exemptedOn; self.note = note
    }

    /// Whether the exemption's task is still open: no licence issued on or after the exemption day.
    public func isOpen(licencesIssued: [Day]) -> Bool { !licencesIssued.contains { $0 >= exemptedOn } }

    /// The basis seed 000 gives.
    public static let epidemicBasis = "国卫办监督函〔2020〕110号"
}
