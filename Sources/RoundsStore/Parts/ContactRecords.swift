import GRDB
import RoundsCore

/// An external service engineer (院外维修工程师, R60) for one device or for every device of a model.
public struct ServiceContact: Sendable, Equatable {
    public var id: Int64
    public var name: String
    public var company: String
    public var phone: String
    public var email: String
    public var wechat: String
    /// The device it is for, or nil for a model-level contact that every device of `model` inherits.
    public var device: String?
    public var model: String
    public var lastVerified: Day?
}

extension Recorder {
    /// Adds a contact for a device or a model (R60).
    @discardableResult
    public func addContact(name: String, company: String, phone: String, email: String = "", wechat: String = "",
                           device: String?, model: String, lastVerified: Day?) throws -> Int64 {
        guard !name.isEmpty else { throw StoreError.refused("R60", en: "a contact needs a name (--name)", zh: "联系人须有姓名（--name）") }
        guard !phone.isEmpty || !email.isEmpty || !wechat.isEmpty else { throw StoreError.refused("R60", en: "a contact needs a phone, e-mail or WeChat", zh: "联系人须有电话、电子邮箱或微信") }
        guard device != nil || !model.isEmpty else { throw StoreError.refused("R60", en: "give the device (--device) or the model (--model) the contact covers", zh: "请给出该联系人负责的设备（--device）或型号（--model）") }
        if let device, try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM equipment WHERE tag = ?)", arguments: [device]) != true {
            throw StoreError.notFound(en: "no device with tag '\(device)'", zh: "没有资产编号为 '\(device)' 的设备")
        }
        return try insert("service_contacts", ["name": name, "company": company, "phone": phone, "email": email, "wechat": wechat,
                                               "device": device, "model": model, "last_verified": lastVerified?.description,
                                               "at": at.seconds, "by": actor])
    }
}

extension Store {
    static func contact(_ r: Row) -> ServiceContact {
        ServiceContact(id: r["id"], name: r["name"], company: r["company"], phone: r["phone"], email: r["email"], wechat: r["wechat"],
                       device: r["device"], model: r["model"], lastVerified: (r["last_verified"] as String?).flatMap { Day(parsing: $0) })
    }

    /// The contacts of a device: its own and those of its model (R60: contacts may be kept per model).
    public func contacts(device tag: String) throws -> [ServiceContact] {
        guard let device = try device(tag) else { throw StoreError.notFound(en: "no device with tag '\(tag)'", zh: "没有资产编号为 '\(tag)' 的设备") }
        return try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM service_contacts WHERE device = ? OR (device IS NULL AND model <> '' AND model = ?) ORDER BY id",
                             arguments: [tag, device.model]).map(Store.contact)
        }
    }

    /// Tracked devices with fewer than two external contacts (R61), with how many they have.
    public func devicesLackingContacts(minimum: Int = 2) throws -> [(Equipment, Int)] {
        let devices = try equipment().filter { $0.status.isTracked }
        let counts: (byDevice: [String: Int], byModel: [String: Int]) = try read { db in
            var d: [String: Int] = [:], m: [String: Int] = [:]
            for r in try Row.fetchAll(db, sql: "SELECT device, model FROM service_contacts") {
                if let dev: String = r["device"] { d[dev, default: 0] += 1 } else if !(r["model"] as String).isEmpty { m[r["model"], default: 0] += 1 }
            }
            return (d, m)
        }
        return devices.map { ($0, (counts.byDevice[$0.tag] ?? 0) + (counts.byModel[$0.model] ?? 0)) }.filter { $0.1 < minimum }
    }
}
