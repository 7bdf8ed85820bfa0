"""The one translation helper for messages that core shows to people.

The GUI translates its own strings with Qt Linguist; core cannot use Qt, so the handful of
messages it raises (validation problems, command-line output) live in this catalogue. The
language is process-wide: the window sets it when the user switches, the CLI from the locale.
"""

from __future__ import annotations

import os

_language = "en"

# key -> (Chinese, English). Placeholders are str.format fields, named, so word order may
# differ between the two languages.
_CATALOG: dict[str, tuple[str, str]] = {
    # validation problems
    "required": ("缺少必填项", "is required"),
    "unknown_key": ("未知字段（可能拼写有误）", "unknown key (probably a typo)"),
    "not_object": ("应为对象 {{…}}", "must be an object {{…}}"),
    "not_list": ("应为列表 […]", "must be a list […]"),
    "not_text": ("应为文本", "must be text"),
    "text_too_long": ("文本过长（最多 {max} 个字符）", "text too long (at most {max} characters)"),
    "not_bool": ("应为 true 或 false", "must be true or false"),
    "not_int": ("应为整数", "must be a whole number"),
    "int_range": ("应在 {lo} 到 {hi} 之间", "must be between {lo} and {hi}"),
    "int_min": ("不能小于 {lo}", "must be at least {lo}"),
    "int_too_large": ("数字过大（最大 {hi}）", "too large (at most {hi})"),
    "not_unicode": (
        "含有无效字符（不成对的代理字符 \\ud800–\\udfff），请删去后重试",
        "contains an invalid character (an unpaired surrogate \\ud800–\\udfff); remove it",
    ),
    "datetime_range": (
        "日期时间超出范围（换算为 UTC 后须在公元 1 年至 9999 年之间）",
        "a date and time out of range (in UTC it must fall in the years 1 to 9999)",
    ),
    "not_amount": (
        '不是有效的金额（应写成字符串，如 "1234.56"）',
        'not a decimal amount (write it as a string, e.g. "1234.56")',
    ),
    "amount_places": ("金额最多两位小数", "an amount has at most 2 decimal places"),
    "amount_negative": ("金额不能为负数", "an amount cannot be negative"),
    "amount_not_positive": ("金额必须大于 0", "the amount must be greater than 0"),
    "amount_too_large": ("金额过大（须小于 1 万亿）", "amount too large (must be below 10^12)"),
    "not_decimal": (
        '不是有效的数字（应写成字符串，如 "0.05"）',
        'not a decimal number (write it as a string, e.g. "0.05")',
    ),
    "fraction_range": (
        '比例应在 0 到 1 之间（"0.05" 即 5%）',
        'a fraction must be from 0 to 1 ("0.05" is 5%)',
    ),
    "rate_negative": ("利率不能为负数", "a rate cannot be negative"),
    "rate_daily_range": ("日利率须低于 1%（0.01）", "a daily rate must be below 0.01 (1% a day)"),
    "rate_annual_range": ("年利率须低于 1000%（10）", "an annual rate must be below 10 (1000%)"),
    "rate_basis": (
        "计息方式应为 daily（按日）或 annual（按年）",
        "the basis must be daily or annual",
    ),
    "not_date": ("不是有效日期（格式 YYYY-MM-DD）", "not a date (YYYY-MM-DD)"),
    "date_too_late": ("日期不能晚于 {latest}", "the date must be no later than {latest}"),
    "not_datetime": (
        "不是带时区的日期时间（如 2026-11-02T10:30:00+08:00）",
        "not a date and time with an offset (e.g. 2026-11-02T10:30:00+08:00)",
    ),
    "not_ref": (
        "编号应为 1–32 个字母、数字或 _ . - 字符",
        "a ref is 1–32 characters of A–Z a–z 0–9 _ . -",
    ),
    "not_choice": ("“{value}”不是可选值，可选：{choices}", '"{value}" is not one of: {choices}'),
    "not_currency": (
        "货币代码应为三个大写字母，如 CNY",
        "a currency is three capital letters, e.g. CNY",
    ),
    "currency_alias": (
        "“{value}”不是货币代码，请写 {code}",
        '"{value}" is not a currency code: use {code}',
    ),
    "unknown_currency": (
        "“{value}”不是 ISO 4217 货币代码（人民币是 CNY）",
        '"{value}" is not an ISO 4217 currency code (the yuan is CNY)',
    ),
    "not_country": ("国家/地区代码应为两个大写字母，如 CN",
                    "a country is two capital letters, e.g. CN"),
    "unknown_country": (
        "“{value}”不是 ISO 3166 国家/地区代码（中国是 CN，英国是 GB）",
        '"{value}" is not an ISO 3166 country code (China is CN, the UK is GB)',
    ),
    "not_sha256": ("应为 64 位小写十六进制", "must be 64 lowercase hex digits"),
    "duplicate_ref": ("编号“{ref}”重复", 'duplicate ref "{ref}"'),
    "duplicate_name": ("名称“{name}”重复", 'duplicate name "{name}"'),
    "duplicate_item": ("“{ref}”重复列出", '"{ref}" is listed twice'),
    "duplicate_term": (
        "同一笔债务只能有一条条款（“{ref}”已有）",
        'at most one term per debt ("{ref}" already has one)',
    ),
    "unknown_debt": ("没有编号为“{ref}”的债务", 'no debt with ref "{ref}"'),
    "unknown_evidence": ("没有编号为“{ref}”的证据", 'no evidence with ref "{ref}"'),
    "unknown_plan": ("没有名为“{name}”的方案", 'no plan named "{name}"'),
    "statement_older": ("新账单日期不能早于现有账单（{date}）",
                        "a new statement cannot be older than the current one ({date})"),
    "backup_unreadable": ("{file}: 不是可用的备份（{detail}）",
                          "{file}: not a usable backup ({detail})"),
    "no_such_payment": ("这笔还款记录已不存在（可能已被删除）",
                        "this payment no longer exists (it may have been deleted)"),
    "no_such_agreement": ("这份协议已不存在（可能已被删除）",
                          "this agreement no longer exists (it may have been deleted)"),
    "no_such_contact": ("这条联系记录已不存在（可能已被删除）",
                        "this contact no longer exists (it may have been deleted)"),
    "unknown_contact": ("没有编号为“{ref}”的联系记录", 'no contact with ref "{ref}"'),
    # letters
    "letter_kind": ("信函类型“{kind}”不可用，可选：{choices}",
                    'no letter kind "{kind}"; choose one of: {choices}'),
    "letter_language": ("信函语言“{language}”不可用，可选：zh、en",
                        'no letter language "{language}"; choose zh or en'),
    "letter_paper": ("纸张“{paper}”不可用，可选：a4、letter",
                     'no paper size "{paper}"; choose a4 or letter'),
    "letter_addressee": ("只有投诉信可以写给监管机构（收信方“{to}”无效）",
                         'only a complaint can be addressed to the regulator (not "{to}")'),
    "letter_no_regulator": (
        "没有“{country}”的监管机构资料，投诉信只能写给债权人",
        'no regulator is known for "{country}": address the complaint to the creditor',
    ),
    "letter_no_breaches": (
        "联系记录中没有发现债务“{debt}”的催收违规行为，无法写投诉信（请在联系记录中标记对方的"
        "行为，并检查“个人情况”中的国家/地区）",
        'the call log shows no likely breach of the collection rules for debt "{debt}", so '
        "there is nothing to complain about (mark the caller's conduct in the call log and "
        "check the country under your situation)",
    ),
    "letter_needs_plan": ("这类信函需要选定一个还款方案", "this kind of letter needs a plan"),
    "letter_needs_settlement": (
        "方案中债务“{debt}”不是一次性结清（settlement），无法写结清申请",
        'the plan has no settlement term for debt "{debt}"',
    ),
    "letter_settlement_unfunded": (
        "按此方案，第 {month} 个月的钱不够一次性结清债务“{debt}”；"
        "请增加一次性资金或推迟结清后再写信",
        'the plan cannot pay the settlement of debt "{debt}" in full in month {month}; add '
        "one-off funds or pause it longer before writing",
    ),
    "letter_needs_pause": (
        "方案中债务“{debt}”没有暂停月数（pause_months），无法写延期还款申请",
        'the plan has no term with pause_months for debt "{debt}"',
    ),
    "letter_needs_contact": (
        "债务“{debt}”还没有联系记录，无法写确认函",
        'debt "{debt}" has no contact in the call log to confirm',
    ),
    "letter_contact_other_debt": (
        "联系记录“{ref}”不是关于债务“{debt}”的，信中不能引用",
        'contact "{ref}" is not about debt "{debt}", so the letter cannot quote it',
    ),
    "due_follow_up": ("跟进", "follow-up"),
    "due_reply": ("回复期满", "reply due"),
    "due_installment": ("协议还款", "agreed installment"),
    "due_plan_payment": ("方案还款", "plan payment"),
    "due_late": ("（已过 {days} 天）", "({days} days late)"),
    "due_none": (
        "接下来 {days} 天内没有到期的事项。",
        "Nothing falls due in the next {days} days.",
    ),
    "not_pdf_name": ("{file}: 文件名应以 .pdf 结尾", "{file}: the file name must end in .pdf"),
    "letter_written": (
        "已生成信函：{file}（{pages} 页）",
        "letter written: {file} ({pages} pages)",
    ),
    "id_length": (
        "身份证号应为 18 位，这里是 {count} 位，请核对",
        "a Chinese ID number has 18 characters; this one has {count}: please check it",
    ),
    "id_birth_date": (
        "身份证号中的出生日期（{digits}）不是有效日期，请核对",
        "the birth date in this ID number ({digits}) is not a real date: please check it",
    ),
    "id_check_character": (
        "身份证号的最后一位（校验码）与前 17 位对不上，可能有一位输错了，请核对",
        "the last character of this ID number does not match the first 17 (its check "
        "character): one may be mistyped, please check it",
    ),
    "letter_missing_characters": (
        "注意：字体里没有这些字，打印出来会是空白：{chars}。可改用同音字或拼音，或打印后手写补上",
        "note: the font has no glyph for these characters, which will print blank: {chars}. "
        "Use another spelling, or write them in by hand after printing",
    ),
    "desktop_installed": ("已加入桌面菜单：{file}", "added to the desktop's menu: {file}"),
    "desktop_not_installed": ("无法加入桌面菜单：{detail}",
                              "could not add DebtDesk to the desktop's menu: {detail}"),
    "empty_list": ("至少需要一项", "needs at least one entry"),
    "months_required": ("分期（installments）须填写期数 months", "installments need months"),
    "amount_required": (
        "一次性结清（settlement）须填写金额 amount",
        "a settlement needs an amount",
    ),
    "wrong_format": (
        '不是 DebtDesk 案卷（format 应为 "debtdesk-case"）',
        'not a DebtDesk case file (format must be "debtdesk-case")',
    ),
    "newer_version": (
        "案卷版本 {version} 比本程序支持的版本 {supported} 新，请先更新 DebtDesk",
        "case file version {version} is newer than this DebtDesk understands "
        "({supported}); update DebtDesk first",
    ),
    "bad_version": ("版本号应为整数 1", "version must be the whole number 1"),
    "not_json": (
        "{file}: 不是有效的 UTF-8 JSON 文件（{detail}）",
        "{file}: not a UTF-8 JSON file ({detail})",
    ),
    "not_utf8_file": (
        "{file}: 不是 UTF-8 编码的文本（第 {offset} 字节处）；请另存为 UTF-8 后再导入",
        "{file}: not UTF-8 text (at byte {offset}); save it as UTF-8 and import it again",
    ),
    "case_too_large": ("{file}: 超过 {limit} MB，不像案卷文件，未导入",
                       "{file}: over {limit} MB, larger than any case file: not imported"),
    "json_syntax": (
        "{file}: JSON 格式有误，问题在第 {line} 行第 {column} 列附近（{detail}）",
        "{file}: the JSON is malformed near line {line}, column {column} ({detail})",
    ),
    "cannot_read": ("{file}: 无法读取（{detail}）", "{file}: cannot be read ({detail})"),
    "cannot_write": ("{file}: 无法写入（{detail}）", "{file}: cannot be written ({detail})"),
    "store_not_empty": (
        "数据库中已有案卷数据；如要覆盖，请加 --replace",
        "the store already holds a case; add --replace to overwrite it",
    ),
    "unknown_suffix": ("{file}: 文件名应以 .json 或 .debtcase 结尾",
                       "{file}: the file name must end in .json or .debtcase"),
    "debt_ref_taken": ("编号“{ref}”已被另一笔债务使用", 'the ref "{ref}" is used by another debt'),
    "no_such_debt": (
        "这笔债务已不存在（可能已被删除）",
        "this debt no longer exists (it may have been deleted)",
    ),
    "store_newer": (
        "数据库由更新版本的 DebtDesk 创建（{revision}），请更新 DebtDesk",
        "the store was written by a newer DebtDesk ({revision}); update DebtDesk",
    ),
    "store_damaged": (
        "数据文件已损坏：{file}。最新的完好备份是 {backup}（{made}）："
        "请在窗口中选择“恢复最新备份”，或用 import --replace 导入一份案卷文件；"
        "损坏的文件会被改名保留，不会删除",
        "the data file {file} is damaged. The newest good backup is {backup} ({made}): restore "
        "it from the window, or import a case file with import --replace; the damaged file is "
        "renamed and kept, never deleted",
    ),
    "store_damaged_no_backup": (
        "数据文件已损坏：{file}，且没有完好的备份；请用 import --replace 导入一份案卷文件"
        "（.debtcase 或 .json）；损坏的文件会被改名保留，不会删除",
        "the data file {file} is damaged and there is no good backup; import a case file "
        "(.debtcase or .json) with import --replace; the damaged file is renamed and kept, "
        "never deleted",
    ),
    "kept_before_import": ("被替换的案卷已另存为 {file}，可从中恢复",
                           "the case it replaced is kept as {file}, to restore if need be"),
    "store_moved_aside": ("损坏的数据文件已改名保留为 {file}",
                          "the damaged data file is kept as {file}"),
    "disk_full": (
        "磁盘已满，无法在 {folder} 中写入；请腾出一些空间后重试，已有数据未被改动",
        "the disk holding {folder} is full; free some space and try again (nothing was "
        "changed)",
    ),
    "folder_read_only": (
        "无法在 {folder} 中写入：文件夹是只读的或没有写入权限；请检查其权限，或换一个可写的位置",
        "cannot write in {folder}: it is read-only or you may not write there; check its "
        "permissions, or choose a place you can write to",
    ),
    "no_such_folder": (
        "文件夹 {folder} 不存在；请先创建它，或换一个位置",
        "the folder {folder} does not exist; create it first, or choose another place",
    ),
    "store_locked": ("数据库正忙，请稍后再试", "the store is busy; try again in a moment"),
    "store_read_only": (
        "另一个 DebtDesk 窗口正在使用这份数据，本窗口为只读，不能保存修改；请在那个窗口中修改，"
        "或关闭它后重新打开本程序",
        "another DebtDesk window has this data open, so this window is read-only and saves "
        "nothing; make the change there, or close it and open DebtDesk again",
    ),
    "store_read_only_old": (
        "这份数据需要先升级，而只读窗口不能升级；请关闭另一个 DebtDesk 窗口后重新打开",
        "this data must be upgraded first, which a read-only window cannot do; close the "
        "other DebtDesk window and open it again",
    ),
    # evidence files
    "no_such_evidence": (
        "这份证据已不存在（可能已被移除）",
        "this evidence no longer exists (it may have been removed)",
    ),
    "ev_missing": ("{file}: 文件不存在", "{file}: no such file"),
    "ev_broken_link": (
        "{file}: 快捷方式（链接）指向的文件不存在",
        "{file}: a link to a file that is not there",
    ),
    "ev_link_loop": (
        "{file}: 快捷方式（链接）循环指向自身",
        "{file}: a link that loops back on itself",
    ),
    "ev_folder": ("{file}: 这是文件夹，不是文件", "{file}: a folder, not a file"),
    "ev_not_regular": (
        "{file}: 不是普通文件（设备或特殊文件）",
        "{file}: not a regular file (a device or special file)",
    ),
    "ev_unreadable": ("{file}: 无法读取（{detail}）", "{file}: cannot be read ({detail})"),
    "ev_empty": ("{file}: 文件是空的", "{file}: the file is empty"),
    "ev_too_large": ("{file}: 文件超过 {limit} 的上限", "{file}: larger than the {limit} limit"),
    "ev_not_utf8": (
        "{file}: 这是文本文件，但不是 UTF-8 编码（看起来是 {encoding}）；请在记事本等程序中"
        "“另存为”UTF-8 后再添加",
        "{file}: a text file, but not in UTF-8 (it looks like {encoding}); save it as UTF-8 "
        "and add it again",
    ),
    "ev_type": ("{file}: 不支持的文件类型（可用图片、PDF、录音、邮件或纯文本）",
                "{file}: not a type DebtDesk keeps (images, PDF, audio, email or plain text)"),
    "ev_damaged": ("{file}: 文件已损坏，无法完整打开，请重新扫描（{detail}）",
                   "{file}: damaged, it does not open in full; rescan it ({detail})"),
    "ev_cancelled": ("{file}: 已取消", "{file}: cancelled"),
    "ev_stored": ("{file}: 已保存为 {ref}", "{file}: stored as {ref}"),
    "ev_duplicate": ("{file}: 内容与已有的 {ref} 相同，未重复保存（原有信息不变）",
                     "{file}: the same bytes as {ref}, not stored twice (its details unchanged)"),
    "ev_attached": ("{file}: 已补上 {ref} 缺少的文件内容（原有信息不变）",
                    "{file}: its bytes attached to {ref}, which had none (its details unchanged)"),
    "ev_renamed": ("{file}: 文件名与内容不符，按实际类型（{suffix}）保存",
                   "{file}: its name does not match its content; kept as its real type ({suffix})"),
    "verify_database": (
        "数据库检查（{subject}）：{detail}",
        "database check ({subject}): {detail}",
    ),
    "verify_missing": ("{subject}: 缺少文件内容", "{subject}: its file is missing"),
    "verify_changed": (
        "{subject}: 文件内容已被改动（哈希不符）",
        "{subject}: its file has changed (hash mismatch)",
    ),
    "verify_unreferenced": ("证据库中的 {subject} 没有被任何记录引用",
                            "{subject} in the evidence store: nothing refers to it"),
    "verify_ok": (
        "检查完毕：数据库与 {count} 份证据文件均完好",
        "all good: the database and {count} evidence files check out",
    ),
    "bad_archive": ("{file}: 不是有效的 .debtcase 案卷包（{detail}），未做任何改动",
                    "{file}: not a valid .debtcase archive ({detail}); nothing was changed"),
    "archive_encrypted": (
        "“{name}”已加密，DebtDesk 无法读取；请重新导出一份不加密码的文件",
        "\"{name}\" is encrypted, which DebtDesk cannot read; export the file again without "
        "a password",
    ),
    "archive_damaged": (
        "“{name}”已损坏（{detail}），无法使用；请换用这个文件的另一份副本",
        "\"{name}\" is damaged ({detail}) and cannot be used; use another copy of the file",
    ),
    "archive_duplicate": ("包内有重名文件", "a member appears twice"),
    "archive_member": ("包内有不允许的文件“{name}”", "a member that does not belong: \"{name}\""),
    "archive_too_large": ("“{name}”过大", "\"{name}\" is too large"),
    "archive_evidence_too_large": (
        "证据文件“{name}”超过 {limit} MB 的上限（可用 DEBTDESK_EVIDENCE_LIMIT_MB 调整）",
        'the evidence file "{name}" is over the {limit} MB limit (DEBTDESK_EVIDENCE_LIMIT_MB '
        "changes it)",
    ),
    "archive_total_too_large": ("解压后的内容超过 4 GB，不予导入",
                                "its contents come to more than 4 GB uncompressed: not imported"),
    "bad_limit_setting": (
        "设置 {name}=“{value}”无效：应为以 MB 计的正整数，如 300",
        'the setting {name}="{value}" is not a whole number of megabytes, e.g. 300',
    ),
    "archive_incomplete": (
        "缺少 case.json 或 manifest.sha256",
        "case.json or manifest.sha256 is missing",
    ),
    "archive_manifest": (
        "清单与包内文件不符（{name}）",
        "the manifest does not match the members ({name})",
    ),
    "archive_hash": ("“{name}”的哈希与清单不符", "\"{name}\" does not match its hash"),
    "backup_suffix": (
        "{file}: 备份文件名应以 .debtcase 结尾",
        "{file}: a backup's name must end in .debtcase",
    ),
    "backed_up": (
        "已备份到 {file}（含 {count} 份证据文件）",
        "backed up to {file} ({count} evidence files)",
    ),
    # command line output
    "imported": (
        "已导入：{debts} 笔债务，{contacts} 条联系记录，{plans} 个方案",
        "imported: {debts} debts, {contacts} contacts, {plans} plans",
    ),
    "exported": ("已导出到 {file}", "exported to {file}"),
}


def set_language(language: str) -> None:
    """Choose the language of core's messages ("zh" or "en"); anything else means English."""
    global _language
    _language = "zh" if language.lower().startswith("zh") else "en"


def language() -> str:
    return _language


def language_from_environment(environ: dict[str, str] | None = None) -> str:
    """The person's language as the locale variables give it (DEBTDESK_LANG wins)."""
    env = os.environ if environ is None else environ
    for name in ("DEBTDESK_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    return "en"


def register(messages: dict[str, tuple[str, str]]) -> None:
    """Add a subject's own messages (key -> (Chinese, English)) to the catalogue; its module
    does so when imported. A key may not be taken twice."""
    taken = messages.keys() & _CATALOG.keys()
    assert not taken, f"message keys taken twice: {sorted(taken)}"
    _CATALOG.update(messages)


def t(key: str, **params: object) -> str:
    """The message `key` in the current language, with its placeholders filled."""
    zh, en = _CATALOG[key]
    return (zh if _language == "zh" else en).format(**params)
