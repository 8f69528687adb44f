/// The weekly operating hours of a department or a device (R68 "time-based availability over
/// scheduled hours"; DOMAIN §4.4: only covered hours count, e.g. 08:00–18:00 Mon–Fri, or 24 × 7).
///
/// A list of windows, each a set of ISO weekdays (1 = Monday … 7 = Sunday) and a time range of the
/// local day in minutes [start, end). Written and read as text, windows separated by `;`:
///
/// ```swift
/// OperatingCalendar(parsing: "mon-fri 08:00-18:00")            // imaging on working days
/// OperatingCalendar(parsing: "mon-fri 08:00-18:00; sat 08:00-12:00")
/// OperatingCalendar.allHours.text                               // "mon-sun 00:00-24:00"
/// ```
public struct OperatingCalendar: Hashable, Sendable {
    public struct Window: Hashable, Sendable {
        /// ISO weekdays, 1 = Monday … 7 = Sunday.
        public var weekdays: Set<Int>
        /// Minutes after local midnight: [start, end), 0 ≤ start < end ≤ 1440.
        public var start: Int
        public var end: Int
    }

    public var windows: [Window]

    /// 24 × 7: every second counts (the default of every department and device).
    public static let allHours = OperatingCalendar(windows: [Window(weekdays: Set(1...7), start: 0, end: 1440)])

    static let dayNames = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

    /// Parses `DAYS HH:MM-HH:MM[; …]`; DAYS is `mon-fri`, `sat`, `mon,wed,fri` (ranges and lists
    /// of the three-letter English names). Nil when any part is not of that form.
    public init?(parsing text: String) {
        var windows: [Window] = []
        for part in text.split(separator: ";") {
            let words = part.split(separator: " ", omittingEmptySubsequences: true)
            guard words.count == 2, let days = Self.days(String(words[0])), let (s, e) = Self.hours(String(words[1])) else { return nil }
            windows.append(Window(weekdays: days, start: s, end: e))
        }
        guard !windows.isEmpty else { return nil }
        self.windows = windows
    }

    public init(windows: [Window]) { self.windows = windows }

    /// `mon-fri` → {1…5}; `sat,sun` → {6, 7}; nil for anything else.
    public static func days(_ text: String) -> Set<Int>? {
        var out = Set<Int>()
        for item in text.lowercased().split(separator: ",") {
            let ends = item.split(separator: "-").map { dayNames.firstIndex(of: String($0)).map { $0 + 1 } }
            guard (1...2).contains(ends.count), let a = ends.first ?? nil, let b = ends.last ?? nil, a <= b else { return nil }
            out.formUnion(a...b)
        }
        return out.isEmpty ? nil : out
    }

    /// `08:00-18:00` → (480, 1080); `00:00-24:00` is the whole day; nil when not start < end.
    public static func hours(_ text: String) -> (Int, Int)? {
        let ends = text.split(separator: "-").map { t -> Int? in
            let hm = t.split(separator: ":")
            guard hm.count == 2, hm[0].count == 2, hm[1].count == 2, let h = Int(hm[0]), let m = Int(hm[1]), (0...24).contains(h), (0..<60).contains(m) else { return nil }
            return h * 60 + m
        }
        guard ends.count == 2, let s = ends[0], let e = ends[1], s < e, e <= 1440 else { return nil }
        return (s, e)
    }

    /// The canonical text: `mon-fri 08:00-18:00; sat 08:00-12:00`.
    public var text: String {
        windows.map { w in
            var runs: [String] = []
            var d = 1
            while d <= 7 {
                guard w.weekdays.contains(d) else { d += 1; continue }
                var e = d
                while w.weekdays.contains(e + 1) { e += 1 }
                runs.append(e == d ? Self.dayNames[d - 1] : "\(Self.dayNames[d - 1])-\(Self.dayNames[e - 1])")
                d = e + 1
            }
            func hm(_ m: Int) -> String { (m / 60 < 10 ? "0" : "") + "\(m / 60):" + (m % 60 < 10 ? "0" : "") + "\(m % 60)" }
            return runs.joined(separator: ",") + " " + hm(w.start) + "-" + hm(w.end)
        }.joined(separator: "; ")
    }

    /// The operating seconds inside `window` (seconds since the epoch), day by local day.
    func seconds(in window: Range<Int64>, calendar: FacilityCalendar) -> SecondSet {
        guard !window.isEmpty else { return SecondSet([]) }
        let first = calendar.day(of: Instant(seconds: window.lowerBound))
        let last = calendar.day(of: Instant(seconds: window.upperBound - 1))
        var ranges: [Range<Int64>] = []
        for n in first.dayNumber...last.dayNumber {
            let day = Day(dayNumber: n)
            let midnight = calendar.startOfDay(day).seconds
            for w in windows where w.weekdays.contains(day.weekday) {
                ranges.append((midnight + Int64(w.start) * 60)..<(midnight + Int64(w.end) * 60))
            }
        }
        return SecondSet(ranges).clipped(to: window)
    }
}
