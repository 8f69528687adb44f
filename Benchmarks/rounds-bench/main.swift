// rounds-bench: builds a large hospital through the ordinary, audited write path, then times what a
// user waits for. Run it with a release build:
//
//   swift run -c release rounds-bench [--devices 15000] [--years 10] [--store PATH] [--runs 5]
//   swift run -c release rounds-bench --pin-guesses [--runs 20]   (seconds per PIN guess, then exit)
//
// Prints the machine, the store size, and the median (and min/max) of each operation.
import Foundation
import RoundsApp
import RoundsCore
import RoundsStore
import TerminalUI

var devicesWanted = 15_000, years = 10, runs = 5, pinGuesses = false
var storePath = FileManager.default.temporaryDirectory.appendingPathComponent("rounds-bench.sqlite").path
var args = CommandLine.arguments.dropFirst().makeIterator()
while let a = args.next() {
    switch a {
    case "--devices": devicesWanted = Int(args.next() ?? "") ?? devicesWanted
    case "--years": years = Int(args.next() ?? "") ?? years
    case "--runs": runs = Int(args.next() ?? "") ?? runs
    case "--store": storePath = args.next() ?? storePath
    case "--pin-guesses": pinGuesses = true
    default: print("usage: rounds-bench [--devices N] [--years N] [--runs N] [--store PATH] [--pin-guesses]"); exit(64)
    }
}

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let t = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - t) / 1e9
}

func report(_ name: String, _ samples: [Double]) {
    let s = samples.sorted()
    let median = s[s.count / 2]
    func ms(_ v: Double) -> String { String(format: "%9.1f ms", v * 1000) }
    print("\(name.padding(toLength: 44, withPad: " ", startingAt: 0)) median \(ms(median))   min \(ms(s.first!))   max \(ms(s.last!))")
}

func maxRSSMegabytes() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

// MARK: PIN guesses
// What one guess at a stored PIN costs someone who holds the file: one PINHash.matches with a wrong
// PIN (v2 scrypt at PINHash.cost; v1 for comparison), one core, `runs` times.
if pinGuesses {
    let v2 = PINHash.make("246810"), v1 = "v1$00112233445566778899aabbccddeeff$" + String(repeating: "0", count: 64)
    print("PIN guesses, \(ProcessInfo.processInfo.activeProcessorCount) cores, \(max(runs, 20)) runs; stored \(v2.prefix(22))…")
    let n = max(runs, 20)
    report("v2 scrypt N=\(PINHash.cost.n) r=\(PINHash.cost.r) p=\(PINHash.cost.p)", (0..<n).map { i in seconds { _ = PINHash.matches(String(100_000 + i), v2) } })
    // CPU time of this thread: what a guess costs the attacker's core, whatever else the machine runs.
    func cpuSeconds(_ body: () -> Void) -> Double {
        var a = timespec(), b = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &a); body(); clock_gettime(CLOCK_THREAD_CPUTIME_ID, &b)
        return Double(b.tv_sec - a.tv_sec) + Double(b.tv_nsec - a.tv_nsec) / 1e9
    }
    report("v2, CPU time of the thread", (0..<n).map { i in cpuSeconds { _ = PINHash.matches(String(200_000 + i), v2) } })
    // Neighbouring costs, for choosing PINHash.cost again on other hardware.
    for c in [PINHash.Cost(n: 1 << 15, r: 8, p: 1), PINHash.Cost(n: 1 << 15, r: 12, p: 1), PINHash.Cost(n: 1 << 16, r: 8, p: 1)] where c != PINHash.cost {
        let stored = PINHash.make("246810", cost: c)
        report("  N=\(c.n) r=\(c.r) p=\(c.p), CPU time", (0..<n).map { i in cpuSeconds { _ = PINHash.matches(String(300_000 + i), stored) } })
    }
    report("v1 1,000 x SHA-256", (0..<n).map { i in seconds { _ = PINHash.matches(String(100_000 + i), v1) } })
    exit(0)
}

let calendar = FacilityCalendar.shanghai
let today = Day(2026, 11, 22)!
let now = calendar.instant(today, secondOfDay: 10 * 3600)
let since = Day(today.year - years, today.month, 1)!

