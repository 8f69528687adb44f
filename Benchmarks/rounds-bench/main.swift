// rounds-bench: builds a large hospital through the ordinary, audited write path, then times what a
// user waits for. Run it with a release build:
//
//   swift build -c release --static-swift-stdlib
//   .build/release/rounds-bench [--devices 15000] [--years 10] [--store PATH] [--runs 5] [--verify-runs 1]
//   .build/release/rounds-bench --pin-guesses [--runs 20]   (seconds per PIN guess, then exit)
//
// (`--static-swift-stdlib` puts the Swift runtime inside the binaries, as a workstation install
// would have them: a process starts in about 10 ms instead of 17. docs/DECISIONS.md.)
//
// Prints the machine, the store size, and the median, p99, min and max of each operation, in the
// process and as whole `rounds` processes beside the same questions in plain SQL (docs/PERFORMANCE.md).
import Foundation
import RoundsApp
import RoundsCore
import RoundsStore
import TerminalUI

var devicesWanted = 15_000, years = 10, runs = 5, verifyRuns = 1, pinGuesses = false
var storePath = FileManager.default.temporaryDirectory.appendingPathComponent("rounds-bench.sqlite").path
var args = CommandLine.arguments.dropFirst().makeIterator()
while let a = args.next() {
    switch a {
    case "--devices": devicesWanted = Int(args.next() ?? "") ?? devicesWanted
    case "--years": years = Int(args.next() ?? "") ?? years
    case "--runs": runs = Int(args.next() ?? "") ?? runs
    case "--verify-runs": verifyRuns = Int(args.next() ?? "") ?? verifyRuns
    case "--store": storePath = args.next() ?? storePath
    case "--pin-guesses": pinGuesses = true
    default: print("usage: rounds-bench [--devices N] [--years N] [--runs N] [--verify-runs N] [--store PATH] [--pin-guesses]"); exit(64)
    }
}

/// Prints one figure and flushes, so the figures so far survive a run that is stopped or fails.
func report(_ name: String, _ samples: [Double]) { print(Samples(samples).line(name)); fflush(nil) }

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
                        // Signed back and closed the next morning, as a real history closes its tickets.
                        let closing = back.adding(seconds: 86_400)
                        for (k, step) in [TicketStep.assigned(to: by), .received(), .started,
                                          .repaired(work: "更换部件", cause: .component), .returned(recipient: d.custodian), .closed].enumerated()
                            where k < 5 || closing < now {
                            try rec.recordTicketStep(report.number, TicketEvent(at: k < 3 ? opened.adding(seconds: 600) : (k < 5 ? back : closing),
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
    print(String(format: "generated in %.1f s", generation)); fflush(nil)
}

// MARK: Measure
// Each figure: `runs` repetitions (more for what takes milliseconds), median and p99. Whole-process
// figures run the release `rounds` binary built beside this one (`swift build -c release
// --static-swift-stdlib` first).
let size = (try? FileManager.default.attributesOfItem(atPath: storePath)[.size] as? Int) ?? 0
let store = try Store.open(path: storePath)
let counts = try store.read { db in
    (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM equipment") ?? 0, try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM inspections") ?? 0,
     try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM tickets") ?? 0, try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM audit") ?? 0)
}
print("store: \(counts.0) devices, \(counts.1) inspections, \(counts.2) tickets, \(counts.3) audit entries, \(size / 1_048_576) MiB")
print("machine: \(ProcessInfo.processInfo.processorCount) cores, \(ProcessInfo.processInfo.physicalMemory / 1_073_741_824) GiB; runs per operation: \(runs) (x10 for the fast ones)")

@MainActor func measure(_ name: String, runs n: Int = runs, _ body: () throws -> Void) rethrows {
    var samples: [Double] = []
    for _ in 0..<n { samples.append(try seconds(body)) }
    report(name, samples)
}

// A working day after the last seal, for `verify --since-seal`: the first write of the day seals
// (DailySeal.swift), then one department's round follows. Written once; later runs find it there.
let dayTags = try store.read { try String.fetchAll($0, sql: "SELECT tag FROM equipment WHERE department = 'D01' ORDER BY tag") }
let lastSealID = try store.sealLog.lines()?.last.flatMap { try? Seal(line: $0.text).auditID } ?? 0
if try store.changeMark() == lastSealID, let first = dayTags.first {
    let morning = calendar.instant(today, secondOfDay: 8 * 3600)
    try store.write(actor: "bench", at: morning, options: .generated) { rec in
        _ = try rec.recordInspection(WorkStamp(device: first, at: morning, by: "eng1"), kind: .monthly, result: .ok, calendar: calendar)
    }
    try store.write(actor: "bench", at: now, options: .generated) { rec in
        for tag in dayTags.dropFirst() {
            _ = try rec.recordInspection(WorkStamp(device: tag, at: now, by: "eng1"), kind: .monthly, result: .ok, calendar: calendar)
        }
    }
}

