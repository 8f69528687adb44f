/// Why the store refused a request. Every case reads as one line a person can act on.
public enum StoreError: Error, CustomStringConvertible, Equatable {
    case cannotOpen(String, String)
    case alreadyExists(String)
    case notFound(String)
    case notInitialised(String)
    /// A rule refused the change; the message names the rule (e.g. "R8: ...").
    case refused(String)
    /// An import was refused; one `FILE:LINE: column: message` per problem.
    case importRejected([String])

    public var description: String {
        switch self {
        case .cannotOpen(let path, let why): return "cannot open store \(path): \(why)"
        case .alreadyExists(let path): return "store already exists: \(path) (init refuses to overwrite it)"
        case .notFound(let what): return what
        case .notInitialised(let path): return "no store at \(path): create one with `rounds init` (or try `rounds demo`)"
        case .refused(let why): return why
        case .importRejected(let problems): return problems.joined(separator: "\n")
        }
    }
}
