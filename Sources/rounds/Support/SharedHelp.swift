import ArgumentParser

/// Help texts that several commands share, each written once in both languages (see ``Help``).
extension Help {
    static var ticketNumber: ArgumentHelp { text(en: "The ticket number, WX-YYYY-NNNNNN.", zh: "维修单号，WX-YYYY-NNNNNN。") }
    static var onlyDepartment: ArgumentHelp { text(en: "Only this department (code).", zh: "只看此科室（科室编码）。") }
    static var freeText: ArgumentHelp { text(en: "Free text.", zh: "自由文本。") }
    static var tableFormat: ArgumentHelp { text(en: "table (default), csv or json.", zh: "table（表格，默认）、csv 或 json。") }
    static var why: ArgumentHelp { text(en: "Why.", zh: "原因。") }
    static var whyRequired: ArgumentHelp { text(en: "Why. Required.", zh: "原因。必填。") }
    static var fault: ArgumentHelp { text(en: "What is wrong, as reported. Required.", zh: "报修时描述的故障。必填。") }
    static var handoverNumber: ArgumentHelp { text(en: "The handover's number.", zh: "交接班编号。") }
    static var deviceTag: ArgumentHelp { text(en: "The device's tag (asset number).", zh: "设备的资产编号。") }
    static var device: ArgumentHelp { text(en: "The device (tag).", zh: "设备（资产编号）。") }
    static var yourDepartment: ArgumentHelp { text(en: "The department (default: yours).", zh: "科室（默认：你所在的科室）。") }
    static var partCode: ArgumentHelp { text(en: "Part code.", zh: "备件编码。") }
    static var lastDay: ArgumentHelp { text(en: "Last local day, inclusive (default: today).", zh: "结束本地日期，含当天（默认：今天）。") }
    static var howMany: ArgumentHelp { text(en: "How many (1 or more).", zh: "数量（1 或以上）。") }
    static var firstDay: ArgumentHelp { text(en: "First local day (default: the first of this month).", zh: "起始本地日期（默认：本月 1 日）。") }
    static var deviceTags: ArgumentHelp { text(en: "Device tags.", zh: "设备资产编号。") }
}
