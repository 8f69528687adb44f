import Foundation
import RoundsCore

/// What can be imported, and the columns of each file (CONTRACT "Import (CSV)").
public enum ImportKind: String, Sendable, CaseIterable {
    case departments, people, equipment

    /// A column: its English name, the Chinese header a hospital ledger exported from Excel uses,
    /// and whether a file must have it.
    struct Column {
        let name: String
        let chinese: String
        let required: Bool
    }

    var columns: [Column] {
        switch self {
        case .departments:
            return [Column(name: "code", chinese: "科室编码", required: true),
                    Column(name: "name", chinese: "科室名称", required: true),
                    Column(name: "name_en", chinese: "英文名称", required: false),
                    Column(name: "key", chinese: "重点科室", required: true)]
        case .people:
            return [Column(name: "login", chinese: "工号", required: true),
                    Column(name: "name", chinese: "姓名", required: true),
                    Column(name: "roles", chinese: "角色", required: true),
                    Column(name: "department", chinese: "科室", required: false)]
        case .equipment:
            return [Column(name: "tag", chinese: "资产编号", required: true),
                    Column(name: "name", chinese: "设备名称", required: true),
                    Column(name: "name_en", chinese: "英文名称", required: false),
                    Column(name: "department", chinese: "使用科室", required: true),
                    Column(name: "category", chinese: "设备类别", required: false),
                    Column(name: "life_support", chinese: "生命支持类", required: false),
                    Column(name: "emergency", chinese: "急救类", required: false),
                    Column(name: "radiation", chinese: "射线装置", required: false),
                    Column(name: "manufacturer", chinese: "生产厂家", required: false),
                    Column(name: "model", chinese: "规格型号", required: false),
                    Column(name: "serial", chinese: "出厂编号", required: false),
                    Column(name: "in_service", chinese: "启用日期", required: true),
                    Column(name: "status", chinese: "状态", required: false),
                    Column(name: "warranty_until", chinese: "保修截止", required: false),
                    Column(name: "custodian", chinese: "保管人", required: false),
                    Column(name: "location", chinese: "存放地点", required: false),
                    // R6, migration v17-archive-fields: all optional, so older files import as before.
                    Column(name: "supplier", chinese: "供应商", required: false),
                    Column(name: "purchase_value", chinese: "购置金额", required: false),
                    Column(name: "service_life_end", chinese: "使用年限截止", required: false),
                    Column(name: "maintainer", chinese: "维护责任人", required: false)]
                + ArchiveFlag.all.map { Column(name: $0.column, chinese: $0.chinese, required: false) }
        }
    }

    /// The key column: a row whose key exists updates that record.
    var keyColumn: String { columns[0].name }

    /// Finds the column a header cell names: English (any case) or Chinese.
    func column(named header: String) -> Column? {
        let h = header.trimmingCharacters(in: .whitespaces).lowercased()
        return columns.first { $0.name == h || $0.chinese == h }
    }
}

/// The value forms an import accepts.
enum ImportValues {
    /// `yes/no`, `true/false`, `1/0`, `是/否`, `y/n`, any case.
    static func bool(_ text: String) -> Bool? {
        switch text.trimmingWhitespace.lowercased() {
        case "yes", "true", "1", "是", "y": return true
        case "no", "false", "0", "否", "n": return false
        default: return nil
        }
    }
}