// MARK: Generate
if !FileManager.default.fileExists(atPath: storePath) {
    print("generating \(devicesWanted) devices, \(years) years of history into \(storePath) …")
    var random = SeededRandom(seed: 42)
    let generation = try seconds {
        let store = try Store.create(path: storePath, settings: StoreSettings(calendar: calendar, since: since, kind: .practice), actor: "bench", at: calendar.startOfDay(since))
        let start = calendar.instant(since, secondOfDay: 8 * 3600)
        var devices: [Equipment] = []
        try store.write(actor: "bench", at: start, options: .generated) { rec in
            try rec.save(Person(login: "bench", name: "基准测试", roles: [.engineer, .equipmentHead]))
            for e in 1...12 { try rec.save(Person(login: "eng\(e)", name: "工程师\(e)", roles: [.engineer])) }
            let categories = ["ventilator", "monitor", "infusion-pump", "defibrillator", "ecg", "ultrasound", "suction", "bed"]
            let names = ["呼吸机", "监护仪", "输液泵", "除颤仪", "心电图机", "超声诊断仪", "吸引器", "病床"]
            for d in 0..<40 {
                let code = String(format: "D%02d", d)
                try rec.save(Department(code: code, name: "科室\(d)", nameEN: "Department \(d)", isKey: d < 8))
                try rec.save(Person(login: "c\(code)", name: "保管人\(d)", roles: [.custodian, .operator], department: code))
            }
            for i in 0..<devicesWanted {
                let c = i % categories.count
                let dept = String(format: "D%02d", i % 40)
                let e = Equipment(tag: String(format: "%@-%05d", dept, i), name: names[c], nameEN: categories[c], department: dept,
                                  category: categories[c], lifeSupport: c == 0, emergency: c == 3 || c == 6,
                                  manufacturer: "迈瑞 Mindray", model: "M\(c)", serial: "SN\(i)", inService: since.adding(days: -(i % 900)),
                                  custodian: "c\(dept)", location: "房间\(i % 300)")
                devices.append(e)
                try rec.save(e)
            }
        }
        let engineers = (1...12).map { "eng\($0)" }
        var month = since
        var tickets = 0
        while month < today {
            try store.write(actor: "bench", at: calendar.instant(month.lastOfMonth, secondOfDay: 18 * 3600), options: .generated) { rec in
                for (i, d) in devices.enumerated() {
                    let by = engineers[i % engineers.count]
                    func inspect(_ day: Day, _ kind: InspectionKind) throws {
                        guard day < today, Double.random(in: 0..<1, using: &random) < 0.95 else { return }
                        try rec.recordInspection(WorkStamp(device: d.tag, at: calendar.instant(day, secondOfDay: 10 * 3600), by: by),
                                                 kind: kind, result: .ok, calendar: calendar)
                    }
                    try inspect(month.adding(days: 5 + i % 15), month.month % 3 == 0 ? .quarterly : .monthly)
                    if (d.lifeSupport || d.emergency) && (i % 40) < 8 {
                        try inspect(month.adding(days: 10), .tenDay)
                        try inspect(month.adding(days: 20), .tenDay)
                    }
                    // About 0.35 failures per device-year, a few hours to a few days each.
                    if Double.random(in: 0..<1, using: &random) < 0.35 / 12 {
                        let opened = calendar.instant(month.adding(days: i % 27), secondOfDay: 9 * 3600)
                        guard opened < now else { continue }
                        let report = try rec.reportFault(device: d.tag, fault: "故障", at: opened, by: by, source: .request, calendar: calendar)
                        guard !report.linked else { continue }
                        tickets += 1
                        let back = opened.adding(seconds: Int64(Int.random(in: 3600...(3 * 86_400), using: &random)))
                        guard back < now else { continue }
                        for (k, step) in [TicketStep.assigned(to: by), .received(), .started,
                                          .repaired(work: "更换部件", cause: .component), .returned(recipient: d.custodian)].enumerated() {
                            try rec.recordTicketStep(report.number, TicketEvent(at: k < 3 ? opened.adding(seconds: 600) : back,
                                                                                 by: k == 4 ? d.custodian : by, step: step),
                                                     calendar: calendar)
                        }
                    }
                }
            }
            month = month.firstOfNextMonth
        }
        print("  \(tickets) tickets")
    }
    print(String(format: "generated in %.1f s", generation))
}

// MARK: Measure
let size = (try? FileManager.default.attributesOfItem(atPath: storePath)[.size] as? Int) ?? 0
let store = try Store.open(path: storePath)
let counts = try store.read { db in
    (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM equipment") ?? 0, try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM inspections") ?? 0,
     try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM tickets") ?? 0, try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM audit") ?? 0)
}
print("store: \(counts.0) devices, \(counts.1) inspections, \(counts.2) tickets, \(counts.3) audit entries, \(size / 1_048_576) MiB")
print("machine: \(ProcessInfo.processInfo.processorCount) cores, \(ProcessInfo.processInfo.physicalMemory / 1_073_741_824) GiB; runs per operation: \(runs)")

@MainActor func measure(_ name: String, _ body: () throws -> Void) rethrows {
    var samples: [Double] = []
    for _ in 0..<runs { samples.append(try seconds(body)) }
    report(name, samples)
}

try measure("open store (migrations checked)") { _ = try Store.open(path: storePath) }
try measure("overdue report (CONTRACT rules)") { _ = try store.overdueReport(today: today) }
try measure("uptime, this month (time-based)") {
    _ = UptimeCalculator.timeBased(from: today.firstOfMonth, to: today, now: now, calendar: calendar, devices: try store.exposures(now: now))
}
try measure("compliance report, last month") {
    let first = today.firstOfMonth.adding(days: -1).firstOfMonth
    _ = try store.complianceReport(from: first, to: first.lastOfMonth, today: today)
}
var app: App?
try measure("TUI start: dashboard data (App init)") {
    app = try App(environment: AppEnvironment(store: store, login: "bench", now: { now }), language: .zh)
}
measure("TUI first frame, 120x40") { _ = app!.render(size: Size(width: 120, height: 40)) }
app!.handle(.char("e"))
measure("archive: render a page of all devices") { _ = app!.render(size: Size(width: 120, height: 40)) }
measure("archive: page down 100 times (render each)") {
    for _ in 0..<100 { app!.handle(.pageDown); _ = app!.render(size: Size(width: 120, height: 40)) }
}
try measure("archive search 呼吸机 (Chinese substring)") { _ = try store.equipment(EquipmentFilter(text: "呼吸机")) }
try measure("device history (audit log)") { _ = try store.history(of: "D00-00000") }
let v = try seconds { _ = try store.verify() }
print(String(format: "%@ %9.1f ms (one run)", "verify: integrity + chain + every row".padding(toLength: 44, withPad: " ", startingAt: 0), v * 1000))
print(String(format: "max resident memory: %.0f MiB", maxRSSMegabytes()))
