/// The number of a repair ticket (维修单号, R102): `WX-2026-000123`, from 维修 (wéixiū, repair), the
/// year the request was made, and a six-digit sequence that restarts every year.
///
/// Pure formatting and parsing; the store hands out the sequence (`next(year:after:)`), so numbers
/// are unique per store.
///
/// ```swift
/// TicketNumber(year: 2026, sequence: 123).description   // "WX-2026-000123"
/// TicketNumber(parsing: "wx-2026-123")                  // year 2026, sequence 123
/// TicketNumber.next(year: 2026, after: [n1, n2])        // the year's highest sequence + 1
/// ```
public struct TicketNumber: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The prefix every number starts with.
    public static let prefix = "WX"

    public let year: Int
    public let sequence: Int

    public init(year: Int, sequence: Int) { self.year = year; self.sequence = sequence }

    /// Parses `WX-YYYY-NNNNNN` (case-insensitive prefix; the sequence may be unpadded).
    public init?(parsing text: String) {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].uppercased() == Self.prefix, parts[1].count == 4,
              parts[1].allSatisfy({ $0.isASCII && $0.isNumber }), !parts[2].isEmpty, parts[2].count <= 9,
              parts[2].allSatisfy({ $0.isASCII && $0.isNumber }),
              let y = Int(parts[1]), let s = Int(parts[2]), y >= 1, s >= 1 else { return nil }
        self.init(year: y, sequence: s)
    }

    /// The next free number of a year: one more than the highest sequence already used that year
    /// (1 for the year's first ticket).
    public static func next(year: Int, after existing: some Sequence<TicketNumber>) -> TicketNumber {
        let highest = existing.filter { $0.year == year }.map(\.sequence).max() ?? 0
        return TicketNumber(year: year, sequence: highest + 1)
    }

    /// `WX-2026-000123`: the sequence padded to six digits (more digits if ever needed).
    public var description: String {
        let s = String(sequence)
        let y = String(year)
        return "\(Self.prefix)-\(String(repeating: "0", count: max(0, 4 - y.count)))\(y)-"
            + String(repeating: "0", count: max(0, 6 - s.count)) + s
    }

    public static func < (a: TicketNumber, b: TicketNumber) -> Bool { (a.year, a.sequence) < (b.year, b.sequence) }

    public init(from decoder: Decoder) throws {
        let s = try decoder.singleValueContainer().decode(String.self)
        guard let n = TicketNumber(parsing: s) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a ticket number: \(s)"))
        }
        self = n
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}
