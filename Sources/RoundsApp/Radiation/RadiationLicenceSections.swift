import RoundsCore
import RoundsStore

/// The radiation screen's licences section: every licence with its verification standing (R91),
/// then the open licence tasks (R92, R65, R93, R95). The verification tasks are left out of the
/// task lines: the licence's own line already says them.
struct RadiationLicences: Sendable {
    var standings: [LicenceSummary]
    var tasks: [LicenceTask]

    static func load(_ store: Store, today: Day) throws -> RadiationLicences {
        let verification: Set<LicenceTask.Kind> = [.verificationDue, .verificationOverdue]
        return RadiationLicences(standings: try store.licenceStandings(today: today),
                                 tasks: try store.licenceTasks(today: today).filter { !verification.contains($0.kind) })
    }

    var rowCount: Int { standings.count + tasks.count }
}

/// The radiation screen's imaging section: the configuration check (R70), the running-status log
/// days missing in the last 30 days (R66, as `rounds imaging missing` lists them), and this month's
/// imaging intact rate (R68).
struct RadiationImaging: Sendable {
    var configuration: [ImagingConfiguration.Line]
    var missing: [ImagingMissingDay]
    var uptime: UptimeReport

    static func load(_ store: Store, today: Day, now: Instant) throws -> RadiationImaging {
        RadiationImaging(configuration: try store.imagingConfiguration(today: today),
                         missing: try store.imagingMissingDays(today: today, from: today.adding(days: -30)),
                         uptime: try store.imagingUptime(from: today.firstOfMonth, to: today, now: now))
    }

    var rowCount: Int { configuration.count + missing.count }

    /// Requirements short of their count, a device down counting as missing (R70).
    var shortfalls: Int { configuration.filter { $0.shortfall > 0 }.count }
}
