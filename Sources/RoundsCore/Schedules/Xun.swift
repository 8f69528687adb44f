/// The Chinese ten-day periods (旬) of a month: 上旬 days 1–10, 中旬 11–20, 下旬 21 to the month's end
/// (8 to 11 days long). Used by the calendar variant of the ten-day rule (R13, DOMAIN §8 Q2).
///
/// ```swift
/// Day(2026, 2, 25)!.lastOfXun        // 2026-02-28 (下旬 of a short February)
/// Day(2026, 2, 25)!.endOfNextXun     // 2026-03-10
/// Day(2026, 3, 11)!.isFirstOfXun     // true
/// ```
extension Day {
    /// 0 for days 1–10, 1 for 11–20, 2 for 21 to the end of the month.
    public var xunIndex: Int { min((day - 1) / 10, 2) }

    /// The first day of this day's 旬: the 1st, 11th or 21st.
    public var firstOfXun: Day { Day(year, month, xunIndex * 10 + 1)! }

    /// The last day of this day's 旬: the 10th, the 20th or the month's last day.
    public var lastOfXun: Day { xunIndex == 2 ? lastOfMonth : Day(year, month, xunIndex * 10 + 10)! }

    /// The last day of the 旬 after this day's one: 2026-01-25 → 2026-02-10.
    public var endOfNextXun: Day { lastOfXun.adding(days: 1).lastOfXun }

    /// Whether a 旬 starts on this day (the 1st, 11th or 21st).
    public var isFirstOfXun: Bool { day == 1 || day == 11 || day == 21 }
}
