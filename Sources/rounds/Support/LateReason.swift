import ArgumentParser
import Foundation

/// `--reason TEXT`: why work done more than `late-entry-hours` ago is entered only now (补录, R4).
struct LateReason: ParsableArguments {
    @Option(help: Help.text(en: "Why the work is entered late: required when --at is more than late-entry-hours (default 24) ago (R4).",
                            zh: "补录的原因：--at 早于 late-entry-hours（默认 24 小时）以上时必填（R4）。"))
    var reason: String?
}
