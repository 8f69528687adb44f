/// A Radiological Diagnosis and Treatment Licence (放射诊疗许可证) as recorded (R90): who holds it,
/// who issued it, the categories of work it covers, and the day its next verification (校验) is due.
///
/// The licence has no expiry date but must be verified periodically; the period depends on the
/// place and on the practising-licence cycle, so the due day is stored as the authority set it,
/// never derived (DOMAIN §5.3). A verification recorded later replaces the due day.
public struct RadiationLicence: Hashable, Sendable {
    /// The licence number printed on it, e.g. `吉卫放证字〔2024〕第0012号`.
    public var number: String
    /// The holder: must be the name on the medical institution practising licence.
    public var holder: String
    public var authority: String
    public var issuedOn: Day
    public var categories: Set<LicenceCategory>
    /// The next verification day as first set; ``LicenceVerification`` rows move it.
    public var verificationDue: Day
    /// References of the scans of the original and copy (正本、副本).
    public var scans: [String]

    public init(number: String, holder: String, authority: String, issuedOn: Day, categories: Set<LicenceCategory>,
                verificationDue: Day, scans: [String] = []) {
        self.number = number; self.holder = holder; self.authority = authority; self.issuedOn = issuedOn
        self.categories = categories; self.verificationDue = verificationDue; self.scans = scans
    }
}

/// One verification (校验) of a licence (R90, R91): the day it was verified and the next due day the
/// authority set.
public struct LicenceVerification: Hashable, Sendable {
    public var licence: String
    public var verifiedOn: Day
    public var nextDue: Day
    public var note: String

    public init(licence: String, verifiedOn: Day, nextDue: Day, note: String = "") {
        self.licence = licence; self.verifiedOn = verifiedOn; self.nextDue = nextDue; self.note = note
    }
}

/// A device as listed on a licence copy (副本), with its main parameters (R90): tube voltage and
/// current for X-ray devices, energy for an accelerator, as the copy prints them.
public struct LicensedDevice: Hashable, Sendable {
    public var licence: String
    public var device: String
    /// e.g. `150 kV / 1000 mA`.
    public var parameters: String
    public var listedOn: Day

    public init(licence: String, device: String, parameters: String, listedOn: Day) {
        self.licence = licence; self.device = device; self.parameters = parameters; self.listedOn = listedOn
    }
}
