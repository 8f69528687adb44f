import Foundation

/// Work started on another thread now and waited for later: two readers of the store at once,
/// one per core (the store's pool gives each its own connection). `value()` waits for the work,
/// then gives its result or rethrows its error.
///
/// ```swift
/// let uptime = Alongside { try UptimeSummary.load(store, now: now) }
/// let overdue = try store.overdueReport(today: today)     // meanwhile, on this thread
/// let summary = try uptime.value()
/// ```
public final class Alongside<T>: @unchecked Sendable {
    private let group = DispatchGroup()
    /// Written by the work before `group` is left, read after `wait()`: the group orders the two.
    private var result: Result<T, Error>?

    public init(_ work: @escaping @Sendable () throws -> T) {
        DispatchQueue.global().async(group: group) { [self] in result = Result(catching: work) }
    }

    /// The work's result, once it has finished.
    public func value() throws -> T {
        group.wait()
        return try result!.get()
    }
}
