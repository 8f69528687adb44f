/// How a command prints its answer: `table` for people, `csv` and `json` for programs.
public enum OutputFormat: String, Sendable, CaseIterable {
    case table, csv, json
}
