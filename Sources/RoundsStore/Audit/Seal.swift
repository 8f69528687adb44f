import Foundation
import RoundsCore

/// A seal: the head of the audit chain written down outside the store (R3).
///
/// The audit chain proves that nobody edited the history *inside* it: every entry's hash covers the
/// one before. It cannot prove that the history was not cut short, rolled back, swapped for an older
/// copy of the file, or rewritten from some entry on with every hash recomputed: each of those leaves
/// a chain that is sound in itself. A seal closes that gap. It is one line of text,
///
///     seal 1842 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 2026-12-01T19:03:22+08:00 wangfang
///
/// that says "audit entry #1842 had this hash", with when (local ISO 8601 with the facility's
/// offset) and by whom (the login of the person at the keyboard). Because the hash of entry #1842
/// covers every entry before it, a store whose entry #1842 still has that hash still holds, byte for
/// byte, the history that was sealed. A line kept somewhere else (the seal log beside the store, the
/// foot of a printed report, a notebook) is enough for `rounds verify --seal LINE` to check that.
///
/// ```swift
/// let seal = Seal(auditID: 1842, hash: head, at: now, calendar: store.settings.calendar, login: "wangfang")
/// seal.line                              // "seal 1842 9f86… 2026-12-01T19:03:22+08:00 wangfang"
/// try Seal(line: seal.line) == seal      // true: the line is the whole seal
/// ```
public struct Seal: Sendable, Equatable {
    /// The audit entry the seal was made after (0 for an empty audit log).
    public var auditID: Int64
    /// That entry's chain hash: 64 lower-case hexadecimal digits.
    public var hash: String
    /// When it was sealed, as written: `2026-12-01T19:03:22+08:00`.
    public var time: String
    /// Who sealed it: the person at the keyboard (or the person whose write made the daily seal).
    public var login: String

    /// The first word of every seal line.
    public static let keyword = "seal"

    /// A seal of `auditID`/`hash` made at `at`, its time written in the facility's zone.
    public init(auditID: Int64, hash: String, at: Instant, calendar: FacilityCalendar, login: String) {
        self.auditID = auditID
        self.hash = hash
        self.time = Self.isoTime(at, calendar)
        self.login = login
    }

    /// The line as it is written to the seal log and at the foot of documents.
    public var line: String { "\(Self.keyword) \(auditID) \(hash) \(time) \(login)" }

    /// The instant of ``time`` (the time carries its own offset, so no zone is needed).
    public var instant: Instant { Self.parseTime(time)! }

    /// `2026-12-01T19:03:22+08:00`: local date and time in the facility zone with its UTC offset.
    public static func isoTime(_ t: Instant, _ calendar: FacilityCalendar) -> String {
        func two(_ v: Int64) -> String { v < 10 ? "0\(v)" : "\(v)" }
        let s = Int64(calendar.secondsIntoDay(t))
        let offset = calendar.offset(at: t)
        let sign = offset < 0 ? "-" : "+"
        let a = abs(offset)
        return "\(calendar.day(of: t))T\(two(s / 3600)):\(two(s / 60 % 60)):\(two(s % 60))\(sign)\(two(a / 3600)):\(two(a / 60 % 60))"
    }

    /// Reads `YYYY-MM-DDTHH:MM:SS±HH:MM` (or `…Z`), the only form a seal's time takes.
    static func parseTime(_ text: String) -> Instant? {
        let u = Array(text.utf8)
        func digits(_ r: Range<Int>) -> Int64? {
            guard r.upperBound <= u.count else { return nil }
            var v: Int64 = 0
            for i in r { guard (48...57).contains(u[i]) else { return nil }; v = v * 10 + Int64(u[i] - 48) }
            return v
        }
        guard u.count == 25 || u.count == 20, u[4] == UInt8(ascii: "-"), u[7] == UInt8(ascii: "-"), u[10] == UInt8(ascii: "T"), u[13] == UInt8(ascii: ":"),
              u[16] == UInt8(ascii: ":"), let day = Day(parsing: String(decoding: u[0..<10], as: UTF8.self)),
              let h = digits(11..<13), let m = digits(14..<16), let s = digits(17..<19), h < 24, m < 60, s < 60 else { return nil }
        var offset: Int64 = 0
        if u.count == 20 {
            guard u[19] == UInt8(ascii: "Z") else { return nil }
        } else {
            guard u[19] == UInt8(ascii: "+") || u[19] == UInt8(ascii: "-"), u[22] == UInt8(ascii: ":"),
                  let oh = digits(20..<22), let om = digits(23..<25), oh <= 14, om < 60 else { return nil }
            offset = (oh * 3600 + om * 60) * (u[19] == UInt8(ascii: "-") ? -1 : 1)
        }
        return Instant(seconds: Int64(day.dayNumber) * 86_400 + h * 3600 + m * 60 + s - offset)
    }

    /// Reads a seal line, for example one copied from the foot of a printed report.
    ///
    /// Words may be separated by several spaces or tabs (a line typed in again from paper), and the
    /// hash may be in capitals; anything else that is not exactly
    /// `seal <audit id> <chain hash> <time> <login>` is refused with a ``SealLineError`` saying which
    /// word is wrong.
    public init(line text: String) throws {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let words = trimmed.split(maxSplits: 4, whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        func refuse(_ why: String) -> SealLineError { SealLineError(line: text, problem: why) }
        guard words.first == Self.keyword else { throw refuse("it does not begin with the word `seal`") }
        guard words.count == 5 else { throw refuse("it has \(words.count) of the 5 words") }
        guard words[1].utf8.allSatisfy({ (48...57).contains($0) }), let id = Int64(words[1]) else {
            throw refuse("the audit id '\(words[1])' is not a whole number")
        }
        let hash = words[2].lowercased()
        guard hash.utf8.count == 64, hash.utf8.allSatisfy({ (48...57).contains($0) || (97...102).contains($0) }) else {
            throw refuse("the chain hash '\(words[2])' is not 64 hexadecimal digits")
        }
        guard Self.parseTime(words[3]) != nil else {
            throw refuse("the time '\(words[3])' is not local ISO 8601 with an offset, like 2026-12-01T19:03:22+08:00")
        }
        let login = words[4].trimmingCharacters(in: .whitespaces)
        guard !login.isEmpty, !login.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw refuse("the login is missing or holds control characters")
        }
        self.auditID = id
        self.hash = hash
        self.time = words[3]
        self.login = login
    }
}

/// A line that is not a seal line, and why.
public struct SealLineError: Error, CustomStringConvertible, Equatable {
    /// The text as given.
    public var line: String
    /// Which word is wrong, in a phrase: "the audit id 'x' is not a whole number".
    public var problem: String

    public var description: String {
        let shown = String(String.UnicodeScalarView(line.prefix(200).unicodeScalars.map {
            $0.properties.generalCategory == .control ? "?" : $0
        }))
        return "'\(shown)' is not a seal line (`seal <audit id> <chain hash> <time> <login>`): \(problem)"
    }
}
