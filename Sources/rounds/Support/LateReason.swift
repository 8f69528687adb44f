import ArgumentParser
import Foundation

/// `--reason TEXT`: why work done more than `late-entry-hours` ago is entered only now (补录, R4).
struct LateReason: ParsableArguments {
    @Option(help: "Why the work is entered late (补录): required when --at is more than late-entry-hours (default 24) ago (R4).")
    var reason: String?
}
