"""The recovery sheet of a sealed case: its random recovery key, printed once, with what it
is for and how to keep it. Like the call sheet it is a `Letter` with no addresses, which
core.letters.pdf lays out as a sheet; it names no person and holds nothing of the case but
the key and the key's fingerprint (eight characters that change with the passphrase, so a
current sheet is told from an old one)."""
from __future__ import annotations

from datetime import date

from core.letters.document import Block, Letter
from core.letters.formatting import date_text

_TEXTS: dict[str, dict[str, str]] = {  # "rules": the list's items, split at "|"
    "zh": {
        "title": "债务协商助手 · 案卷恢复密钥",
        "made": "制作日期：{day}",
        "what": "忘记密码时，这把恢复密钥也能打开你的案卷。在解锁界面输入下面这串字符，代替"
                "密码即可。短横线和空格可以不输，大小写都行。",
        "key": "恢复密钥",
        "fingerprint": "案卷标识",
        "match": "更换密码后标识也会变，可以用它分辨新旧两张纸。",
        "keep": "怎样保管",
        "rules": (
            "打印出来或抄在纸上，放在家里稳妥的地方，不要和电脑放在一起。|"
            "不要拍照存在手机里，不要发给任何人，也不要存到网盘。|"
            "谁拿到这张纸和电脑上的案卷文件夹，就能看到你的全部资料。|"
            "更换密码后，这张恢复密钥就作废了。请重新制作一张，并把这张销毁。|"
            "用恢复密钥打开案卷后，请马上设置一个新密码。"
        ),
        "page": "第 {page} 页，共 {pages} 页",
    },
    "en": {
        "title": "DebtDesk · Recovery key for your case",
        "made": "Made on {day}",
        "what": "If you forget your passphrase, this recovery key opens your case. At the "
                "unlock screen, type the characters below instead of the passphrase. Dashes "
                "and spaces may be left out, and capitals or small letters both work.",
        "key": "Recovery key",
        "fingerprint": "Case fingerprint",
        "match": "It changes with the passphrase, so it tells a current sheet from an old "
                 "one.",
        "keep": "How to keep it",
        "rules": (
            "Print it or copy it onto paper, and keep it somewhere safe at home, not with "
            "the computer.|"
            "Do not photograph it, send it to anyone, or store it online.|"
            "Anyone who has this sheet and the case folder on your computer can read "
            "everything in your case.|"
            "Changing the passphrase makes this key useless. Make a new sheet then, and "
            "destroy this one.|"
            "After opening the case with this key, set a new passphrase at once."
        ),
        "page": "Page {page} of {pages}",
    },
}


def recovery_sheet(code: str, fingerprint: str, language: str, today: date,
                   paper: str = "a4") -> Letter:
    """The sheet for recovery key `code` (as core.store.seal.new_recovery_code gives it)."""
    say = _TEXTS["zh" if language == "zh" else "en"]
    lang = "zh" if language == "zh" else "en"
    body = (
        Block("p", say["what"]),
        Block("h", f"{say['key']}：" if lang == "zh" else f"{say['key']}:"),
        Block("h", code),  # the heading's larger type, for copying by hand
        Block("p", f"{say['fingerprint']}：{fingerprint}。{say['match']}" if lang == "zh"
              else f"{say['fingerprint']}: {fingerprint}. {say['match']}"),
        Block("h", say["keep"]),
        Block("ol", items=tuple(say["rules"].split("|"))),
    )
    return Letter(language=lang, paper=paper, title=say["title"], author="",
                  sender=(), recipient=(), date_line=say["made"].format(
                      day=date_text(today, lang)),
                  salutation="", body=body, closing=(), signature=(), page_label=say["page"],
                  dated=today)


def recovery_sheet_pdf(code: str, fingerprint: str, language: str, today: date,
                       paper: str = "a4") -> bytes:
    from core.letters.pdf import render

    return render(recovery_sheet(code, fingerprint, language, today, paper))
