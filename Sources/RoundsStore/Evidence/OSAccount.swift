import Foundation

/// The operating-system account this process runs as, from the system's user database.
///
/// A signature whose signer's login equals this name is proven by the operating system (CONTRACT
/// "Signatures"): the OS authenticated the account before the program started. It is read from the
/// effective user id (`geteuid` → `getpwuid`), never from `USER`, `LOGNAME` or any other variable a
/// caller can set.
///
/// ```swift
/// OSAccount.current   // "zhengli" when run by the account zhengli (ssh, login shell, cron)
/// ```
public enum OSAccount {
    /// The account name, or nil when the user database has no entry for the effective uid.
    public static let current: String? = {
        guard let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name else { return nil }
        return String(cString: name)
    }()
}
