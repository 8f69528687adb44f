import Foundation
import RoundsCore
import RoundsStore

/// Loads the screens that read the whole fleet — the dashboard, the overdue board, the uptime
/// board — off the input path, on a queue of their own (the store's pool gives each load its own
/// read connection and snapshot).
///
/// The app asks for a load when someone else's write or a new day makes a screen out of date, and
/// keeps showing what it has meanwhile: keys are handled at once. A finished load waits in
/// ``takeFinished()`` until the app's next tick applies it to the screen still at that depth
/// (App+BackgroundLoads.swift). The screens a person writes from (round mode, tickets, shifts) are
/// still re-read before a key acts: a key never records over a record it has not shown.
///
/// With ``inBackground`` false (the default, and what the tests of screens use) a load runs at once
/// on the caller's thread, exactly as before.
///
/// ```swift
/// loader.inBackground = true
/// loader.load(.dashboard(today: day, now: now), depth: 0, mark: 812, store: store)
/// // … later, on the input thread:
/// for result in loader.takeFinished() { apply(result) }
/// ```
final class ScreenLoader: @unchecked Sendable {
    /// The question a load answers: everything it needs, taken on the input thread.
    enum Request: Sendable {
        case dashboard(today: Day, now: Instant)
        case overdue(today: Day, department: String?)
        case uptime(now: Instant, method: UptimeMethod)
    }

    /// What a load read.
    enum Fresh: Sendable {
        case dashboard(DashboardState)
        case overdue(OverdueBoardState)
        case uptime(UptimeSummary)
    }

    /// A finished load, for the screen at `depth` of the stack, as of audit entry `mark`.
    struct Finished: Sendable {
        var depth: Int
        var mark: Int64
        var fresh: Fresh
    }

    /// Whether loads run on the loader's queue (the terminal UI) or at once (tests, and before).
    var inBackground = false
    /// Runs on the loader's queue before each load: lets a test hold a load back.
    var beforeLoad: (@Sendable () -> Void)?

    private let queue = DispatchQueue(label: "rounds.screen-loader", qos: .userInitiated)
    private let lock = NSLock()
    private var finished: [Finished] = []
    private var running = 0

    /// Reads `request` from `store`, now or in the background; a load that fails leaves the screen
    /// as it was (the next change or `R` tries again).
    func load(_ request: Request, depth: Int, mark: Int64, store: Store) {
        guard inBackground else {
            if let fresh = try? Self.read(request, store) { append(Finished(depth: depth, mark: mark, fresh: fresh)) }
            return
        }
        lock.lock(); running += 1; lock.unlock()
        let hold = beforeLoad
        queue.async { [self] in
            hold?()
            let fresh = try? Self.read(request, store)
            lock.lock()
            if let fresh { finished.append(Finished(depth: depth, mark: mark, fresh: fresh)) }
            running -= 1
            lock.unlock()
        }
    }

    /// The loads finished since the last call, oldest first.
    func takeFinished() -> [Finished] {
        lock.lock(); defer { lock.unlock() }
        let done = finished
        finished = []
        return done
    }

    /// Whether a load is still running.
    var isLoading: Bool { lock.lock(); defer { lock.unlock() }; return running > 0 }

    /// Waits until no load runs (tests); false after `seconds` without that.
    func waitUntilIdle(seconds: Double) -> Bool {
        let end = Date().addingTimeInterval(seconds)
        while isLoading { if Date() > end { return false }; usleep(2_000) }
        return true
    }

    private func append(_ f: Finished) { lock.lock(); finished.append(f); lock.unlock() }

    static func read(_ request: Request, _ store: Store) throws -> Fresh {
        switch request {
        case .dashboard(let today, let now): return .dashboard(try DashboardState.load(store, today: today, now: now))
        case .overdue(let today, let department): return .overdue(try OverdueBoardState.load(store, today: today, department: department))
        case .uptime(let now, let method): return .uptime(try UptimeSummary.load(store, now: now, method: method))
        }
    }
}
