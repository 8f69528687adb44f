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

/// The radiation screen's imaging section: the configuration check (R70), the devices without a
/// dedicated person or a calibration/maintenance plan (R67, as `rounds imaging upkeep --problems`
/// lists them), the running-status log days missing in the last 30 days (R66, as `rounds imaging
/// missing` lists them), and this month's imaging intact rate (R68).
struct RadiationImaging: Sendable {
    var configuration: [ImagingConfiguration.Line]
    /// Only the devices R67 finds something missing for.
    var upkeep: [ImagingUpkeep]
    var missing: [ImagingMissingDay]
    var uptime: UptimeReport
    /// The tags of the imaging devices (the ones that keep a log), for what a line opens.
    var imagingTags: Set<String>

    static func load(_ store: Store, today: Day, now: Instant) throws -> RadiationImaging {
        RadiationImaging(configuration: try store.imagingConfiguration(today: today),
                         upkeep: try store.imagingUpkeep().filter { !$0.problems.isEmpty },
                         missing: try store.imagingMissingDays(today: today, from: today.adding(days: -30)),
                         uptime: try store.imagingUptime(from: today.firstOfMonth, to: today, now: now),
                         imagingTags: Set(try store.equipment().filter(ImagingDevices.isImaging).map(\.tag)))
    }

    var rowCount: Int { configuration.count + upkeep.count + missing.count }

    /// Requirements short of their count, a device down counting as missing (R70).
    var shortfalls: Int { configuration.filter { $0.shortfall > 0 }.count }
}

/// What Enter opens on a line of the licences or imaging section (docs/DECISIONS.md).
enum RadiationOpening: Equatable {
    /// A licence, or an imaging device's running-status log.
    case page(RadiationPageState.Subject)
    /// A device's record and history (the device screen).
    case device(String)
}

extension RadiationLicences {
    /// A licence line opens the licence; a task line opens the licence it names, else its
    /// device's record (a device no licence lists, a configuration licence, R92–R93); the
    /// exemption's task (R95) names neither and opens nothing.
    func opening(at i: Int) -> RadiationOpening? {
        if standings.indices.contains(i) { return .page(.licence(standings[i].licence.number)) }
        let t = i - standings.count
        guard tasks.indices.contains(t) else { return nil }
        let task = tasks[t]
        if standings.contains(where: { $0.licence.number == task.licence }) { return .page(.licence(task.licence)) }
        return task.device.isEmpty ? nil : .device(task.device)
    }
}

extension RadiationImaging {
    /// A missing-day line or a device's R67 line opens its device's log (R66). A configuration line (R70) opens the
    /// first of its devices present but down, else the first working one: an imaging device's
    /// log, or the record of a piece of the rescue kit; a requirement nothing fills opens nothing.
    func opening(at i: Int) -> RadiationOpening? {
        if configuration.indices.contains(i) {
            let line = configuration[i]
            guard let tag = (line.down + line.working).first else { return nil }
            return imagingTags.contains(tag) ? .page(.imagingLog(tag)) : .device(tag)
        }
        let u = i - configuration.count
        if upkeep.indices.contains(u) { return .page(.imagingLog(upkeep[u].device)) }
        let m = u - upkeep.count
        return missing.indices.contains(m) ? .page(.imagingLog(missing[m].device)) : nil
    }
}
