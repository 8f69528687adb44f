import Foundation

/// Reads one flat JSON object of the audit log (`{"a":1,"b":"x"}`) into text values.
enum FlatJSON {
    static func parse(_ text: String) -> [String: String] {
        guard let data = text.data(using: .utf8),
              let obj = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return [:] }
        return obj.mapValues { value in
            if value is NSNull { return "" }
            return "\(value)"
        }
    }
}
