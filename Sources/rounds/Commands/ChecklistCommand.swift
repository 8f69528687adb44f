import ArgumentParser
import Foundation
import RoundsApp
import RoundsCore
import RoundsStore

/// `rounds checklist show --category C --kind K`: a checklist template as a device of that category
/// is asked it (R12–R19, R26–R29, R32, R74). Data/checklists.csv is the same table.
struct ChecklistCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checklist",
        abstract: Help.text(en: "Checklist templates: the items each kind of inspection and maintenance asks a device.",
                            zh: "检查表模板：各类巡检和保养对一台设备检查的项目。"),
        subcommands: [Show.self])

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", 
            abstract: Help.text(en: "Print a template for a device category (default: the default template of a powered device).",
                                zh: "打印某设备类别的检查表模板（默认：有电源设备的默认模板）。"))
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        @Option(help: Help.text(en: "ten-day, monthly, quarterly (inspections) or daily, first, second (maintenance tiers).",
                                zh: "ten-day、monthly、quarterly（巡检）或 daily、first、second（保养级别）。")) var kind: String
        @Option(help: Help.text(en: "The device category code, e.g. resuscitator, defibrillator, ventilator.",
                                zh: "设备类别代码，例如 resuscitator、defibrillator、ventilator。")) var category: String = ""
        @Flag(help: Help.text(en: "As rescue equipment (a device flagged emergency or life support; R32).",
                              zh: "按抢救设备（标记为急救类或生命支持类的设备；R32）。")) var rescue = false

        func run() throws {
            try refusing {
                guard let k = ChecklistKind(rawValue: kind) else {
                    throw Refusal(en: "--kind must be ten-day, monthly, quarterly, daily, first or second, not '\(kind)'",
                                  zh: "--kind 须为 ten-day、monthly、quarterly、daily、first 或 second，而不是 '\(kind)'")
                }
                let profile = ChecklistProfile(category: category, emergency: rescue, lifeSupport: false)
                try output.print(ChecklistOutput(chinese: global.isChinese).template(k, category: category, profile: profile, format: output.format))
            }
        }
    }
}

/// `rounds inspection show ID`: one inspection with its checklist answers, item by item.
struct InspectionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspection",
        abstract: Help.text(en: "Inspection records with their checklist answers.", zh: "巡检记录及其逐项检查结果。"),
        subcommands: [Show.self])

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", 
            abstract: Help.text(en: "One inspection: its result, and each checklist item's answer (the room's once per round, R19).",
                                zh: "一次巡检：其结果及每个检查项的回答（房间项每轮一次，R19）。"))
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        @Argument(help: Help.text(en: "The inspection's id (printed by `record inspection`).",
                                  zh: "巡检编号（由 `record inspection` 打印）。")) var id: Int64

        func run() throws {
            try refusing {
                let session = try Session.open(global, readOnly: true)
                // Records dated after --now do not exist yet (CONTRACT).
                guard let detail = try Refusal.guarding({ try session.store.inspection(id) }), detail.at <= session.now else {
                    throw Refusal(en: "no inspection \(id)", zh: "没有巡检 \(id)")
                }
                try output.print(ChecklistOutput(chinese: global.isChinese).inspection(detail, calendar: session.calendar, format: output.format))
            }
        }
    }
}
