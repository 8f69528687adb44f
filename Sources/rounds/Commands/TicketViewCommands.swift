import ArgumentParser
import Foundation
import RoundsApp
import RoundsCore
import RoundsStore

/// `rounds ticket show NUMBER`: one ticket as of --now: its summary, timeline, events and exceptions.
struct TicketShow: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: Help.text(en: "One ticket as of --now: state, timeline with durations, every signed step, exceptions.",
                                                 zh: "截至 --now 的一张维修单：状态、带时长的时间线、每个签名步骤、例外情况。"))
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: Help.ticketNumber) var number: String?

    func run() throws {
        try refusing {
            let number = try TicketArgs.number(number)
            let session = try Session.open(global, readOnly: true)
            guard let stored = try Refusal.guarding({ try session.store.ticket(number) }) else { throw Refusal(en: "no ticket \(number)", zh: "没有维修单 \(number)") }
            let ticket = stored.asOf(session.now)
            guard !ticket.events.isEmpty else {
                throw Refusal("\(number) was opened after --now (\(session.calendar.format(stored.openedAt ?? session.now)))")
            }
            let context = try Refusal.guarding { try session.store.ticketContext(device: ticket.device) }
            let device = try Refusal.guarding { try session.store.device(ticket.device) }
            let view = TicketOutput(calendar: session.calendar, now: session.now, chinese: global.isChinese)
            let signed = try Refusal.guarding { try session.store.signedSteps(ticket.number) }
            try output.print(view.show(ticket, device: device, exceptions: ticket.exceptions(now: session.now, context: context),
                                       signed: signed, format: output.format))
        }
    }
}

/// `rounds ticket list`: open tickets, most urgent first.
struct TicketList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: Help.text(en: "Open tickets as of --now, most urgent first (priority, then oldest), with state, device and age.",
                                                 zh: "截至 --now 的未结维修单，最紧急的在前（优先级，然后最早的），含状态、设备和时长。"))
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @Flag(help: Help.text(en: "Every ticket, also closed, refused and cancelled ones.",
                          zh: "所有维修单，包括已关闭、已拒绝和已取消的。")) var all = false
    @Option(help: Help.text(en: "Only devices of this department (code).",
                            zh: "只看此科室（科室编码）的设备。")) var department: String?
    @Flag(help: Help.text(en: "Only tickets assigned to the user.",
                          zh: "只看派给当前用户的维修单。")) var mine = false

    func run() throws {
        try refusing {
            let session = try Session.open(global, readOnly: true)
            if let department, try Refusal.guarding({ try session.store.departments() }).first(where: { $0.code == department }) == nil {
                throw Refusal("--department: no department '\(department)'")
            }
            // The store's open filter reads the stored state; the list is as of --now, and "open" is
            // `TicketState.isOpen` (a returned ticket still waits to be closed).
            let stored = try Refusal.guarding {
                try session.store.tickets(TicketFilter(openOnly: false, department: department))
            }
            let tickets = stored.map { $0.asOf(session.now) }
                .filter { !$0.events.isEmpty && (all || $0.isOpen) && (!mine || $0.assignee == session.login) }
                .sorted { ($0.priority, $0.openedAt ?? session.now, $0.number) < ($1.priority, $1.openedAt ?? session.now, $1.number) }
            let devices = try Refusal.guarding { try session.store.equipment() }
            let byTag = Dictionary(devices.map { ($0.tag, $0) }, uniquingKeysWith: { a, _ in a })
            let view = TicketOutput(calendar: session.calendar, now: session.now, chinese: global.isChinese)
            try output.print(view.list(tickets, devices: byTag, format: output.format))
        }
    }
}

/// `rounds ticket substitutes NUMBER`: devices that could stand in for the ticket's device (R53, R54).
struct TicketSubstitutes: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "substitutes",
        abstract: Help.text(en: "Candidate substitute devices for the ticket's device: same category, standby first (R53 b, R54).",
                            zh: "维修单所涉设备的候选替代设备：同类别，备用的在前（R53 b、R54）。"))
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: Help.ticketNumber) var number: String?
    @Option(help: Help.text(en: "The equipment department's spare pool (department code); default: the department of the equipment head(s).",
                            zh: "设备科的备用设备池（科室编码）；默认：设备科主任所在的科室。"))
    var pool: String?

    func run() throws {
        try refusing {
            let number = try TicketArgs.number(number)
            let session = try Session.open(global, readOnly: true)
            guard let ticket = try Refusal.guarding({ try session.store.ticket(number) }) else { throw Refusal(en: "no ticket \(number)", zh: "没有维修单 \(number)") }
            guard let failed = try Refusal.guarding({ try session.store.device(ticket.device) }) else {
                throw Refusal(en: "no device with tag '\(ticket.device)'", zh: "没有资产编号为 '\(ticket.device)' 的设备")
            }
            let departments = try Refusal.guarding { try session.store.departments() }
            if let pool, !departments.contains(where: { $0.code == pool }) { throw Refusal("--pool: no department '\(pool)'") }
            let heads = Set(try Refusal.guarding { try session.store.people() }
                .filter { $0.has(.equipmentHead) && !$0.department.isEmpty }.map(\.department))
            let spare = pool ?? (heads.count == 1 ? heads.first : nil)
            // Devices already standing in on any ticket are busy.
            let busy = Set(try Refusal.guarding { try session.store.tickets(TicketFilter(openOnly: false)) }
                .flatMap { $0.asOf(session.now).activeSubstitutes })
            let candidates = SubstituteCandidates.suggest(
                for: failed, among: try Refusal.guarding { try session.store.equipment() }, busyTags: busy,
                keyDepartments: Set(departments.filter(\.isKey).map(\.code)), spareDepartment: spare)
            let view = TicketOutput(calendar: session.calendar, now: session.now, chinese: global.isChinese)
            try output.print(view.substitutes(candidates, for: ticket.number, device: failed, format: output.format))
        }
    }
}
