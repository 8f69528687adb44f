import Foundation
import RoundsCore

extension DemoHistory {
    /// The demo imaging centre (IMG) and its licences (R66–R70, R90–R95):
    ///
    /// - the radiological licence lists every in-service radiation device but the mobile DR
    ///   `IMG-MX01`, so `licence tasks` shows one licence change (R92); its verification is due in
    ///   45 days (the 60-day reminder, R91);
    /// - the 3.0 T MRI holds its configuration licence, the 1.5 T one configured in 2018 does not
    ///   (R93: the 2018 catalogue in force then lists MRI of 1.5 T and more);
    /// - the CT, MRI and ultrasound specs; two of the four ultrasound units lack contrast imaging, so
    ///   the configuration check is one ultrasound short (R70);
    /// - the last 30 days of the running-status log of every in-service imaging device — the imaging
    ///   centre's and the other departments' (the cardiology cath lab's DSA, the wards' ultrasound
    ///   units, the theatre's C-arm: R66 asks it of every imaging device) — with the 16-slice CT's
    ///   record of ten days ago the one day missing (R66), one `down` day of a DR, one
    ///   `maintenance` day of an MRI, and `down` on the days a repair ticket had a device out of
    ///   service. The other departments' exam counts come from a generator of their own, so the
    ///   imaging centre's figures and everything generated after the log stay as they were.
    mutating func licencesAndImagingLog() throws {
        let devices = try store.equipment()
        guard let ct = devices.first(where: { $0.tag == "IMG-CT01" }) else { return }
        let start = min(now, calendar.instant(since, secondOfDay: 9 * 3600))
        let radiation = devices.filter { $0.status == .inService && LicenceChecks.isRadiationDevice($0) && $0.tag != "IMG-MX01" }
        let number = "吉卫放证字〔\(since.year - 2)〕第0012号"
        try store.write(actor: DemoHospital.demoLogin, at: start, options: .generated) { rec in
            let issued = since.adding(days: -700)
            try rec.recordLicence(RadiationLicence(number: number, holder: "示范人民医院", authority: "长春市卫生健康委员会", issuedOn: issued,
                                                   categories: [.xrayImaging, .interventional], verificationDue: today.adding(days: 45),
                                                   scans: ["licences/radiation-licence-original.pdf", "licences/radiation-licence-copy.pdf"]), today: since)
            for d in radiation {
                let parameters = d.category == "ct" ? "140 kV / 800 mA" : d.category == "dsa" ? "125 kV / 1000 mA" : "150 kV / 630 mA"
                try rec.addLicensedDevice(LicensedDevice(licence: number, device: d.tag, parameters: parameters, listedOn: issued), today: since)
            }
            let all = Set(ImagingFeature.allCases)
            for spec in [ImagingSpec(device: ct.tag, slices: 16), ImagingSpec(device: "IMG-CT02", slices: 256),
                         ImagingSpec(device: "IMG-MR01", tesla: 3.0), ImagingSpec(device: "IMG-MR02", tesla: 1.5),
                         ImagingSpec(device: "IMG-US01", features: all), ImagingSpec(device: "IMG-US02", features: all.subtracting([.contrast])),
                         ImagingSpec(device: "IMG-US03", features: all), ImagingSpec(device: "IMG-US04", features: all.subtracting([.contrast]))]
            where devices.contains(where: { $0.tag == spec.device }) {
                try rec.recordImagingSpec(spec)
            }
            if let mr = devices.first(where: { $0.tag == "IMG-MR01" }) {
                try rec.recordConfigurationLicence(device: mr.tag, number: "吉乙\(mr.inService.year)-0031", grade: .b, authority: "吉林省卫生健康委员会",
                                                   on: mr.inService, today: since)
            }
        }
        let imaging = devices.filter { $0.status == .inService && ImagingDevices.isImaging($0) }
        var departments = SeededRandom(seed: 20_261_201)
        let first = max(since, today.adding(days: -30))
        // A device out of service on a repair ticket is logged `down` on the days the ticket covers.
        let tickets = Dictionary(uniqueKeysWithValues: try store.exposures(now: now, since: calendar.startOfDay(first))
            .map { ($0.device, $0.downtime) })
        var day = first
        while day < today {
            let back = day.days(until: today)
            let when = min(now, calendar.instant(day, secondOfDay: 18 * 3600))
            var entries: [RunningStatusEntry] = []
            for d in imaging where !(d.tag == ct.tag && back == 10) {
                let (dayStart, dayEnd) = (calendar.startOfDay(day).seconds, calendar.startOfDay(day.adding(days: 1)).seconds)
                let onTicket = (tickets[d.tag] ?? []).contains { $0.start.seconds < dayEnd && ($0.end ?? now).seconds > dayStart }
                let status: RunningStatus = onTicket || (d.tag == "IMG-DR02" && back == 6) ? .down
                    : d.tag == "IMG-MR02" && back == 15 ? .maintenance : .normal
                let exams = status != .normal ? 0 : d.department == "IMG" ? Int.random(in: 10...60, using: &random)
                    : Int.random(in: 4...20, using: &departments)
                entries.append(RunningStatusEntry(device: d.tag, day: day, status: status, hoursInUse: status == .normal ? 8 : 0,
                                                  exams: exams, keptBy: d.custodian.isEmpty ? ct.custodian : d.custodian))
            }
            try store.write(actor: ct.custodian, at: when, options: .generated) { rec in
                for e in entries { try rec.recordRunningStatus(e, today: day) }
            }
            day = day.adding(days: 1)
        }
    }
}