print("\n-- in the process (library calls) --")
try measure("open store (migrations checked)") { _ = try Store.open(path: storePath) }
try measure("overdue report (kept due days)", runs: runs * 10) { _ = try store.overdueReport(today: today) }
try measure("uptime, this month (time-based)", runs: runs * 10) {
    _ = UptimeCalculator.timeBased(from: today.firstOfMonth, to: today, now: now, calendar: calendar, devices: try store.exposures(now: now))
}
try measure("uptime, a year (time-based)") {
    _ = UptimeCalculator.timeBased(from: today.adding(days: -364), to: today, now: now, calendar: calendar, devices: try store.exposures(now: now))
}
let lastMonth = today.firstOfMonth.adding(days: -1).firstOfMonth
try measure("compliance report, last month") { _ = try store.complianceReport(from: lastMonth, to: lastMonth.lastOfMonth, today: today) }
// One app at a time, as in the terminal UI's process: the previous one is let go before the next
// is made, so the process's peak is one app's, not two.
var app: App?
try measure("TUI start: dashboard data (App init)") {
    app = nil
    app = try App(environment: AppEnvironment(store: store, login: "bench", now: { now }), language: .zh)
}
app = nil
// The terminal UI's start: the first frame at once (device counts), then the load that brings the
// overdue counts and rates (off the input path), until they are on the screen.
var firstFrames: [Double] = [], withNumbers: [Double] = []
for _ in 0..<runs {
    let started = Date()
    let first = try App(environment: AppEnvironment(store: store, login: "bench", now: { now }), language: .zh, firstFrameAtOnce: true)
    _ = first.render(size: Size(width: 120, height: 40))
    firstFrames.append(Date().timeIntervalSince(started))
    while first.isLoadingInBackground { usleep(500) }
    first.tick()
    _ = first.render(size: Size(width: 120, height: 40))
    withNumbers.append(Date().timeIntervalSince(started))
}
report("TUI start: first frame at once (device counts)", firstFrames)
report("TUI start: until the frame has its numbers", withNumbers)
app = try App(environment: AppEnvironment(store: store, login: "bench", now: { now }), language: .zh)
measure("TUI first frame, 120x40", runs: runs * 10) { _ = app!.render(size: Size(width: 120, height: 40)) }
// Keystroke to frame: each key handled and the frame rendered, one sample per key.
var keySamples: [Double] = []
app!.handle(.char("e"))
for i in 0..<(runs * 40) {
    let key: Key = i % 4 == 3 ? .pageUp : (i % 2 == 0 ? .down : .pageDown)
    keySamples.append(seconds { app!.handle(key); _ = app!.render(size: Size(width: 120, height: 40)) })
}
report("keystroke to frame: archive (down, page down/up)", keySamples)
var backSamples: [Double] = []
for _ in 0..<runs {
    app!.handle(.char("q"))
    backSamples.append(seconds { app!.handle(.char("o")); _ = app!.render(size: Size(width: 120, height: 40)) })
    backSamples.append(seconds { app!.handle(.char("q")); _ = app!.render(size: Size(width: 120, height: 40)) })
    app!.handle(.char("e"))
}
report("keystroke to frame: open overdue board, back", backSamples)
try measure("archive search 呼吸机 (Chinese substring)") { _ = try store.equipment(EquipmentFilter(text: "呼吸机")) }
try measure("device history (audit log)", runs: runs * 10) { _ = try store.history(of: "D00-00000") }
try measure("verify --since-seal (\(dayTags.count) inspections since)") { _ = try store.verifySinceSeal() }
print(String(format: "peak resident memory of this process so far: %.0f MiB", maxRSSMegabytes()))

