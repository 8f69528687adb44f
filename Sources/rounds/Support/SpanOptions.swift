import ArgumentParser
import RoundsCore
import RoundsStore

/// `--from TIME --to TIME` (or `--start` / `--end`) of `record maintenance`: when the maintenance
/// started and ended (R34). The device was out of service between them, as planned downtime that
/// `report uptime` shows beside failure downtime and never counts in the rate.
///
/// Both or neither: without them the record has one time (`--at`) and no duration, as before. With
/// them `--at` defaults to `--to` (the work was done when it ended).
struct SpanOptions: ParsableArguments {
    @Option(name: [.customLong("from"), .customLong("start")],
            help: Help.text(en: "When the maintenance started (with --to); same forms as --now.",
                            zh: "保养开始时间（与 --to 同用）；格式同 --now。")) var from: String?
    @Option(name: [.customLong("to"), .customLong("end")],
            help: Help.text(en: "When it ended; the device was out of service from --from to --to, as planned downtime (R34). --at defaults to it.",
                            zh: "保养结束时间；设备自 --from 至 --to 停用，计为计划停机（R34）。--at 默认取此时间。")) var to: String?

    /// The span, or nil when neither is given; one without the other is refused.
    func span(_ session: Session) throws -> MaintenanceSpan? {
        switch (from, to) {
        case (nil, nil): return nil
        case let (f?, t?):
            return MaintenanceSpan(from: try TimeArguments.time(f, "--from", session.calendar),
                                   to: try TimeArguments.time(t, "--to", session.calendar))
        default:
            throw Refusal(en: "--from and --to go together: give both, or neither for a record without a duration",
                          zh: "--from 与 --to 须同时给出；不给则记录没有持续时间")
        }
    }
}
