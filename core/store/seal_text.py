"""The sealed store's messages (protect, passphrase, unprotect, the recovery key), added to
core.i18n's one catalogue when this module is imported: every module that says one of them
imports it (core.store.seal does, so whoever holds a key has them)."""
from __future__ import annotations

from core import i18n

MESSAGES: dict[str, tuple[str, str]] = {
    "seal_no_passphrase": (
        "这份数据已加密，需要密码：请用 DEBTDESK_PASSPHRASE_FILE 或 DEBTDESK_PASSPHRASE 提供，"
        "或在终端中运行以输入密码",
        "this store is sealed and needs its passphrase: give it with DEBTDESK_PASSPHRASE_FILE "
        "or DEBTDESK_PASSPHRASE, or run on a terminal to type it"),
    "seal_wrong_passphrase": ("密码不正确", "wrong passphrase"),
    "seal_newer": ("{file} 来自更新版本的 DebtDesk，请先升级本程序",
                   "{file} was made by a newer DebtDesk; upgrade DebtDesk to open it"),
    "seal_damaged": ("{file} 已损坏，无法读取加密参数（{detail}）",
                     "{file} is damaged: its sealing parameters cannot be read ({detail})"),
    "seal_not_sealed": ("这份数据没有加密", "this store is not sealed"),
    "seal_already": ("这份数据已经加密；要更换密码请用 passphrase 命令",
                     "this store is already sealed; to change its passphrase use the "
                     "passphrase command"),
    "seal_other_key": ("这把密钥不属于这份数据", "that key does not belong to this store"),
    "seal_switching": ("这份数据正在加密或更换密码，请稍后再试",
                       "this store is being sealed or re-keyed right now; try again in a moment"),
    "seal_window_open": ("DebtDesk 窗口正在使用这份数据，请先关闭窗口",
                         "a DebtDesk window has this store open; close it first"),
    "seal_cannot_read": ("无法读取 {file}，未做任何更改：{detail}",
                         "cannot read {file}, nothing was changed: {detail}"),
    "seal_file_broken": ("证据文件 {file} 已损坏或被改动，未做任何更改；请先运行 verify",
                         "the evidence file {file} is damaged or was changed, nothing was "
                         "changed; run verify first"),
    "seal_no_new_passphrase": (
        "需要新密码：请用 DEBTDESK_NEW_PASSPHRASE_FILE 提供，或在终端中运行以输入两次",
        "a new passphrase is needed: give it with DEBTDESK_NEW_PASSPHRASE_FILE, or run on a "
        "terminal to type it twice"),
    "seal_mismatch": ("两次输入的密码不一致，未做任何更改",
                      "the two passphrases differ; nothing was changed"),
    "seal_prompt": ("密码：", "Passphrase: "),
    "seal_prompt_new": ("新密码：", "New passphrase: "),
    "seal_prompt_again": ("再次输入新密码：", "New passphrase again: "),
    "sealed_done": ("已加密；加密前的备份：{file}", "sealed; the backup made first: {file}"),
    "seal_changed": ("密码已更换；更换前的备份：{file}",
                     "passphrase changed; the backup made first: {file}"),
    "unsealed_done": ("已解除加密；解除前的备份：{file}",
                      "unsealed; the backup made first: {file}"),
    "seal_recovery_void": (
        "之前打印的恢复密钥已经作废，打不开这份数据了；请在窗口的“文件 ▸ 安全”里重新制作一张",
        "the recovery sheet made before no longer opens this store; make a new one in the "
        "window (File ▸ Security)"),
}

i18n.register(MESSAGES)