// MARK: Import
// 15,000 devices (or --devices) from a CSV into a fresh store, through `Importer` (one audited write).
do {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rounds-bench-import-\(getpid())")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    func write(_ name: String, _ text: String) throws -> String {
        let url = dir.appendingPathComponent(name); try Data(text.utf8).write(to: url); return url.path
    }
    let departments = try write("departments.csv", "code,name,key\n" + (0..<40).map { String(format: "D%02d,科室%d,%@", $0, $0, $0 < 8 ? "yes" : "no") }.joined(separator: "\n"))
    let people = try write("people.csv", "login,name,roles\nbench,基准测试,engineer;equipment-head\n")
    let equipment = try write("equipment.csv", "tag,name,department,category,life_support,in_service,manufacturer,model,serial,location\n"
        + (0..<devicesWanted).map { i in String(format: "D%02d-%05d,呼吸机,D%02d,ventilator,yes,2020-01-01,迈瑞 Mindray,M1,SN%d,房间%d", i % 40, i, i % 40, i, i % 300) }.joined(separator: "\n"))
    var samples: [Double] = []
    for r in 0..<runs {
        let path = dir.appendingPathComponent("import-\(r).sqlite").path
        let fresh = try Store.create(path: path, settings: StoreSettings(calendar: calendar, since: since, kind: .practice), actor: "bench", at: now)
        let importer = Importer(store: fresh, actor: "bench", at: now, options: .generated)
        _ = try importer.run(.departments, file: departments)
        _ = try importer.run(.people, file: people)
        samples.append(try seconds { _ = try importer.run(.equipment, file: equipment) })
    }
    report("import \(devicesWanted) devices from CSV", samples)
}

// MARK: Whole processes, against the same questions in plain SQL through the sqlite3 tool
let binDir = (Bundle.main.executablePath.map { ($0 as NSString).deletingLastPathComponent }) ?? ".build/release"
let rounds = binDir + "/rounds"
guard FileManager.default.isExecutableFile(atPath: rounds) else {
    print("\n(no \(rounds): run `swift build -c release --static-swift-stdlib` for the whole-process figures)")
    exit(0)
}
print("\n-- whole processes (start to exit, output to /dev/null) --")
let env = ["ROUNDS_USER=bench", "ROUNDS_NOW=\(today)T10:00"]
@MainActor func whole(_ name: String, runs n: Int = runs, _ args: [String]) -> Samples {
    let (s, peak) = WholeProcess(arguments: [rounds, "--store", storePath] + args, environment: env).measure(runs: n)
    print(s.line(name) + String(format: "  peak %4.0f MiB", peak))
    return s
}
@MainActor func plainSQL(_ name: String, runs n: Int = runs, _ sql: String) -> Samples {
    let (s, peak) = WholeProcess(arguments: ["/usr/bin/sqlite3", "-readonly", "-json", storePath, sql]).measure(runs: n)
    print(s.line("  sqlite3: " + name) + String(format: "  peak %4.0f MiB", peak))
    return s
}
func ratio(_ a: Samples, _ b: Samples) { print(String(format: "  ratio rounds / plain SQL (medians): %.2f", a.median / b.median)) }

let overdue = whole("report overdue --format json", runs: runs * 2, ["report", "overdue", "--format", "json"])
ratio(overdue, plainSQL("each device's latest inspection (any, quarterly)", runs: runs * 2, PlainSQL.latestInspections(today: today)))
ratio(overdue, plainSQL("the overdue rows of the kept due days (for reference)", runs: runs * 2, PlainSQL.keptOverdue(today: today)))
let monthStart = calendar.startOfDay(today.firstOfMonth).seconds
let uptime = whole("report uptime --format json (this month)", runs: runs * 2, ["report", "uptime", "--format", "json"])
ratio(uptime, plainSQL("downtime and exposure per device, this month", runs: runs * 2, PlainSQL.uptime(from: monthStart, to: now.seconds)))
let yearStart = calendar.startOfDay(today.adding(days: -364)).seconds
let year = whole("report uptime --format json (a year)", ["report", "uptime", "--format", "json", "--from", "\(today.adding(days: -364))", "--to", "\(today)"])
ratio(year, plainSQL("downtime and exposure per device, a year", PlainSQL.uptime(from: yearStart, to: now.seconds)))
_ = whole("report compliance --format json (last month)", ["report", "compliance", "--format", "json", "--month", String(lastMonth.description.prefix(7))])
_ = whole("report kpi --format json (a year)", ["report", "kpi", "--format", "json", "--from", "\(today.adding(days: -364))", "--to", "\(today)"])
_ = whole("verify --since-seal", ["verify", "--since-seal"])
_ = whole("verify (full)", runs: verifyRuns, ["verify"])
