<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../gui/about_dialog.py" line="22"/>
        <source>About DebtDesk</source>
        <translation>关于债务协商助手</translation>
    </message>
    <message>
        <location filename="../../gui/about_dialog.py" line="32"/>
        <source>&lt;p&gt;Version %1. Free software under the %2 licence: you may use, share and change it; it comes with no warranty.&lt;/p&gt;</source>
        <translation>&lt;p&gt;版本 %1。本软件是自由软件，按 %2 许可证发布：您可以使用、分享和修改它；它不附带任何担保。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/about_dialog.py" line="35"/>
        <source>&lt;p&gt;Helps you negotiate overdue debts with your creditors and keep to what was agreed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;帮助您与债权人协商逾期债务，并按约定履行。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/about_dialog.py" line="37"/>
        <source>&lt;p&gt;Your data stays on this computer, in %1. Backups are kept in %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;您的资料只保存在这台电脑上：%1。备份保存在：%2。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/about_dialog.py" line="39"/>
        <source>&lt;p&gt;Built with:&lt;/p&gt;</source>
        <translation>&lt;p&gt;本软件使用了以下组件：&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/about_dialog.py" line="41"/>
        <source>Open the data &amp;folder</source>
        <translation>打开资料文件夹(&amp;F)</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../gui/debts/payment_dialogs.py" line="122"/>
        <source>Record the agreement with %1</source>
        <translation>记录与 %1 达成的协议</translation>
    </message>
    <message>
        <location filename="../../gui/debts/payment_dialogs.py" line="127"/>
        <source>Due</source>
        <translation>还款日</translation>
    </message>
    <message>
        <location filename="../../gui/debts/payment_dialogs.py" line="127"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../gui/debts/payment_dialogs.py" line="132"/>
        <source>Add installment</source>
        <translation>添加一期</translation>
    </message>
    <message>
        <location filename="../../gui/debts/payment_dialogs.py" line="133"/>
        <source>Remove selected</source>
        <translation>删除所选</translation>
    </message>
    <message>
        <location filename="../../gui/debts/payment_dialogs.py" line="143"/>
        <source>what the creditor wrote off, if anything</source>
        <translation>债权人减免的金额（如有）</translation>
    </message>
    <message>
        <location filename="../../gui/debts/payment_dialogs.py" line="161"/>
        <source>Anything else the agreement says</source>
        <translation>协议中的其他约定</translation>
    </message>
    <message>
        <location filename="../../gui/debts/payment_dialogs.py" line="170"/>
        <source>What the written agreement states:</source>
        <translation>书面协议写明的事项：</translation>
    </message>
    <message>
        <location filename="../../gui/debts/payment_dialogs.py" line="173"/>
        <source>Other &amp;terms</source>
        <translation>其他约定(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../gui/debts/payment_dialogs.py" line="240"/>
        <source>Wait until the files are attached.</source>
        <translation>请等文件添加完成。</translation>
    </message>
    <message>
        <location filename="../../gui/debts/payment_dialogs.py" line="166"/>
        <source>Agreed &amp;on</source>
        <translation>达成日期(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../gui/debts/payment_dialogs.py" line="167"/>
        <source>Installments</source>
        <translation>分期安排</translation>
    </message>
    <message>
        <location filename="../../gui/debts/payment_dialogs.py" line="169"/>
        <source>&amp;Forgiven</source>
        <translation>减免金额(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/debts/payment_dialogs.py" line="174"/>
        <source>Signed copy (evidence)</source>
        <translation>签字的协议（证据）</translation>
    </message>
    <message>
        <location filename="../../gui/debts/payment_dialogs.py" line="219"/>
        <source>%1 installments, %2 in all</source>
        <translation>共 %1 期，合计 %2</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../gui/case/backup_dialog.py" line="17"/>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../gui/case/backup_dialog.py" line="22"/>
        <source>%1 debts, %2 contacts, %3 payments, %4 documents</source>
        <translation>%1 笔债务，%2 条联系记录，%3 笔还款，%4 份材料</translation>
    </message>
    <message>
        <location filename="../../gui/case/backup_dialog.py" line="25"/>
        <source>automatic</source>
        <translation>自动备份</translation>
    </message>
    <message>
        <location filename="../../gui/case/backup_dialog.py" line="25"/>
        <source>made by hand</source>
        <translation>手动备份</translation>
    </message>
    <message>
        <location filename="../../gui/case/backup_dialog.py" line="32"/>
        <source>Restoring replaces everything in DebtDesk with the backup; what you have now is kept first as a backup of its own.</source>
        <translation>恢复会用备份替换 DebtDesk 中的全部数据；现在的数据会先另存为一份备份。</translation>
    </message>
</context>
<context>
    <name>BriefDialog</name>
    <message>
        <location filename="../../gui/letters/brief_dialog.py" line="102"/>
        <source>Before you call</source>
        <translation>致电前准备</translation>
    </message>
    <message>
        <location filename="../../gui/letters/brief_dialog.py" line="103"/>
        <source>&amp;Debt:</source>
        <translation>债务(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../gui/letters/brief_dialog.py" line="104"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../gui/letters/brief_dialog.py" line="105"/>
        <source>P&amp;rint…</source>
        <translation>打印(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../gui/letters/brief_dialog.py" line="106"/>
        <source>&amp;Save as PDF…</source>
        <translation>保存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../gui/letters/brief_dialog.py" line="107"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../gui/letters/brief_dialog.py" line="114"/>
        <source>Add a debt first: the sheet is about one debt.</source>
        <translation>请先添加债务：准备单是针对某一笔债务的。</translation>
    </message>
    <message>
        <location filename="../../gui/letters/brief_dialog.py" line="117"/>
        <source>Preparing the sheet…</source>
        <translation>正在整理准备单…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/letters/brief_dialog.py" line="131"/>
        <source>%n page(s), ready to print.</source>
        <translation>
            <numerusform>共 %n 页，可以打印。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/letters/brief_dialog.py" line="146"/>
        <source>Print the sheet</source>
        <translation>打印准备单</translation>
    </message>
    <message>
        <location filename="../../gui/letters/brief_dialog.py" line="151"/>
        <source>Save the sheet</source>
        <translation>保存准备单</translation>
    </message>
    <message>
        <location filename="../../gui/letters/brief_dialog.py" line="158"/>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
</context>
<context>
    <name>BudgetTable</name>
    <message>
        <location filename="../../gui/case/situation_dialog.py" line="101"/>
        <source>What</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../gui/case/situation_dialog.py" line="101"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../gui/case/situation_dialog.py" line="102"/>
        <source>Per month</source>
        <translation>每月金额</translation>
    </message>
    <message>
        <location filename="../../gui/case/situation_dialog.py" line="103"/>
        <source>Add line</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <location filename="../../gui/case/situation_dialog.py" line="104"/>
        <source>Remove line</source>
        <translation>删除所选行</translation>
    </message>
</context>
<context>
    <name>CallChoice</name>
    <message>
        <location filename="../../gui/letters/call_choice.py" line="48"/>
        <source>Latest call with an agreement</source>
        <translation>最近一次达成约定的通话</translation>
    </message>
    <message>
        <location filename="../../gui/letters/call_choice.py" line="49"/>
        <source>Don&apos;t quote a call</source>
        <translation>不引用</translation>
    </message>
</context>
<context>
    <name>CallLogTab</name>
    <message>
        <location filename="../../gui/calllog/calllog_tab.py" line="178"/>
        <source>%1 × %2 months</source>
        <translation>%1 × %2 个月</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/calllog_tab.py" line="181"/>
        <source>lump sum %1</source>
        <translation>一次性 %1</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/calllog_tab.py" line="193"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/calllog_tab.py" line="194"/>
        <source>Creditor</source>
        <translation>债权人</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/calllog_tab.py" line="195"/>
        <source>Channel</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/calllog_tab.py" line="196"/>
        <source>Direction</source>
        <translation>呼入/呼出</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/calllog_tab.py" line="198"/>
        <source>Spoke with (staff no.)</source>
        <translation>对方（工号）</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/calllog_tab.py" line="199"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/calllog_tab.py" line="200"/>
        <source>Offer</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/calllog_tab.py" line="201"/>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/calllog_tab.py" line="202"/>
        <source>Summary</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/calllog_tab.py" line="207"/>
        <source>&amp;Log a call…</source>
        <translation>记录通话(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/calllog_tab.py" line="208"/>
        <source>Ctrl+L, from any tab</source>
        <translation>在任何页面按 Ctrl+L</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/calllog_tab.py" line="209"/>
        <source>Edi&amp;t…</source>
        <translation>编辑(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/calllog_tab.py" line="210"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/calllog_tab.py" line="212"/>
        <source>No calls logged yet. Note every call, chat and letter: when, who (name and staff number), what was said and what happens next. Press Ctrl+L.</source>
        <translation>还没有联系记录。每次通话、在线沟通和信函都记下来：什么时间、和谁（姓名和工号）、说了什么、下一步做什么。按 Ctrl+L 开始记录。</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/calllog_tab.py" line="258"/>
        <source>%1 of %2 entries</source>
        <translation>显示 %1 条，共 %2 条</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/calllog_tab.py" line="326"/>
        <source>Log a call</source>
        <translation>记录通话</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/calllog_tab.py" line="345"/>
        <source>Cannot edit</source>
        <translation>无法编辑</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/calllog_tab.py" line="348"/>
        <source>Edit a call</source>
        <translation>编辑联系记录</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/calllog_tab.py" line="360"/>
        <source>Delete this entry?</source>
        <translation>删除这条记录？</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/calllog_tab.py" line="361"/>
        <source>Delete the entry of %1 with %2 from the call log? You can undo this.</source>
        <translation>从联系记录中删除 %1 与 %2 的这条记录？之后可以撤销。</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/calllog_tab.py" line="368"/>
        <source>Cannot delete</source>
        <translation>无法删除</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/calllog_tab.py" line="371"/>
        <source>Delete a call</source>
        <translation>删除联系记录</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/calllog_tab.py" line="388"/>
        <source>The outcome “%1” suggests moving %2 from “%3” to “%4”. Change its status?</source>
        <translation>结果为“%1”，建议把 %2 的状态从“%3”改为“%4”。要修改吗？</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/calllog_tab.py" line="392"/>
        <source>Change the debt&apos;s status?</source>
        <translation>修改债务状态？</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/calllog_tab.py" line="399"/>
        <source>Change a debt&apos;s status</source>
        <translation>修改债务状态</translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <location filename="../../gui/case/case_actions.py" line="52"/>
        <source>Edit your situation</source>
        <translation>修改个人情况</translation>
    </message>
    <message>
        <location filename="../../gui/case/case_actions.py" line="54"/>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <location filename="../../gui/case/case_actions.py" line="67"/>
        <location filename="../../gui/case/case_actions.py" line="80"/>
        <location filename="../../gui/case/case_actions.py" line="90"/>
        <location filename="../../gui/case/case_actions.py" line="121"/>
        <source>Cannot import this file</source>
        <translation>无法导入这个文件</translation>
    </message>
    <message>
        <location filename="../../gui/case/case_actions.py" line="70"/>
        <location filename="../../gui/case/case_actions.py" line="89"/>
        <location filename="../../gui/case/case_actions.py" line="119"/>
        <source>Import case file</source>
        <translation>导入案卷</translation>
    </message>
    <message>
        <location filename="../../gui/case/case_actions.py" line="71"/>
        <source>Case files (*.debtcase *.json);;Archive with evidence (*.debtcase);;Case data only (*.json)</source>
        <translation>案卷文件 (*.debtcase *.json);;含证据文件的案卷包 (*.debtcase);;仅案卷数据 (*.json)</translation>
    </message>
    <message>
        <location filename="../../gui/case/case_actions.py" line="89"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location filename="../../gui/case/case_actions.py" line="91"/>
        <location filename="../../gui/case/case_actions.py" line="122"/>
        <source>Import cancelled: nothing was changed.</source>
        <translation>已取消导入：未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../gui/case/case_actions.py" line="103"/>
        <source>Replace your case?</source>
        <translation>替换现有案卷？</translation>
    </message>
    <message>
        <location filename="../../gui/case/case_actions.py" line="104"/>
        <source>Your data already holds a case. Importing replaces all of it. A copy of the current case is saved first in %1.</source>
        <translation>当前已有案卷数据，导入会替换全部内容。导入前会先把现有案卷备份到 %1。</translation>
    </message>
    <message>
        <location filename="../../gui/case/case_actions.py" line="117"/>
        <source>Imported %1</source>
        <translation>已导入 %1</translation>
    </message>
    <message>
        <location filename="../../gui/case/case_actions.py" line="120"/>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <location filename="../../gui/case/case_actions.py" line="151"/>
        <source>A protected case file</source>
        <translation>受密码保护的案卷文件</translation>
    </message>
    <message>
        <location filename="../../gui/case/case_actions.py" line="152"/>
        <source>%1 is protected with a passphrase. Type it to open the file:</source>
        <translation>%1 已用密码保护。请输入密码打开：</translation>
    </message>
    <message>
        <location filename="../../gui/case/case_actions.py" line="155"/>
        <source>Not imported: the file cannot be opened without its passphrase.</source>
        <translation>未导入：没有密码无法打开这个文件。</translation>
    </message>
    <message>
        <location filename="../../gui/case/case_actions.py" line="166"/>
        <location filename="../../gui/case/case_actions.py" line="176"/>
        <source>Export case file</source>
        <translation>导出案卷</translation>
    </message>
    <message>
        <location filename="../../gui/case/case_actions.py" line="167"/>
        <source>Archive with evidence (*.debtcase);;Case data only (*.json)</source>
        <translation>含证据文件的案卷包 (*.debtcase);;仅案卷数据 (*.json)</translation>
    </message>
    <message>
        <location filename="../../gui/case/case_actions.py" line="176"/>
        <source>Exporting to %1…</source>
        <translation>正在导出到 %1…</translation>
    </message>
    <message>
        <location filename="../../gui/case/case_actions.py" line="177"/>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <location filename="../../gui/case/case_actions.py" line="177"/>
        <source>Export cancelled: no file was written.</source>
        <translation>已取消导出：没有写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../gui/case/case_actions.py" line="178"/>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <location filename="../../gui/case/case_actions.py" line="203"/>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../gui/case/case_actions.py" line="203"/>
        <source>Backing up your case…</source>
        <translation>正在备份您的案卷…</translation>
    </message>
    <message>
        <location filename="../../gui/case/case_actions.py" line="204"/>
        <source>Cannot back up</source>
        <translation>无法备份</translation>
    </message>
    <message>
        <location filename="../../gui/case/case_actions.py" line="204"/>
        <source>Backup cancelled: no backup was made.</source>
        <translation>已取消备份：没有生成备份。</translation>
    </message>
    <message>
        <location filename="../../gui/case/case_actions.py" line="205"/>
        <source>Backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <location filename="../../gui/case/case_actions.py" line="215"/>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../gui/case/case_actions.py" line="216"/>
        <source>There is no backup yet. DebtDesk makes one each day when you close it; File → Back up now makes one at once.</source>
        <translation>还没有备份。DebtDesk 每天在关闭时自动备份一次；也可以用“文件 → 立即备份”马上备份。</translation>
    </message>
    <message>
        <location filename="../../gui/case/case_actions.py" line="225"/>
        <source>Restore this backup?</source>
        <translation>恢复这份备份？</translation>
    </message>
    <message>
        <location filename="../../gui/case/case_actions.py" line="226"/>
        <source>Replace everything in DebtDesk with the backup of %1? What you have now is kept first as a backup of its own, so you can come back to it.</source>
        <translation>用 %1 的备份替换 DebtDesk 中的全部数据？现在的数据会先另存为一份备份，之后还可以恢复回来。</translation>
    </message>
    <message>
        <location filename="../../gui/case/case_actions.py" line="233"/>
        <source>Cannot restore</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <location filename="../../gui/case/case_actions.py" line="237"/>
        <source>Restored. Your data as it was is kept in %1</source>
        <translation>已恢复。恢复前的数据保存在 %1</translation>
    </message>
</context>
<context>
    <name>CaseJob</name>
    <message>
        <location filename="../../gui/case/case_job.py" line="53"/>
        <source>Stopping… nothing will be changed.</source>
        <translation>正在停止…不会做任何更改。</translation>
    </message>
    <message>
        <location filename="../../gui/case/case_job.py" line="78"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../gui/case/case_job.py" line="95"/>
        <source>%1
%2 / %3</source>
        <translation>%1
%2 / %3</translation>
    </message>
</context>
<context>
    <name>CaseOpening</name>
    <message>
        <location filename="../../gui/case_opening.py" line="200"/>
        <source>Your data is damaged</source>
        <translation>数据已损坏</translation>
    </message>
    <message>
        <location filename="../../gui/case_opening.py" line="201"/>
        <source>DebtDesk found damage in the data folder %1:

%2

Nothing more can be saved there: this window is read-only.</source>
        <translation>数据文件夹 %1 中的数据已损坏：

%2

这里不能再保存任何修改，本窗口现在只能查看。</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../gui/plans/compare_dialog.py" line="26"/>
        <source>Compare two plans</source>
        <translation>比较两个方案</translation>
    </message>
</context>
<context>
    <name>ComplaintPack</name>
    <message>
        <location filename="../../gui/letters/complaint_pack.py" line="27"/>
        <source>Save the complaint pack</source>
        <translation>保存投诉材料包</translation>
    </message>
    <message>
        <location filename="../../gui/letters/complaint_pack.py" line="29"/>
        <source>ZIP archive (*.zip)</source>
        <translation>ZIP 压缩包 (*.zip)</translation>
    </message>
    <message>
        <location filename="../../gui/letters/complaint_pack.py" line="36"/>
        <source>Cannot save the pack</source>
        <translation>无法保存材料包</translation>
    </message>
    <message>
        <location filename="../../gui/letters/complaint_pack.py" line="42"/>
        <source>Saved to %1: the letter, the call log and %2 evidence file(s).</source>
        <translation>已保存到 %1：投诉信、联系记录和 %2 份证据文件。</translation>
    </message>
    <message>
        <location filename="../../gui/letters/complaint_pack.py" line="46"/>
        <source>Not in the store, so not in the pack: %1.</source>
        <translation>以下文件不在资料库中，未放入材料包：%1。</translation>
    </message>
</context>
<context>
    <name>ConductButton</name>
    <message>
        <location filename="../../gui/calllog/conduct_button.py" line="29"/>
        <source>Collector co&amp;nduct…</source>
        <translation>催收行为(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/conduct_button.py" line="31"/>
        <source>Ctrl+K: calls that likely broke the rules collectors must follow, and those rules</source>
        <translation>Ctrl+K：可能违反催收规则的来电，以及这些规则</translation>
    </message>
</context>
<context>
    <name>ConductDialog</name>
    <message>
        <location filename="../../gui/calllog/conduct_view.py" line="164"/>
        <source>Binding</source>
        <translation>有约束力</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/conduct_view.py" line="165"/>
        <source>Binding: law or the regulator&apos;s rules</source>
        <translation>有约束力：法律或监管规定</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/conduct_view.py" line="167"/>
        <source>Industry convention</source>
        <translation>行业公约</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/conduct_view.py" line="168"/>
        <source>Industry convention its members signed</source>
        <translation>行业自律公约，约束签署的会员</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/conduct_view.py" line="169"/>
        <source>Reported</source>
        <translation>据报道</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/conduct_view.py" line="169"/>
        <source>Reported rule, judge for yourself</source>
        <translation>据报道的规则，请自行判断</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/conduct_view.py" line="173"/>
        <source>article not confirmed</source>
        <translation>条文未能核实</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/conduct_view.py" line="174"/>
        <source>%1, %2; in force since %3</source>
        <translation>%1，%2；%3 起施行</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/conduct_view.py" line="178"/>
        <source>Collector conduct</source>
        <translation>催收行为</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/conduct_view.py" line="179"/>
        <source>&amp;Debt:</source>
        <translation>债务(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/conduct_view.py" line="180"/>
        <source>Sho&amp;w:</source>
        <translation>显示(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/conduct_view.py" line="181"/>
        <source>Likely breaches</source>
        <translation>可能的违规</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/conduct_view.py" line="181"/>
        <source>Calls by hour</source>
        <translation>来电时段</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/conduct_view.py" line="182"/>
        <source>The rules we check</source>
        <translation>我们检查的规则</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/conduct_view.py" line="185"/>
        <source>When (local time)</source>
        <translation>时间（当地）</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/conduct_view.py" line="185"/>
        <source>Creditor</source>
        <translation>债权人</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/conduct_view.py" line="185"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/conduct_view.py" line="186"/>
        <source>What happened</source>
        <translation>困难说明</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/conduct_view.py" line="186"/>
        <source>Standing</source>
        <translation>效力</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/conduct_view.py" line="191"/>
        <source>the last %1 days</source>
        <translation>最近 %1 天</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/conduct_view.py" line="220"/>
        <source>All debts</source>
        <translation>全部债务</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/conduct_view.py" line="223"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/conduct_view.py" line="270"/>
        <source>Likely breaches (%1)</source>
        <translation>可能的违规（%1）</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/conduct_view.py" line="280"/>
        <source>To change the country: File ▸ Your situation… ▸ About you.</source>
        <translation>更改国家：文件 ▸ 个人情况… ▸ 基本信息。</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/conduct_view.py" line="282"/>
        <source>No country is set for this case and its currency names none, so no collector rules are checked.</source>
        <translation>本案没有设置国家，币种也对应不到国家，因此不检查催收规则。</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/conduct_view.py" line="285"/>
        <source>DebtDesk knows no collector rules for %1 yet, so nothing is checked.</source>
        <translation>本软件暂时没有 %1 的催收规则，因此不做检查。</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/conduct_view.py" line="287"/>
        <source>Rules checked: those of %1, the country set in your situation.</source>
        <translation>检查依据：%1 的规则（您在个人情况中设置的国家）。</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/conduct_view.py" line="289"/>
        <source>Rules checked: those of %1, taken from the case&apos;s currency.</source>
        <translation>检查依据：%1 的规则（根据本案币种推定）。</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/conduct_view.py" line="294"/>
        <source>No rules to check the call log against.</source>
        <translation>没有可用来检查联系记录的规则。</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/conduct_view.py" line="296"/>
        <source>No likely breaches in the call log. Log the calls you receive and mark how the caller behaved: late calls, repeated calls, threats or calls to your family are then found here.</source>
        <translation>联系记录中没有发现可能的违规。请记录您接到的来电并标记对方的行为：深夜来电、频繁来电、威胁或联系您的家人等都会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/conduct_view.py" line="328"/>
        <location filename="../../gui/calllog/conduct_view.py" line="354"/>
        <source>Source: %1</source>
        <translation>出处：%1</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/conduct_view.py" line="333"/>
        <source>Press Enter or double-click the breach, or click an entry, to find it in the call log.</source>
        <translation>按回车键或双击该条违规，或点击一条记录，即可在联系记录中找到它。</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/conduct_view.py" line="357"/>
        <location filename="../../gui/calllog/conduct_view.py" line="393"/>
        <source>Applies to: %1</source>
        <translation>适用于：%1</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/conduct_view.py" line="378"/>
        <source>breaks: %1</source>
        <translation>违反：%1</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/conduct_view.py" line="386"/>
        <source>Green: %1–%2, the hours of “%3”. Red diamonds: calls that break a rule; blue dots: the other calls you received. ←/→ step through them.</source>
        <translation>绿色：%1–%2，即“%3”允许的时段。红色菱形：违反规则的来电；蓝色圆点：您接到的其他来电。用 ←/→ 逐个查看。</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/conduct_view.py" line="396"/>
        <source>No calling hours are known for this country. Red diamonds: calls that break a rule; blue dots: the other calls you received.</source>
        <translation>没有该国家的来电时段规定。红色菱形：违反规则的来电；蓝色圆点：您接到的其他来电。</translation>
    </message>
</context>
<context>
    <name>ConductFields</name>
    <message>
        <location filename="../../gui/calllog/conduct_fields.py" line="38"/>
        <source>Who was on the other side, and how they behaved</source>
        <translation>对方是谁，行为如何</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/conduct_fields.py" line="47"/>
        <source>Its name, e.g. 某某资产管理有限公司</source>
        <translation>机构名称，如 某某资产管理有限公司</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../gui/calllog/contact_dialog.py" line="59"/>
        <source>Edit the call</source>
        <translation>编辑联系记录</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/contact_dialog.py" line="60"/>
        <source>Log a call</source>
        <translation>记录通话</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/contact_dialog.py" line="81"/>
        <source>Name and staff number (工号), e.g. 王女士 80231</source>
        <translation>姓名和工号，例如：王女士 80231</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/contact_dialog.py" line="89"/>
        <source>What was said: what you explained, what they asked for, what they promised.</source>
        <translation>说了什么：你说明了哪些情况，对方要求什么，答应了什么。</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/contact_dialog.py" line="98"/>
        <source>No offer</source>
        <translation>没有方案</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/contact_dialog.py" line="99"/>
        <source>Monthly payments</source>
        <translation>每月还款</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/contact_dialog.py" line="100"/>
        <source>A lump sum</source>
        <translation>一次性还款</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/contact_dialog.py" line="101"/>
        <source>per month</source>
        <translation>每月金额</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/contact_dialog.py" line="106"/>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/contact_dialog.py" line="108"/>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/contact_dialog.py" line="110"/>
        <source>e.g. interest frozen, fees waived</source>
        <translation>例如：停息，免除违约金</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/contact_dialog.py" line="121"/>
        <source>by</source>
        <translation>截止</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/contact_dialog.py" line="131"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/contact_dialog.py" line="153"/>
        <source>&amp;When</source>
        <translation>时间(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/contact_dialog.py" line="154"/>
        <source>&amp;Creditor</source>
        <translation>债权人(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/contact_dialog.py" line="155"/>
        <source>C&amp;hannel</source>
        <translation>方式(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/contact_dialog.py" line="156"/>
        <source>&amp;Direction</source>
        <translation>呼入/呼出(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/contact_dialog.py" line="157"/>
        <source>&amp;Spoke with</source>
        <translation>对方(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/contact_dialog.py" line="158"/>
        <source>S&amp;ummary</source>
        <translation>内容(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/contact_dialog.py" line="159"/>
        <source>&amp;Outcome</source>
        <translation>结果(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/contact_dialog.py" line="161"/>
        <source>O&amp;ffer</source>
        <translation>方案(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/contact_dialog.py" line="162"/>
        <source>Offer &amp;note</source>
        <translation>方案说明(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/contact_dialog.py" line="163"/>
        <source>&amp;Follow up</source>
        <translation>跟进(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/contact_dialog.py" line="164"/>
        <source>&amp;Evidence</source>
        <translation>证据(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/contact_dialog.py" line="245"/>
        <source>Wait until the files are attached.</source>
        <translation>请等文件添加完成。</translation>
    </message>
</context>
<context>
    <name>CountryField</name>
    <message>
        <location filename="../../gui/case/country_field.py" line="22"/>
        <source>China</source>
        <translation>中国</translation>
    </message>
    <message>
        <location filename="../../gui/case/country_field.py" line="23"/>
        <source>United Kingdom</source>
        <translation>英国</translation>
    </message>
    <message>
        <location filename="../../gui/case/country_field.py" line="24"/>
        <source>United States</source>
        <translation>美国</translation>
    </message>
    <message>
        <location filename="../../gui/case/country_field.py" line="67"/>
        <source>From the currency (%1: %2)</source>
        <translation>按币种推定（%1：%2）</translation>
    </message>
    <message>
        <location filename="../../gui/case/country_field.py" line="71"/>
        <source>Another country (type its two-letter ISO code)</source>
        <translation>其他国家（输入两位 ISO 代码）</translation>
    </message>
    <message>
        <location filename="../../gui/case/country_field.py" line="74"/>
        <source>e.g. DE</source>
        <translation>例如 DE</translation>
    </message>
    <message>
        <location filename="../../gui/case/country_field.py" line="76"/>
        <source>The rules collectors must follow where you live: the call log is checked against them.</source>
        <translation>您所在地催收方必须遵守的规则：联系记录将据此检查。</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../gui/shared/date_field.py" line="106"/>
        <source>e.g. 2026-12-15</source>
        <translation>例如 2026-12-15</translation>
    </message>
    <message>
        <location filename="../../gui/shared/date_field.py" line="108"/>
        <source>Pick a date (Alt+Down)</source>
        <translation>从日历中选择日期（Alt+↓）</translation>
    </message>
    <message>
        <location filename="../../gui/shared/date_field.py" line="72"/>
        <source>%1 is not a date that exists. Type it as 2026-12-15.</source>
        <translation>没有 %1 这一天。请按 2026-12-15 的格式填写。</translation>
    </message>
    <message>
        <location filename="../../gui/shared/date_field.py" line="74"/>
        <source>%1 is not a date. Type it as 2026-12-15, or pick it with the arrow.</source>
        <translation>“%1”不是日期。请按 2026-12-15 的格式填写，或点右侧箭头选择。</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <location filename="../../gui/shared/date_field.py" line="210"/>
        <source>e.g. 2026-12-15 14:30</source>
        <translation>例如 2026-12-15 14:30</translation>
    </message>
    <message>
        <location filename="../../gui/shared/date_field.py" line="212"/>
        <source>Pick a date (Alt+Down)</source>
        <translation>从日历中选择日期（Alt+↓）</translation>
    </message>
    <message>
        <location filename="../../gui/shared/date_field.py" line="227"/>
        <source>%1 is not a moment that exists. Type it as 2026-12-15 14:30.</source>
        <translation>没有 %1 这个时间。请按 2026-12-15 14:30 的格式填写。</translation>
    </message>
    <message>
        <location filename="../../gui/shared/date_field.py" line="229"/>
        <source>%1 is not a date and time. Type it as 2026-12-15 14:30.</source>
        <translation>“%1”不是日期和时间。请按 2026-12-15 14:30 的格式填写。</translation>
    </message>
</context>
<context>
    <name>DaysSpin</name>
    <message>
        <location filename="../../gui/letters/reply_days.py" line="25"/>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message>
        <location filename="../../gui/letters/reply_days.py" line="25"/>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
</context>
<context>
    <name>DebtActions</name>
    <message>
        <location filename="../../gui/debts/debt_actions.py" line="58"/>
        <source>Add debt %1</source>
        <translation>添加债务 %1</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_actions.py" line="62"/>
        <source>Cannot add this debt</source>
        <translation>无法添加这笔债务</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_actions.py" line="75"/>
        <source>Edit debt %1</source>
        <translation>编辑债务 %1</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_actions.py" line="76"/>
        <source>Cannot save this debt</source>
        <translation>无法保存这笔债务</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_actions.py" line="85"/>
        <source>Delete the debt to %1?</source>
        <translation>确定删除欠 %1 的这笔债务吗？</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/debts/debt_actions.py" line="88"/>
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n 条还款记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/debts/debt_actions.py" line="90"/>
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n 份还款协议</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/debts/debt_actions.py" line="92"/>
        <source>its link to %n call-log entry(ies)</source>
        <translation>
            <numerusform>与 %n 条联系记录的关联</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/debts/debt_actions.py" line="94"/>
        <source>its terms in %n plan(s)</source>
        <translation>
            <numerusform>%n 个方案中的相关条款</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_actions.py" line="96"/>
        <source>This also removes: %1.</source>
        <translation>同时会删除：%1。</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_actions.py" line="97"/>
        <source>You can undo this with Edit → Undo.</source>
        <translation>删除后可以通过“编辑 → 撤销”恢复。</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_actions.py" line="98"/>
        <source>Delete debt</source>
        <translation>删除债务</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_actions.py" line="102"/>
        <source>Delete debt %1</source>
        <translation>删除债务 %1</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_actions.py" line="120"/>
        <source>Record a payment</source>
        <translation>记录还款</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_actions.py" line="133"/>
        <source>Edit the payment</source>
        <translation>编辑还款</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_actions.py" line="134"/>
        <source>Edit a payment</source>
        <translation>编辑还款记录</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_actions.py" line="143"/>
        <source>Delete this payment?</source>
        <translation>删除这笔还款？</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_actions.py" line="144"/>
        <source>Delete the selected payment? You can undo this.</source>
        <translation>删除所选的还款记录？之后可以撤销。</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_actions.py" line="148"/>
        <source>Delete a payment</source>
        <translation>删除还款记录</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_actions.py" line="172"/>
        <source>Record an agreement</source>
        <translation>记录协议</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_actions.py" line="203"/>
        <source>Update from a statement</source>
        <translation>按账单更新</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_actions.py" line="226"/>
        <source>Add the installments to your calendar</source>
        <translation>把分期还款加入日历</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_actions.py" line="228"/>
        <source>Calendar (*.ics)</source>
        <translation>日历文件 (*.ics)</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_actions.py" line="235"/>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
</context>
<context>
    <name>DebtDetail</name>
    <message>
        <location filename="../../gui/debts/debt_detail.py" line="34"/>
        <source>Know the balance and the rates</source>
        <translation>弄清欠款和利率</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_detail.py" line="35"/>
        <source>Contact the creditor early</source>
        <translation>尽早联系债权人</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_detail.py" line="36"/>
        <source>Explain your situation and finances</source>
        <translation>说明困难和收支情况</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_detail.py" line="37"/>
        <source>Back it with checked documents</source>
        <translation>准备并核对证明材料</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_detail.py" line="38"/>
        <source>Propose an affordable plan</source>
        <translation>提出还得起的方案</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_detail.py" line="39"/>
        <source>Get the agreement in writing, signed</source>
        <translation>拿到签字的书面协议</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_detail.py" line="40"/>
        <source>Keep to the payments</source>
        <translation>按时还款</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_detail.py" line="49"/>
        <source>Fill in the balance and rates…</source>
        <translation>填写欠款和利率…</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_detail.py" line="50"/>
        <source>Log a call with this creditor…</source>
        <translation>记录与这位债权人的通话…</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_detail.py" line="51"/>
        <source>Describe your situation…</source>
        <translation>填写个人情况…</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_detail.py" line="52"/>
        <source>Add and check documents…</source>
        <translation>添加并核对材料…</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_detail.py" line="53"/>
        <source>Make a plan…</source>
        <translation>制定还款方案…</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_detail.py" line="54"/>
        <location filename="../../gui/debts/debt_detail.py" line="274"/>
        <source>Record the agreement…</source>
        <translation>记录协议…</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_detail.py" line="55"/>
        <source>Record a payment…</source>
        <translation>记录还款…</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_detail.py" line="175"/>
        <source>Agreement</source>
        <translation>协议</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_detail.py" line="176"/>
        <source>Payments</source>
        <translation>还款记录</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_detail.py" line="177"/>
        <source>Record a pa&amp;yment…</source>
        <translation>记录还款(&amp;Y)…</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_detail.py" line="178"/>
        <source>Add to calendar…</source>
        <translation>加入日历…</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_detail.py" line="179"/>
        <source>Update from a new statement…</source>
        <translation>按新账单更新…</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_detail.py" line="180"/>
        <source>Bring it up to date…</source>
        <translation>更新到今天…</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_detail.py" line="182"/>
        <source>Enter the figures of the creditor&apos;s latest statement; the old ones are kept</source>
        <translation>填入债权人最新账单上的数字；旧的数字会保留</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_detail.py" line="184"/>
        <source>Save the agreed installments as an .ics file for your phone or calendar</source>
        <translation>把约定的每期还款保存为 .ics 文件，导入手机或电脑日历</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_detail.py" line="185"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_detail.py" line="186"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_detail.py" line="188"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_detail.py" line="188"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_detail.py" line="188"/>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_detail.py" line="188"/>
        <source>Reference</source>
        <translation>流水号</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_detail.py" line="196"/>
        <source>1 likely breach of collector rules</source>
        <translation>1 项可能违反催收规则的行为</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_detail.py" line="197"/>
        <source>%1 likely breaches of collector rules</source>
        <translation>%1 项可能违反催收规则的行为</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_detail.py" line="225"/>
        <source>Select a debt to see where it stands.</source>
        <translation>选择一笔债务，查看它进展到哪一步。</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_detail.py" line="230"/>
        <source>Owed now, estimated: %1 (statement of %2: %3; interest since %4; paid since %5). Only the creditor&apos;s next statement is exact.</source>
        <translation>目前欠款（估算）：%1（%2 账单：%3；此后利息 %4；此后已还 %5）。准确数字以债权人下一期账单为准。</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_detail.py" line="248"/>
        <source>Next: %1</source>
        <translation>下一步：%1</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_detail.py" line="263"/>
        <source>Plans and letters start from the statement of %1, not from today&apos;s %2. Bring it up to date first, checking the figures against your bill.</source>
        <translation>方案和信函以 %1 的账单为起点，而不是今天的 %2。请先把它更新到今天，并对照账单核对各项金额。</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_detail.py" line="273"/>
        <source>No agreement recorded yet.</source>
        <translation>还没有记录协议。</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_detail.py" line="276"/>
        <source>Record a new agreement…</source>
        <translation>记录新协议…</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_detail.py" line="278"/>
        <source>Agreed on %1.</source>
        <translation>%1 达成协议。</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_detail.py" line="280"/>
        <source>%1 of %2 installments paid; %3 left.</source>
        <translation>已还 %1 / %2 期，还剩 %3。</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_detail.py" line="285"/>
        <source>%1 paid late.</source>
        <translation>其中 %1 期逾期才还。</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_detail.py" line="288"/>
        <source>Next: %1 on %2.</source>
        <translation>下一期：%2 还 %1。</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_detail.py" line="294"/>
        <source>Attach the signed copy: tick it in the agreement.</source>
        <translation>请在协议中勾选签字的协议文件。</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_detail.py" line="299"/>
        <source>missed</source>
        <translation>未还</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_detail.py" line="299"/>
        <source>part-paid</source>
        <translation>只还了一部分</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_detail.py" line="302"/>
        <source>Installment %1 of %2 (due %3) is %4. Contact the creditor before the next date: explain, say when you can pay, and note what they agree.</source>
        <translation>第 %1 期 %2（%3 到期）%4。请在下一个还款日之前联系债权人：说明情况，说清楚什么时候能还，并记下对方同意的内容。</translation>
    </message>
</context>
<context>
    <name>DebtDialog</name>
    <message>
        <location filename="../../gui/debts/debt_dialog.py" line="204"/>
        <source>Creditor *</source>
        <translation>债权人 *</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_dialog.py" line="204"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_dialog.py" line="205"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_dialog.py" line="205"/>
        <source>Account or card number</source>
        <translation>账号或卡号</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_dialog.py" line="206"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_dialog.py" line="206"/>
        <source>Priority debt</source>
        <translation>优先债务</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_dialog.py" line="207"/>
        <source>Principal *</source>
        <translation>本金 *</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_dialog.py" line="207"/>
        <source>Interest owed</source>
        <translation>欠息</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_dialog.py" line="208"/>
        <source>Fees owed</source>
        <translation>欠费（违约金等）</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_dialog.py" line="208"/>
        <source>Statement date</source>
        <translation>账单日期</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_dialog.py" line="209"/>
        <source>Contract interest</source>
        <translation>合同利率</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_dialog.py" line="209"/>
        <source>Penalty interest</source>
        <translation>罚息利率</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_dialog.py" line="210"/>
        <source>Minimum payment</source>
        <translation>每月应还（最低还款）</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_dialog.py" line="210"/>
        <source>Due day</source>
        <translation>还款日</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_dialog.py" line="211"/>
        <source>Late fee per missed month</source>
        <translation>每次逾期的固定违约金</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_dialog.py" line="212"/>
        <source>Late fee, % of the unpaid minimum</source>
        <translation>违约金占未还最低还款的比例</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_dialog.py" line="213"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_dialog.py" line="213"/>
        <source>First missed due date</source>
        <translation>首次逾期的还款日</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_dialog.py" line="214"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_dialog.py" line="214"/>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_dialog.py" line="214"/>
        <source>Website</source>
        <translation>网址</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_dialog.py" line="215"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_dialog.py" line="215"/>
        <source>Contact note</source>
        <translation>联系备注</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_dialog.py" line="219"/>
        <source>Edit debt</source>
        <translation>编辑债务</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_dialog.py" line="219"/>
        <source>Add a debt</source>
        <translation>添加债务</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_dialog.py" line="220"/>
        <source>Who you owe</source>
        <translation>欠谁的钱</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_dialog.py" line="221"/>
        <source>What you owe (from the latest statement)</source>
        <translation>欠款金额（以最近一期账单为准）</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_dialog.py" line="222"/>
        <source>Terms</source>
        <translation>合同条款</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_dialog.py" line="223"/>
        <source>How to reach the creditor</source>
        <translation>债权人联系方式</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_dialog.py" line="224"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_dialog.py" line="225"/>
        <source>Paid first (rent, tax, utilities)</source>
        <translation>优先偿还（房租、税款、水电燃气等）</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_dialog.py" line="226"/>
        <source>Payments have been missed</source>
        <translation>已经有逾期未还</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_dialog.py" line="227"/>
        <source>e.g. 招商银行信用卡中心</source>
        <translation>例如：招商银行信用卡中心</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_dialog.py" line="374"/>
        <source>A credit card %1 days overdue usually charges interest. If the bill shows interest, fill it in; if there truly is none, leave it as it is.</source>
        <translation>逾期 %1 天的信用卡通常会计利息。账单上如有利息，请填上；确实没有就不用管。</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_dialog.py" line="377"/>
        <source>A debt with a contract rate that is %1 days overdue usually shows interest. If the bill shows interest, fill it in; if there truly is none, leave it as it is.</source>
        <translation>有合同利率、逾期 %1 天的欠款通常会计利息。账单上如有利息，请填上；确实没有就不用管。</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_dialog.py" line="382"/>
        <source>A rate of 0 is unusual for a debt %1 days overdue. If the contract or the bill states a rate, fill it in; if there truly is none, leave it as it is.</source>
        <translation>逾期 %1 天的欠款利率为 0 并不常见。合同或账单上如写有利率，请填上；确实没有就不用管。</translation>
    </message>
</context>
<context>
    <name>DebtTerms</name>
    <message>
        <location filename="../../gui/debts/debt_terms.py" line="17"/>
        <source>What you borrowed or spent and have not paid back, without the interest and fees. On a card bill: the amount due less its interest and fee lines.</source>
        <translation>借到或刷掉、还没还上的钱本身，不含利息和费用。信用卡账单上，就是应还总额减去利息和各项费用。</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_terms.py" line="21"/>
        <source>Interest already charged and still unpaid on the statement date, as the bill lists it.</source>
        <translation>账单日那天已经计上、还没还的利息，照账单上写的填。</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_terms.py" line="25"/>
        <source>Late fees, annual fees, instalment fees and other charges the bill lists as unpaid.</source>
        <translation>账单上列出的、还没还的滞纳金、年费、分期手续费等各项费用。</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_terms.py" line="29"/>
        <source>The date of the statement these figures come from. Plans count from this day.</source>
        <translation>上面这些金额出自哪一天的账单。还款方案从这一天算起。</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_terms.py" line="33"/>
        <source>The interest the contract charges while you pay on time, written as the bill writes it: per day (0.05%, 万分之五) or per year (18%).</source>
        <translation>按时还款时合同约定的利率，照账单上的写法填：日利率（0.05%、万分之五）或年利率（18%）。</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_terms.py" line="37"/>
        <source>The higher interest (penalty interest, 罚息) charged once payments are missed. Leave it empty if the contract has none.</source>
        <translation>逾期后按更高利率加收的利息（罚息）。合同里没有就留空。</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_terms.py" line="41"/>
        <source>The least the bill asks you to pay each month.</source>
        <translation>账单上每月最低要还的金额。</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_terms.py" line="44"/>
        <source>The day of the month a payment is due.</source>
        <translation>每月哪一天是还款日。</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_terms.py" line="47"/>
        <source>A fixed fee charged for each month with a missed payment.</source>
        <translation>每逾期一个月收取的固定费用。</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_terms.py" line="50"/>
        <source>A fee worked out as a share of the unpaid minimum payment, e.g. 5%.</source>
        <translation>按未还最低还款额的一定比例收取的费用，例如 5%。</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_terms.py" line="53"/>
        <source>The first due date you missed. Days overdue count from it.</source>
        <translation>第一次没按时还款的那个还款日，逾期天数从这天算起。</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_terms.py" line="56"/>
        <source>Debts whose non-payment costs your home, heating or freedom (rent, tax, utilities, fines) are paid before the others.</source>
        <translation>不还就会影响住房、水电或人身自由的债务（房租、税款、水电燃气费、罚款），要比其他债务先还。</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_terms.py" line="66"/>
        <source>e.g. 23456.78</source>
        <translation>例如 23456.78</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_terms.py" line="69"/>
        <source>e.g. 312.50</source>
        <translation>例如 312.50</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_terms.py" line="72"/>
        <source>e.g. 0.00</source>
        <translation>例如 0.00</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_terms.py" line="75"/>
        <source>e.g. 1172.84</source>
        <translation>例如 1172.84</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_terms.py" line="78"/>
        <source>e.g. 50.00</source>
        <translation>例如 50.00</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_terms.py" line="81"/>
        <source>e.g. 5</source>
        <translation>例如 5</translation>
    </message>
</context>
<context>
    <name>DebtsOverview</name>
    <message>
        <location filename="../../gui/debts/debts_overview.py" line="36"/>
        <source>With interest since the statements, owed today about &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>连同账单日以来的利息，今天约欠 &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debts_overview.py" line="38"/>
        <source>paid so far %1</source>
        <translation>已还 %1</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debts_overview.py" line="41"/>
        <source>next: %1 %2 %3</source>
        <translation>下一笔：%1 %2 %3</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debts_overview.py" line="44"/>
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;%1 follow-up(s) due&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c62828&apos;&gt;%1 项跟进到期&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debts_overview.py" line="47"/>
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;agreement at risk: %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c62828&apos;&gt;协议有逾期：%1&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>DebtsTab</name>
    <message>
        <location filename="../../gui/debts/debts_tab.py" line="181"/>
        <source>%1, penalty %2</source>
        <translation>%1，罚息 %2</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debts_tab.py" line="189"/>
        <source>Penalty interest for %1 more days plus any late fees; 90 days: %2, 180 days: %3</source>
        <translation>再拖 %1 天产生的罚息加违约金；拖 90 天：%2，拖 180 天：%3</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debts_tab.py" line="195"/>
        <source>Creditor</source>
        <translation>债权人</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debts_tab.py" line="196"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debts_tab.py" line="197"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debts_tab.py" line="198"/>
        <source>Balance</source>
        <translation>欠款余额</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debts_tab.py" line="200"/>
        <source>Rate</source>
        <translation>利率</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debts_tab.py" line="202"/>
        <source>Minimum</source>
        <translation>每月应还</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debts_tab.py" line="204"/>
        <source>Due day</source>
        <translation>还款日</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debts_tab.py" line="207"/>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debts_tab.py" line="210"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debts_tab.py" line="211"/>
        <source>30 more days cost</source>
        <translation>再拖 30 天的代价</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debts_tab.py" line="219"/>
        <source>Search creditor, product or account…</source>
        <translation>搜索债权人、产品或账号…</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debts_tab.py" line="221"/>
        <source>&amp;Add debt…</source>
        <translation>添加债务(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debts_tab.py" line="222"/>
        <source>Edi&amp;t…</source>
        <translation>编辑(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debts_tab.py" line="223"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debts_tab.py" line="230"/>
        <source>Ti&amp;meline…</source>
        <translation>时间线(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debts_tab.py" line="311"/>
        <source>&lt;b&gt;Total on the statements: %1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; overdue: %2 &amp;nbsp;·&amp;nbsp; waiting costs about &lt;b&gt;%3 a day&lt;/b&gt; &amp;nbsp;·&amp;nbsp; %4 of %5 debts shown</source>
        <translation>&lt;b&gt;账单欠款合计：%1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; 其中逾期：%2 &amp;nbsp;·&amp;nbsp; 每拖一天约多付 &lt;b&gt;%3&lt;/b&gt; &amp;nbsp;·&amp;nbsp; 显示 %4 / %5 笔</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debts_tab.py" line="224"/>
        <source>Your &amp;situation…</source>
        <translation>个人情况(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debts_tab.py" line="225"/>
        <source>Write a &amp;letter…</source>
        <translation>写信(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debts_tab.py" line="226"/>
        <source>A proposal letter to this creditor, to print</source>
        <translation>给这位债权人写一封可打印的协商申请</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debts_tab.py" line="227"/>
        <source>&amp;Before you call…</source>
        <translation>致电前准备(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debts_tab.py" line="229"/>
        <source>One page with everything to have at hand when you phone this creditor</source>
        <translation>一页纸列出给这家债权人打电话时要放在手边的一切</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debts_tab.py" line="232"/>
        <source>Calls, payments, agreements and documents for this debt, newest first</source>
        <translation>这笔债务的联系记录、还款、还款约定和材料，最新的在前</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debts_tab.py" line="233"/>
        <source>Opening your data…</source>
        <translation>正在打开数据…</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../gui/error_report.py" line="47"/>
        <source>DebtDesk ran into a problem</source>
        <translation>DebtDesk 遇到了问题</translation>
    </message>
    <message>
        <location filename="../../gui/error_report.py" line="50"/>
        <source>Something went wrong inside DebtDesk. Your data is safe: each change is saved whole or not at all, so the one that failed left nothing half-done. You can keep working, or quit and open DebtDesk again.</source>
        <translation>DebtDesk 内部出了错。您的数据是安全的：每次修改要么完整保存，要么完全不保存，出错的这次修改没有留下任何只做了一半的内容。您可以继续使用，也可以退出后重新打开 DebtDesk。</translation>
    </message>
    <message>
        <location filename="../../gui/error_report.py" line="54"/>
        <source>The details are also in the log file %1.</source>
        <translation>详细信息也已记录在日志文件 %1 中。</translation>
    </message>
    <message>
        <location filename="../../gui/error_report.py" line="60"/>
        <source>If you report it, copy this (it holds no names, amounts or document contents):</source>
        <translation>如需报告这个问题，请复制以下内容（其中不含姓名、金额或文件内容）：</translation>
    </message>
    <message>
        <location filename="../../gui/error_report.py" line="68"/>
        <source>&amp;Copy report</source>
        <translation>复制报告(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../gui/error_report.py" line="72"/>
        <source>&amp;Keep working</source>
        <translation>继续使用(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../gui/error_report.py" line="75"/>
        <source>&amp;Quit DebtDesk</source>
        <translation>退出 DebtDesk(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../gui/error_report.py" line="138"/>
        <source>Cannot do that</source>
        <translation>无法执行此操作</translation>
    </message>
</context>
<context>
    <name>EvidenceCheck</name>
    <message>
        <location filename="../../gui/evidence/evidence_check.py" line="48"/>
        <source>Kept in your data folder; not checked since DebtDesk started. Verify all checks every file.</source>
        <translation>已保存在数据文件夹中；本次启动后尚未检查。点击“全部校验”可检查所有文件。</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_check.py" line="51"/>
        <source>Checked: the file is exactly as it was when it was added.</source>
        <translation>已检查：文件与添加时完全一致。</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_check.py" line="53"/>
        <source>The file has changed since it was added (its SHA-256 no longer matches), so it no longer proves what it did. Find the original (a backup, the sender) and keep it safe.</source>
        <translation>文件在添加后被改动过（校验码对不上了），已不能作为原来的凭证。请找回原件（备份或发送方），并妥善保存。</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_check.py" line="57"/>
        <source>The file is not in your data folder. Add the original again to put it back; the entry&apos;s details are kept.</source>
        <translation>数据文件夹中找不到这个文件。重新添加原件即可恢复，这一项的详细信息会保留。</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_check.py" line="138"/>
        <source>“%1” (%2, %3): the file has changed since it was added; its SHA-256 no longer matches.</source>
        <translation>“%1”（%2，%3）：文件在添加后被改动过，校验码对不上了。</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_check.py" line="141"/>
        <source>“%1” (%2, %3): the file is missing from your data folder.</source>
        <translation>“%1”（%2，%3）：数据文件夹中缺少这个文件。</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_check.py" line="147"/>
        <source>%1 problem(s) found in %2 evidence file(s).</source>
        <translation>在 %2 份证据文件中发现 %1 个问题。</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_check.py" line="150"/>
        <source>Checked %1 evidence file(s): all intact.</source>
        <translation>已检查 %1 份证据文件：全部完好。</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_check.py" line="154"/>
        <source>%1 file(s) in your data folder belong to no entry (removed from the case, or left by an interrupted import). They do no harm.</source>
        <translation>数据文件夹中有 %1 个文件不属于任何证据条目（已从案卷中移除，或是添加中断时留下的），不影响使用。</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <location filename="../../gui/evidence/evidence_dialog.py" line="46"/>
        <source>Evidence details</source>
        <translation>证据详细信息</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_dialog.py" line="52"/>
        <source>known</source>
        <translation>已知</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_dialog.py" line="70"/>
        <source>I have checked it is complete and true</source>
        <translation>我已核对，内容完整真实</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_dialog.py" line="77"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_dialog.py" line="78"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_dialog.py" line="79"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_dialog.py" line="80"/>
        <source>Date on the document</source>
        <translation>文件上的日期</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_dialog.py" line="81"/>
        <source>Supports the debts</source>
        <translation>用于证明的债务</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_dialog.py" line="82"/>
        <source>Reviewed</source>
        <translation>已核对</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_dialog.py" line="83"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>EvidenceImport</name>
    <message>
        <location filename="../../gui/evidence/evidence_import.py" line="91"/>
        <source>%1: the picture could not be saved as a file (is the disk full?)</source>
        <translation>%1：图片无法保存为文件（磁盘是否已满？）</translation>
    </message>
</context>
<context>
    <name>EvidenceJobs</name>
    <message>
        <location filename="../../gui/evidence/evidence_jobs.py" line="55"/>
        <source>Adding files…</source>
        <translation>正在添加文件…</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_jobs.py" line="55"/>
        <location filename="../../gui/evidence/evidence_jobs.py" line="111"/>
        <source>Adding evidence</source>
        <translation>添加证据材料</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_jobs.py" line="64"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_jobs.py" line="86"/>
        <source>Adding %1 (%2 of %3)…</source>
        <translation>正在添加 %1（第 %2 个，共 %3 个）…</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_jobs.py" line="104"/>
        <source>%1 file(s) added.</source>
        <translation>已添加 %1 个文件。</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_jobs.py" line="106"/>
        <source>Cancelled: the files not yet added were left out.</source>
        <translation>已取消：尚未添加的文件没有保存。</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_jobs.py" line="115"/>
        <source>Not added:</source>
        <translation>未添加：</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_jobs.py" line="133"/>
        <location filename="../../gui/evidence/evidence_jobs.py" line="137"/>
        <source>Checking the evidence files…</source>
        <translation>正在校验证据文件…</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_jobs.py" line="133"/>
        <location filename="../../gui/evidence/evidence_jobs.py" line="150"/>
        <location filename="../../gui/evidence/evidence_jobs.py" line="170"/>
        <source>Verify all</source>
        <translation>全部校验</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_jobs.py" line="144"/>
        <source>Checking file %1 of %2…</source>
        <translation>正在校验第 %1 个文件，共 %2 个…</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_jobs.py" line="151"/>
        <source>The check could not finish: %1</source>
        <translation>校验未能完成：%1</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_jobs.py" line="160"/>
        <source>Check cancelled; nothing was changed.</source>
        <translation>已取消校验，没有做任何改动。</translation>
    </message>
</context>
<context>
    <name>EvidencePicker</name>
    <message>
        <location filename="../../gui/evidence/evidence_picker.py" line="37"/>
        <source>Attach files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_picker.py" line="58"/>
        <source>Attach files</source>
        <translation>添加文件</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_picker.py" line="78"/>
        <source>Attached.</source>
        <translation>已添加。</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_picker.py" line="92"/>
        <source>Keeping %1…</source>
        <translation>正在保存 %1…</translation>
    </message>
</context>
<context>
    <name>EvidencePreview</name>
    <message>
        <location filename="../../gui/evidence/evidence_preview.py" line="118"/>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_preview.py" line="119"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_preview.py" line="120"/>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_preview.py" line="121"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_preview.py" line="122"/>
        <source>Fit</source>
        <translation>适合窗口</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_preview.py" line="123"/>
        <source>Rotate ↻</source>
        <translation>旋转 ↻</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_preview.py" line="124"/>
        <source>Open in viewer</source>
        <translation>用系统程序打开</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_preview.py" line="125"/>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_preview.py" line="126"/>
        <location filename="../../gui/evidence/evidence_preview.py" line="271"/>
        <location filename="../../gui/evidence/evidence_preview.py" line="300"/>
        <source>▶ Play</source>
        <translation>▶ 播放</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_preview.py" line="126"/>
        <location filename="../../gui/evidence/evidence_preview.py" line="271"/>
        <source>■ Stop</source>
        <translation>■ 停止</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_preview.py" line="128"/>
        <location filename="../../gui/evidence/evidence_preview.py" line="155"/>
        <source>Select a document to see it here.</source>
        <translation>选择一份材料，在这里查看。</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_preview.py" line="160"/>
        <source>The file is not in your data folder.</source>
        <translation>数据文件夹中没有这个文件。</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_preview.py" line="165"/>
        <source>%1, %2 KB</source>
        <translation>%1，%2 KB</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_preview.py" line="170"/>
        <source>Playing needs Qt&apos;s multimedia support, which is not available here. Open it in your player instead.</source>
        <translation>这里无法播放（缺少 Qt 多媒体支持）。请用播放器打开。</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_preview.py" line="208"/>
        <source>No preview for this kind of file here: open it in its program.</source>
        <translation>这类文件无法在这里预览，请用相应的程序打开。</translation>
    </message>
</context>
<context>
    <name>EvidenceTab</name>
    <message>
        <location filename="../../gui/evidence/evidence_tab.py" line="183"/>
        <source>&amp;Add files…</source>
        <translation>添加文件(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_tab.py" line="184"/>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_tab.py" line="185"/>
        <source>For debt:</source>
        <translation>对应债务：</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_tab.py" line="186"/>
        <source>or drop files and folders here</source>
        <translation>也可以把文件或文件夹拖到这里</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_tab.py" line="187"/>
        <source>Paste &amp;screenshot</source>
        <translation>粘贴截图(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_tab.py" line="189"/>
        <source>Add the picture on the clipboard (a screenshot of a chat, a text message or an app) as evidence (Ctrl+V)</source>
        <translation>把剪贴板中的图片（聊天记录、短信或 App 的截图）添加为证据材料（Ctrl+V）</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_tab.py" line="192"/>
        <location filename="../../gui/evidence/evidence_tab.py" line="230"/>
        <source>List view</source>
        <translation>列表视图</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_tab.py" line="193"/>
        <location filename="../../gui/evidence/evidence_tab.py" line="230"/>
        <source>Thumbnails</source>
        <translation>缩略图视图</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_tab.py" line="194"/>
        <source>&amp;Remove from case</source>
        <translation>从案卷中移除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_tab.py" line="195"/>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_tab.py" line="196"/>
        <source>Selected files to a folder…</source>
        <translation>把所选文件导出到文件夹…</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_tab.py" line="197"/>
        <source>Selected files as a ZIP…</source>
        <translation>把所选文件导出为 ZIP…</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_tab.py" line="198"/>
        <source>Delete files removed from the case…</source>
        <translation>彻底删除已移出案卷的文件…</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_tab.py" line="199"/>
        <source>Verify a&amp;ll</source>
        <translation>全部校验(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_tab.py" line="201"/>
        <source>Check every evidence file against the SHA-256 it was kept under: any change or loss shows</source>
        <translation>用保存时记下的校验码（SHA-256 数字指纹）逐一核对每份证据文件，任何改动或丢失都会显示出来</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_tab.py" line="219"/>
        <source>— none —</source>
        <translation>（不指定）</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_tab.py" line="252"/>
        <location filename="../../gui/evidence/evidence_tab.py" line="288"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_tab.py" line="253"/>
        <source>Select the files to export first (Ctrl+A selects them all).</source>
        <translation>请先选择要导出的文件（Ctrl+A 全选）。</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_tab.py" line="262"/>
        <source>Export to a folder</source>
        <translation>导出到文件夹</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_tab.py" line="272"/>
        <source>Export as a ZIP</source>
        <translation>导出为 ZIP</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_tab.py" line="273"/>
        <source>evidence.zip</source>
        <translation>证据材料.zip</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_tab.py" line="273"/>
        <source>ZIP (*.zip)</source>
        <translation>ZIP 压缩包 (*.zip)</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_tab.py" line="282"/>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_tab.py" line="284"/>
        <source>%1 file(s) exported.</source>
        <translation>已导出 %1 个文件。</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_tab.py" line="286"/>
        <source>Not in your data folder, so not exported: %1</source>
        <translation>以下文件不在数据文件夹中，未导出：%1</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_tab.py" line="298"/>
        <source>Nothing to delete</source>
        <translation>没有要删除的文件</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_tab.py" line="303"/>
        <source>Delete removed files?</source>
        <translation>删除已移出的文件？</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_tab.py" line="310"/>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_tab.py" line="311"/>
        <source>%1 file(s) deleted.</source>
        <translation>已删除 %1 个文件。</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_tab.py" line="336"/>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_tab.py" line="334"/>
        <source>Edit evidence %1</source>
        <translation>修改证据 %1</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_tab.py" line="191"/>
        <source>De&amp;tails…</source>
        <translation>详细信息(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_tab.py" line="346"/>
        <source>Remove from case</source>
        <translation>从案卷中移除</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_tab.py" line="347"/>
        <source>Remove “%1” from the case? The file itself stays in your data folder, and you can undo this with Edit → Undo.</source>
        <translation>确定把“%1”从案卷中移除吗？文件本身仍保留在数据文件夹中，也可以通过“编辑 → 撤销”恢复。</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_tab.py" line="352"/>
        <source>Remove evidence %1</source>
        <translation>移除证据 %1</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_tab.py" line="360"/>
        <source>Add evidence files</source>
        <translation>添加证据文件</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_tab.py" line="361"/>
        <source>Documents (*.jpg *.jpeg *.png *.tif *.tiff *.webp *.gif *.bmp *.heic *.heif *.pdf *.mp3 *.m4a *.aac *.amr *.wav *.ogg *.eml *.txt);;All files (*)</source>
        <translation>文档 (*.jpg *.jpeg *.png *.tif *.tiff *.webp *.gif *.bmp *.heic *.heif *.pdf *.mp3 *.m4a *.aac *.amr *.wav *.ogg *.eml *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_tab.py" line="384"/>
        <source>The clipboard holds no picture to paste.</source>
        <translation>剪贴板里没有可粘贴的图片。</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_tab.py" line="386"/>
        <source>Screenshot %1</source>
        <translation>截图 %1</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_tab.py" line="388"/>
        <source>Wait for the files being added or checked first.</source>
        <translation>请等正在添加或校验的文件处理完后再试。</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_tab.py" line="299"/>
        <source>Every file in your data folder belongs to an entry, or to a backup that would need it to be restored.</source>
        <translation>数据文件夹中的每个文件都属于某条证据，或者仍有备份在恢复时需要它。</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_tab.py" line="304"/>
        <source>%1 file(s) (%2 KB) in your data folder belong to no entry and to no backup: they were removed from the case. Delete them for good? Undoing a removal afterwards brings the entry back without its file.</source>
        <translation>数据文件夹中有 %1 个文件（%2 KB）既不属于任何证据条目，也不被任何备份需要——它们已从案卷中移出。要彻底删除吗？删除后再撤销移出，条目会回来，但文件不会。</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <location filename="../../gui/calllog/follow_ups.py" line="56"/>
        <source>Follow-ups</source>
        <translation>待跟进</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/follow_ups.py" line="57"/>
        <source>Mark done</source>
        <translation>标记为已完成</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/follow_ups.py" line="73"/>
        <source>%1 days late</source>
        <translation>已过 %1 天</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/follow_ups.py" line="75"/>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/follow_ups.py" line="77"/>
        <source>in %1 days</source>
        <translation>%1 天后</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/follow_ups.py" line="86"/>
        <source>… and %1 more: tick “Open follow-ups only” to see them all in the log.</source>
        <translation>…… 还有 %1 项：勾选“只看未完成的跟进”可在记录中看到全部。</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/follow_ups.py" line="90"/>
        <source>Nothing to follow up.</source>
        <translation>没有待跟进的事项。</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/follow_ups.py" line="112"/>
        <source>Mark a follow-up done</source>
        <translation>标记跟进已完成</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../gui/guide_dialog.py" line="35"/>
        <source>The seven steps</source>
        <translation>协商还款七步</translation>
    </message>
    <message>
        <location filename="../../gui/guide_dialog.py" line="37"/>
        <source>Most creditors would rather agree a plan than chase a debt. These are the steps, in order; DebtDesk helps with each.</source>
        <translation>多数债权人宁愿谈成一个还款方案，也不愿一直催收。下面按顺序列出协商的七个步骤，每一步债务协商助手都能帮上忙。</translation>
    </message>
    <message>
        <location filename="../../gui/guide_dialog.py" line="40"/>
        <source>Step %1: %2</source>
        <translation>第 %1 步：%2</translation>
    </message>
    <message>
        <location filename="../../gui/guide_dialog.py" line="40"/>
        <source>In DebtDesk: %1</source>
        <translation>债务协商助手能帮您：%1</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../gui/help_menu.py" line="55"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../gui/help_menu.py" line="56"/>
        <source>The seven &amp;steps…</source>
        <translation>协商还款七步(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../gui/help_menu.py" line="57"/>
        <source>&amp;What is this?</source>
        <translation>这是什么？(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../gui/help_menu.py" line="58"/>
        <source>&amp;About DebtDesk</source>
        <translation>关于债务协商助手(&amp;A)</translation>
    </message>
</context>
<context>
    <name>InUseQuestion</name>
    <message>
        <location filename="../../gui/read_only.py" line="20"/>
        <source>Your data is already open</source>
        <translation>数据已在使用中</translation>
    </message>
    <message>
        <location filename="../../gui/read_only.py" line="22"/>
        <source>Another DebtDesk window is using the data folder %1. Only one window at a time can make changes.

You can open it read-only here, to look things up, or quit and use the other window.</source>
        <translation>另一个 DebtDesk 窗口正在使用数据文件夹 %1。同一时间只能有一个窗口修改数据。

您可以在这里以只读方式打开，用来查看资料；也可以退出，改用那个窗口。</translation>
    </message>
    <message>
        <location filename="../../gui/read_only.py" line="25"/>
        <source>Open &amp;read-only</source>
        <translation>以只读方式打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/read_only.py" line="28"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>KeptReason</name>
    <message>
        <location filename="../../gui/letters/kept_reason.py" line="105"/>
        <source>The plan pays %1 a month, %2 less than your statement leaves (%3), and the letter does not say why: a creditor may think money is being hidden. Choose a reason below, or use all of it.</source>
        <translation>方案每月还款 %1，比收支表的结余（%3）少 %2，信里却没有说明原因，对方可能以为你在隐瞒收入。请在下面选一个原因，或者把结余全部用于还款。</translation>
    </message>
    <message>
        <location filename="../../gui/letters/kept_reason.py" line="118"/>
        <source>The plan pays %1 a month, %2 less than the %3 your statement leaves. &amp;Why?</source>
        <translation>方案每月还款 %1，比收支表的结余 %3 少 %2。原因(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../gui/letters/kept_reason.py" line="121"/>
        <source>Choose a reason (the letter gives only the figures)</source>
        <translation>选择原因（不选则信里只列数字）</translation>
    </message>
    <message>
        <location filename="../../gui/letters/kept_reason.py" line="122"/>
        <source>My income is irregular: kept as a buffer</source>
        <translation>收入不固定，留作缓冲</translation>
    </message>
    <message>
        <location filename="../../gui/letters/kept_reason.py" line="123"/>
        <source>Children&apos;s schooling, medical care and other essential costs</source>
        <translation>应付孩子上学、看病等必要开支</translation>
    </message>
    <message>
        <location filename="../../gui/letters/kept_reason.py" line="124"/>
        <source>Priority bills first (rent, utilities)</source>
        <translation>为优先债务（房租、水电）留出</translation>
    </message>
    <message>
        <location filename="../../gui/letters/kept_reason.py" line="125"/>
        <source>Other (write one sentence)</source>
        <translation>其他（自己写一句）</translation>
    </message>
    <message>
        <location filename="../../gui/letters/kept_reason.py" line="128"/>
        <source>One sentence the creditor will read, e.g. what the money is for</source>
        <translation>写一句给对方看的话，比如这笔钱用在哪里</translation>
    </message>
    <message>
        <location filename="../../gui/letters/kept_reason.py" line="130"/>
        <source>Use all that is left…</source>
        <translation>用上全部结余…</translation>
    </message>
    <message>
        <location filename="../../gui/letters/kept_reason.py" line="132"/>
        <source>To offer all %1 a month: close this letter, open the plan in the Plan editor, set its Monthly budget to %1, and write the letter again. The letter then keeps nothing back.</source>
        <translation>要把每月 %1 全部用于还款：关掉这封信，在“还款方案”里打开这个方案，把“每月还款预算”改为 %1，再重新写信。这样信里就没有留下的部分了。</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../gui/shared/labels.py" line="12"/>
        <source>Credit card</source>
        <translation>信用卡</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="13"/>
        <source>Consumer credit</source>
        <translation>消费信贷</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="14"/>
        <source>Personal loan</source>
        <translation>个人贷款</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="15"/>
        <source>Online loan</source>
        <translation>网络贷款</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="16"/>
        <source>Mortgage</source>
        <translation>房贷</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="17"/>
        <source>Car loan</source>
        <translation>车贷</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="18"/>
        <source>Private loan</source>
        <translation>私人借款</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="19"/>
        <source>Utility bill</source>
        <translation>水电燃气费</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="20"/>
        <source>Tax</source>
        <translation>税款</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="21"/>
        <location filename="../../gui/shared/labels.py" line="46"/>
        <location filename="../../gui/shared/labels.py" line="57"/>
        <location filename="../../gui/shared/labels.py" line="74"/>
        <location filename="../../gui/shared/labels.py" line="90"/>
        <location filename="../../gui/shared/labels.py" line="103"/>
        <location filename="../../gui/shared/labels.py" line="125"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="27"/>
        <source>Current</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="28"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="29"/>
        <source>Contacted</source>
        <translation>已联系</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="30"/>
        <source>Negotiating</source>
        <translation>协商中</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="31"/>
        <source>Agreed</source>
        <translation>已达成协议</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="32"/>
        <source>Repaying</source>
        <translation>按协议还款中</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="33"/>
        <source>Settled</source>
        <translation>已结清</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="34"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="40"/>
        <source>Lost my job</source>
        <translation>失业</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="41"/>
        <source>Income cut</source>
        <translation>收入减少</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="42"/>
        <source>Illness</source>
        <translation>疾病</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="43"/>
        <source>Family emergency</source>
        <translation>家庭变故</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="44"/>
        <source>Business failed</source>
        <translation>经营失败</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="45"/>
        <source>Disaster</source>
        <translation>灾害</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="52"/>
        <source>Salary / wages</source>
        <translation>工资收入</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="53"/>
        <source>Benefits</source>
        <translation>补贴救助</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="54"/>
        <source>Pension</source>
        <translation>养老金</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="55"/>
        <source>Business income</source>
        <translation>经营收入</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="56"/>
        <source>Family support</source>
        <translation>亲友资助</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="63"/>
        <source>Housing (rent, mortgage)</source>
        <translation>住房（房租、房贷）</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="64"/>
        <source>Utilities</source>
        <translation>水电燃气</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="65"/>
        <source>Food and housekeeping</source>
        <translation>伙食及日用</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="66"/>
        <source>Transport</source>
        <translation>交通</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="67"/>
        <source>Care and health</source>
        <translation>医疗护理</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="68"/>
        <source>School and education</source>
        <translation>教育</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="69"/>
        <source>Childcare</source>
        <translation>育儿</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="70"/>
        <source>Insurance</source>
        <translation>保险</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="71"/>
        <source>Phone and internet</source>
        <translation>通讯网络</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="72"/>
        <source>Priority debts</source>
        <translation>优先债务</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="73"/>
        <source>Savings allowance</source>
        <translation>应急储蓄</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="80"/>
        <source>Income proof</source>
        <translation>收入证明</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="81"/>
        <source>Medical</source>
        <translation>医疗证明</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="82"/>
        <source>Unemployment</source>
        <translation>失业证明</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="83"/>
        <source>Bank statement</source>
        <translation>银行流水</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="84"/>
        <source>Identity</source>
        <translation>身份证明</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="85"/>
        <source>Other hardship proof</source>
        <translation>其他困难证明</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="86"/>
        <location filename="../../gui/shared/labels.py" line="120"/>
        <source>Agreement</source>
        <translation>协议</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="87"/>
        <source>Receipt</source>
        <translation>还款凭证</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="88"/>
        <source>Correspondence</source>
        <translation>往来函件</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="89"/>
        <source>Recording</source>
        <translation>通话录音</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="96"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="97"/>
        <source>Online chat</source>
        <translation>在线客服</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="98"/>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="99"/>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="100"/>
        <source>Letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="101"/>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="102"/>
        <source>In person</source>
        <translation>当面</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="109"/>
        <source>Outgoing</source>
        <translation>我方联系</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="110"/>
        <source>Incoming</source>
        <translation>对方来电</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="116"/>
        <source>No answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="117"/>
        <source>Information</source>
        <translation>了解情况</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="118"/>
        <source>Offer made</source>
        <translation>我方提出方案</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="119"/>
        <source>Offer received</source>
        <translation>对方给出方案</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="121"/>
        <source>Refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="122"/>
        <source>Escalated</source>
        <translation>已升级处理</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="123"/>
        <source>Promise to pay</source>
        <translation>承诺还款</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="124"/>
        <source>Asked for an offer in writing</source>
        <translation>要求书面方案</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="131"/>
        <source>Collection agency</source>
        <translation>催收机构</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="132"/>
        <source>Law firm</source>
        <translation>律师事务所</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="133"/>
        <source>Someone else</source>
        <translation>其他人</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="134"/>
        <source>The creditor itself</source>
        <translation>债权人本身</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="139"/>
        <source>Contacted family, friends or employer</source>
        <translation>联系了家人、朋友或单位</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="140"/>
        <source>Threatened me</source>
        <translation>威胁我</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="141"/>
        <source>Abusive or insulting</source>
        <translation>辱骂或侮辱</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="142"/>
        <source>False claim (police, court, lawyer, amount)</source>
        <translation>冒充公检法、律师或夸大欠款</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="143"/>
        <source>Asked a fee to &quot;handle&quot; the debt</source>
        <translation>索要“手续费”代办债务</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="144"/>
        <source>Contact after I asked in writing to stop</source>
        <translation>书面要求停止后仍联系</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="145"/>
        <source>Other misconduct</source>
        <translation>其他不当行为</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="151"/>
        <source>Pro rata</source>
        <translation>按比例分配</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="152"/>
        <source>Avalanche (highest rate first)</source>
        <translation>雪崩法（先还利率最高的）</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="153"/>
        <source>Snowball (smallest balance first)</source>
        <translation>雪球法（先还余额最小的）</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="154"/>
        <source>Custom order</source>
        <translation>自定顺序</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="161"/>
        <source>Each month every creditor gets the same share of what is owed to it: the same treatment, shown to each of them.</source>
        <translation>每月按欠各家的金额同比例分配，各家待遇相同，给哪一家看都说得过去。</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="163"/>
        <source>Beyond the minimums, money goes to the highest rate first: the least interest paid in all.</source>
        <translation>最低还款之外的钱，先还利率最高的一笔：总利息付得最少。</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="165"/>
        <source>Beyond the minimums, money goes to the smallest balance first: debts clear one by one sooner, which helps to keep going.</source>
        <translation>最低还款之外的钱，先还余额最小的一笔：一笔一笔更快还清，更容易坚持下去。</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="168"/>
        <source>Beyond the minimums, money goes to the debts in the order you set in the list below.</source>
        <translation>最低还款之外的钱，按下面列表中您排好的顺序分配。</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="175"/>
        <source>Keep contract</source>
        <translation>按原合同</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="176"/>
        <source>Installments</source>
        <translation>分期</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="177"/>
        <source>Settlement</source>
        <translation>一次性结清</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="178"/>
        <source>Share of budget</source>
        <translation>按预算分配</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="184"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="185"/>
        <source>Proposed</source>
        <translation>已提出</translation>
    </message>
    <message>
        <location filename="../../gui/shared/labels.py" line="186"/>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../gui/letters/letter_kinds.py" line="14"/>
        <source>Repay in installments</source>
        <translation>分期还款</translation>
    </message>
    <message>
        <location filename="../../gui/letters/letter_kinds.py" line="15"/>
        <source>Settle with a lump sum</source>
        <translation>一次性结清</translation>
    </message>
    <message>
        <location filename="../../gui/letters/letter_kinds.py" line="16"/>
        <source>Stop interest, waive penalties</source>
        <translation>停息挂账、减免罚息</translation>
    </message>
    <message>
        <location filename="../../gui/letters/letter_kinds.py" line="17"/>
        <source>Pause payments for a while</source>
        <translation>延期还款（宽限期）</translation>
    </message>
    <message>
        <location filename="../../gui/letters/letter_kinds.py" line="18"/>
        <source>Confirm a call&apos;s agreement in writing</source>
        <translation>请求书面确认电话中的约定</translation>
    </message>
    <message>
        <location filename="../../gui/letters/letter_kinds.py" line="19"/>
        <source>Complain about a collector&apos;s conduct</source>
        <translation>投诉催收行为</translation>
    </message>
    <message>
        <location filename="../../gui/letters/letter_dialog.py" line="189"/>
        <location filename="../../gui/letters/letter_dialog.py" line="288"/>
        <source>Reading the case…</source>
        <translation>正在读取案件资料…</translation>
    </message>
    <message>
        <location filename="../../gui/letters/letter_dialog.py" line="247"/>
        <source>Write a letter</source>
        <translation>写信</translation>
    </message>
    <message>
        <location filename="../../gui/letters/letter_dialog.py" line="249"/>
        <source>&amp;Debt:</source>
        <translation>债务(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../gui/letters/letter_dialog.py" line="249"/>
        <source>&amp;Plan:</source>
        <translation>方案(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../gui/letters/letter_dialog.py" line="249"/>
        <source>&amp;Kind:</source>
        <translation>信函类型(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../gui/letters/letter_dialog.py" line="249"/>
        <source>&amp;Call:</source>
        <translation>引用的通话(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../gui/letters/letter_dialog.py" line="250"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../gui/letters/letter_dialog.py" line="250"/>
        <source>Pa&amp;per:</source>
        <translation>纸张(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../gui/letters/letter_dialog.py" line="250"/>
        <source>&amp;To:</source>
        <translation>收信方(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../gui/letters/letter_dialog.py" line="251"/>
        <source>&amp;Hardship:</source>
        <translation>困难说明(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../gui/letters/letter_dialog.py" line="251"/>
        <source>Your own &amp;paragraph:</source>
        <translation>补充说明(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../gui/letters/letter_dialog.py" line="253"/>
        <source>No plan</source>
        <translation>不用方案</translation>
    </message>
    <message>
        <location filename="../../gui/letters/letter_dialog.py" line="254"/>
        <source>The creditor</source>
        <translation>债权人</translation>
    </message>
    <message>
        <location filename="../../gui/letters/letter_dialog.py" line="255"/>
        <source>The regulator or ombudsman (if the creditor has not put it right)</source>
        <translation>监管机构（债权人未解决时）</translation>
    </message>
    <message>
        <location filename="../../gui/letters/letter_dialog.py" line="257"/>
        <source>Show my full ID number (masked otherwise)</source>
        <translation>显示完整身份证号（默认隐去）</translation>
    </message>
    <message>
        <location filename="../../gui/letters/letter_dialog.py" line="258"/>
        <source>Enclose a copy of my ID card</source>
        <translation>附身份证复印件</translation>
    </message>
    <message>
        <location filename="../../gui/letters/letter_dialog.py" line="260"/>
        <source>The list of enclosures says a copy of your ID card is enclosed. Put the copy in the envelope yourself: nothing is printed from the evidence.</source>
        <translation>随附材料清单会写明附有身份证复印件。复印件请您自己放进信封，信中不会印出证据里的任何图片。</translation>
    </message>
    <message>
        <location filename="../../gui/letters/letter_dialog.py" line="264"/>
        <source>What happened, in your own words. Changes here are for this letter only.</source>
        <translation>用自己的话说明发生了什么。这里的修改只用于这封信。</translation>
    </message>
    <message>
        <location filename="../../gui/letters/letter_dialog.py" line="265"/>
        <source>Anything else you want to say (optional).</source>
        <translation>还想说的其他话（可不填）。</translation>
    </message>
    <message>
        <location filename="../../gui/letters/letter_dialog.py" line="266"/>
        <source>&amp;Save as PDF…</source>
        <translation>保存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../gui/letters/letter_dialog.py" line="267"/>
        <source>P&amp;rint…</source>
        <translation>打印(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../gui/letters/letter_dialog.py" line="268"/>
        <source>&amp;Open in viewer</source>
        <translation>用系统程序打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../gui/letters/letter_dialog.py" line="269"/>
        <source>I &amp;sent it: record in the call log</source>
        <translation>已寄出：记入联系记录(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gui/letters/letter_dialog.py" line="271"/>
        <source>Adds an outgoing letter to the call log and keeps this PDF with the evidence.</source>
        <translation>在联系记录中添加一条寄出的信函，并把这份 PDF 保存到证据材料中。</translation>
    </message>
    <message>
        <location filename="../../gui/letters/letter_dialog.py" line="272"/>
        <source>Save complaint &amp;pack…</source>
        <translation>保存投诉材料包(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../gui/letters/letter_dialog.py" line="274"/>
        <source>One ZIP with this letter, the debt&apos;s call log as a spreadsheet and the evidence behind the complaint, with checksums.</source>
        <translation>一个 ZIP 压缩包：这封信、这笔债务的联系记录表格，以及投诉所依据的证据文件，附校验码。</translation>
    </message>
    <message>
        <location filename="../../gui/letters/letter_dialog.py" line="276"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../gui/letters/letter_dialog.py" line="333"/>
        <source>Add a debt first: a letter is about one debt.</source>
        <translation>请先添加债务：一封信针对一笔债务。</translation>
    </message>
    <message>
        <location filename="../../gui/letters/letter_dialog.py" line="336"/>
        <source>Building the letter…</source>
        <translation>正在生成信函…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/letters/letter_dialog.py" line="360"/>
        <source>%n page(s), ready to save or print.</source>
        <translation>
            <numerusform>共 %n 页，可以保存或打印。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/letters/letter_dialog.py" line="354"/>
        <source>The font has no glyph for %1: these will print blank. Use another spelling, or write them in by hand after printing.</source>
        <translation>字体里没有“%1”这些字，打印出来会是空白。可改用同音字或拼音，或打印后手写补上。</translation>
    </message>
    <message>
        <location filename="../../gui/letters/letter_dialog.py" line="308"/>
        <source>A complaint tells your circumstances only with a plan: choose a plan to include them.</source>
        <translation>投诉信只有选定还款方案时才会写入您的困难情况；如需写入，请选择一个方案。</translation>
    </message>
    <message>
        <location filename="../../gui/letters/letter_dialog.py" line="384"/>
        <source>Save the letter</source>
        <translation>保存信函</translation>
    </message>
    <message>
        <location filename="../../gui/letters/letter_dialog.py" line="390"/>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <location filename="../../gui/letters/letter_dialog.py" line="398"/>
        <source>Print the letter</source>
        <translation>打印信函</translation>
    </message>
    <message>
        <location filename="../../gui/letters/letter_sent.py" line="30"/>
        <source>Cannot record the letter</source>
        <translation>无法记录这封信</translation>
    </message>
    <message>
        <location filename="../../gui/letters/letter_sent.py" line="46"/>
        <source>Record a letter sent</source>
        <translation>记录寄出的信函</translation>
    </message>
</context>
<context>
    <name>LogFilters</name>
    <message>
        <location filename="../../gui/calllog/log_filters.py" line="66"/>
        <source>Search what was said, who, which creditor…</source>
        <translation>搜索通话内容、对方姓名、债权人…</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/log_filters.py" line="67"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/log_filters.py" line="68"/>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/log_filters.py" line="69"/>
        <source>Open follow-ups only</source>
        <translation>只看未完成的跟进</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/log_filters.py" line="72"/>
        <source>Any channel</source>
        <translation>所有方式</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/log_filters.py" line="73"/>
        <source>Any outcome</source>
        <translation>所有结果</translation>
    </message>
    <message>
        <location filename="../../gui/calllog/log_filters.py" line="82"/>
        <source>All creditors</source>
        <translation>所有债权人</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="242"/>
        <source>DebtDesk — debt negotiation assistant</source>
        <translation>债务协商助手 DebtDesk</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="244"/>
        <source>&amp;Debts</source>
        <translation>债务(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="244"/>
        <source>Ev&amp;idence files</source>
        <translation>证据材料(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="245"/>
        <source>&amp;Call log</source>
        <translation>联系记录(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="245"/>
        <source>&amp;Plan editor</source>
        <translation>还款方案(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="247"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="248"/>
        <source>&amp;Import case file…</source>
        <translation>导入案卷(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="249"/>
        <source>&amp;Export case file…</source>
        <translation>导出案卷(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="250"/>
        <source>Your &amp;situation…</source>
        <translation>个人情况(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="251"/>
        <source>&amp;Write a letter…</source>
        <translation>写信(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="252"/>
        <source>&amp;Log a call…</source>
        <translation>记录通话(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="253"/>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="254"/>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="255"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="256"/>
        <source>Every change is saved as you make it</source>
        <translation>所有修改都会随时自动保存</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="257"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="258"/>
        <location filename="../../gui/main_window.py" line="267"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="259"/>
        <location filename="../../gui/main_window.py" line="268"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="260"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="261"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="262"/>
        <source>Payment &amp;reminders…</source>
        <translation>还款提醒(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="267"/>
        <source>&amp;Undo %1</source>
        <translation>撤销“%1”(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="268"/>
        <source>&amp;Redo %1</source>
        <translation>重做“%1”(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/case_opening.py" line="91"/>
        <source>Opening your data…</source>
        <translation>正在打开数据…</translation>
    </message>
    <message>
        <location filename="../../gui/case_opening.py" line="180"/>
        <source>Cannot open your data</source>
        <translation>无法打开数据</translation>
    </message>
    <message>
        <location filename="../../gui/case_opening.py" line="181"/>
        <source>DebtDesk could not open the data folder %1:

%2</source>
        <translation>无法打开数据文件夹 %1：

%2</translation>
    </message>
    <message>
        <location filename="../../gui/case_opening.py" line="146"/>
        <source>Data folder: %1</source>
        <translation>数据文件夹：%1</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="240"/>
        <source>DebtDesk — debt negotiation assistant (read-only)</source>
        <translation>债务协商助手 DebtDesk（只读）</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../../gui/shared/notice_bar.py" line="40"/>
        <source>Show</source>
        <translation>查看</translation>
    </message>
    <message>
        <location filename="../../gui/shared/notice_bar.py" line="41"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>OpenFailure</name>
    <message>
        <location filename="../../gui/case/damaged.py" line="45"/>
        <source>Restore the newest backup</source>
        <translation>恢复最新备份</translation>
    </message>
    <message>
        <location filename="../../gui/case/damaged.py" line="58"/>
        <source>Cannot restore</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <location filename="../../gui/case/damaged.py" line="60"/>
        <source>Backup restored</source>
        <translation>备份已恢复</translation>
    </message>
    <message>
        <location filename="../../gui/case/damaged.py" line="61"/>
        <source>The backup of %1 is back in place. The damaged file is kept as %2.</source>
        <translation>%1 的备份已恢复。损坏的文件已改名保留为 %2。</translation>
    </message>
</context>
<context>
    <name>OutsideChanges</name>
    <message>
        <location filename="../../gui/outside_changes.py" line="62"/>
        <source>Changes made outside this window were loaded. What you did before them can no longer be undone.</source>
        <translation>已载入在本窗口之外所做的更改。在此之前的操作无法再撤销。</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../gui/debts/payment_dialogs.py" line="51"/>
        <source>Record a payment</source>
        <translation>记录还款</translation>
    </message>
    <message>
        <location filename="../../gui/debts/payment_dialogs.py" line="58"/>
        <source>e.g. 447.73</source>
        <translation>例如 447.73</translation>
    </message>
    <message>
        <location filename="../../gui/debts/payment_dialogs.py" line="61"/>
        <source>e.g. Alipay, bank transfer, the bank&apos;s app</source>
        <translation>例如：支付宝、银行转账、银行 App</translation>
    </message>
    <message>
        <location filename="../../gui/debts/payment_dialogs.py" line="63"/>
        <source>the transaction number on the receipt</source>
        <translation>凭证上的交易流水号</translation>
    </message>
    <message>
        <location filename="../../gui/debts/payment_dialogs.py" line="71"/>
        <source>&amp;Debt</source>
        <translation>债务(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../gui/debts/payment_dialogs.py" line="72"/>
        <source>D&amp;ate</source>
        <translation>日期(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../gui/debts/payment_dialogs.py" line="73"/>
        <source>&amp;Amount</source>
        <translation>金额(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../gui/debts/payment_dialogs.py" line="74"/>
        <source>&amp;Method</source>
        <translation>方式(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gui/debts/payment_dialogs.py" line="75"/>
        <source>&amp;Reference</source>
        <translation>流水号(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/debts/payment_dialogs.py" line="76"/>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../gui/debts/payment_dialogs.py" line="77"/>
        <source>Receipt (evidence)</source>
        <translation>还款凭证（证据）</translation>
    </message>
    <message>
        <location filename="../../gui/debts/payment_dialogs.py" line="98"/>
        <source>Wait until the files are attached.</source>
        <translation>请等文件添加完成。</translation>
    </message>
</context>
<context>
    <name>PdfOutput</name>
    <message>
        <location filename="../../gui/shared/pdf_output.py" line="21"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../gui/shared/pdf_output.py" line="36"/>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <location filename="../../gui/shared/pdf_output.py" line="79"/>
        <source>Cannot print</source>
        <translation>无法打印</translation>
    </message>
    <message>
        <location filename="../../gui/shared/pdf_output.py" line="80"/>
        <source>The printer could not be started.</source>
        <translation>无法启动打印机。</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../gui/shared/pdf_view.py" line="79"/>
        <source>◀ Previous</source>
        <translation>◀ 上一页</translation>
    </message>
    <message>
        <location filename="../../gui/shared/pdf_view.py" line="80"/>
        <source>Next ▶</source>
        <translation>下一页 ▶</translation>
    </message>
    <message>
        <location filename="../../gui/shared/pdf_view.py" line="81"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../gui/shared/pdf_view.py" line="82"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../gui/shared/pdf_view.py" line="83"/>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location filename="../../gui/shared/pdf_view.py" line="86"/>
        <source>The preview needs Qt&apos;s PDF module, which is not installed. You can still save, print and open the letter.</source>
        <translation>预览需要 Qt 的 PDF 模块，但它没有安装。信函仍可保存、打印和打开。</translation>
    </message>
    <message>
        <location filename="../../gui/shared/pdf_view.py" line="146"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 / 共 %2 页</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../../gui/plans/plan_editor.py" line="133"/>
        <location filename="../../gui/plans/plan_editor.py" line="308"/>
        <source>Monthly budget</source>
        <translation>每月还款预算</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_editor.py" line="133"/>
        <location filename="../../gui/plans/plan_editor.py" line="309"/>
        <source>One-off funds (month 1)</source>
        <translation>一次性资金（第 1 个月）</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_editor.py" line="134"/>
        <source>First payment</source>
        <translation>首次还款日</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_editor.py" line="134"/>
        <source>Strategy</source>
        <translation>分配方式</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_editor.py" line="134"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_editor.py" line="140"/>
        <source>savings, family help (optional)</source>
        <translation>积蓄、亲友帮助（可不填）</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_editor.py" line="142"/>
        <source>Debt</source>
        <translation>债务</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_editor.py" line="142"/>
        <source>Treatment</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_editor.py" line="142"/>
        <source>Months</source>
        <translation>期数</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_editor.py" line="142"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_editor.py" line="143"/>
        <source>Rate %</source>
        <translation>利率 %</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_editor.py" line="143"/>
        <source>Basis</source>
        <translation>计息方式</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_editor.py" line="143"/>
        <source>Freeze interest</source>
        <translation>停息</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_editor.py" line="144"/>
        <source>Waive fees</source>
        <translation>减免费用</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_editor.py" line="144"/>
        <source>Pause (months)</source>
        <translation>暂停（月）</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_editor.py" line="153"/>
        <source>To change a term, double-click its cell, or select it and start typing; Enter keeps it, Esc leaves it as it was.</source>
        <translation>要修改某项条件：双击该格，或选中后直接输入；按 Enter 保存，按 Esc 取消。</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_editor.py" line="155"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_editor.py" line="156"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_editor.py" line="158"/>
        <source>Custom order: the money beyond the fixed payments goes to the debts from the top of this list down.</source>
        <translation>自定顺序：固定还款之外的钱，按此列表从上到下依次还给各笔债务。</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_editor.py" line="168"/>
        <source>What you can pay all your creditors together each month, after essential expenses. The plan shares it out between them.</source>
        <translation>扣除必要支出后，每月能用来还所有债务的总金额。方案会把它分给各家债权人。</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_editor.py" line="170"/>
        <source>Money you can pay once at the start (savings, help from family): it is paid in the first month.</source>
        <translation>开始时能一次性拿出的钱（积蓄、亲友帮助），在第一个月还出。</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_editor.py" line="184"/>
        <source>This day has passed: a first payment then would already be late.</source>
        <translation>这一天已经过去：定在这天的首期还款已经算逾期了。</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_editor.py" line="227"/>
        <source>per day</source>
        <translation>按日</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_editor.py" line="227"/>
        <source>per year</source>
        <translation>按年</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_editor.py" line="195"/>
        <source>(no financial statement yet)</source>
        <translation>（尚未填写收支情况）</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_editor.py" line="199"/>
        <source>your financial statement leaves %1 a month</source>
        <translation>按收支情况，每月可用于还债 %1</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_editor.py" line="201"/>
        <source>empty: %1</source>
        <translation>留空即 %1</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_editor.py" line="94"/>
        <source>contract</source>
        <translation>按合同</translation>
    </message>
</context>
<context>
    <name>PlanList</name>
    <message>
        <location filename="../../gui/plans/plan_list.py" line="61"/>
        <source>Plans</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_list.py" line="97"/>
        <source>&amp;New plan</source>
        <translation>新建方案(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_list.py" line="98"/>
        <source>D&amp;uplicate</source>
        <translation>复制方案(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_list.py" line="99"/>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_list.py" line="100"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_list.py" line="101"/>
        <source>Compare two plans…</source>
        <translation>比较两个方案…</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_list.py" line="143"/>
        <source>Cannot create the plan</source>
        <translation>无法新建方案</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_list.py" line="164"/>
        <source>Plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_list.py" line="173"/>
        <source>New plan %1</source>
        <translation>新建方案 %1</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_list.py" line="183"/>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_list.py" line="186"/>
        <source>Duplicate plan %1</source>
        <translation>复制方案 %1</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_list.py" line="199"/>
        <source>Rename plan</source>
        <translation>重命名方案</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_list.py" line="199"/>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_list.py" line="207"/>
        <source>Cannot rename the plan</source>
        <translation>无法重命名方案</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_list.py" line="212"/>
        <source>Rename plan %1</source>
        <translation>重命名方案 %1</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_list.py" line="228"/>
        <source>Delete plan</source>
        <translation>删除方案</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_list.py" line="229"/>
        <source>Delete the plan “%1”? You can undo this with Edit → Undo.</source>
        <translation>确定删除方案“%1”吗？删除后可以通过“编辑 → 撤销”恢复。</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_list.py" line="235"/>
        <source>Delete plan %1</source>
        <translation>删除方案 %1</translation>
    </message>
</context>
<context>
    <name>PlanSummary</name>
    <message>
        <location filename="../../gui/plans/plan_summary.py" line="20"/>
        <source>%1: a credit-card plan longer than 60 months; a bank may agree at most 60 (credit-card rules of 2011, art. 70).</source>
        <translation>%1：信用卡还款期超过 60 个月；按《商业银行信用卡业务监督管理办法》第七十条，个性化分期最长 5 年（60 个月）。</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_summary.py" line="25"/>
        <source>The budget is more than your financial statement leaves each month (the savings allowance included).</source>
        <translation>还款预算超过了收支情况每月的结余（已计入应急储蓄）。</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_summary.py" line="30"/>
        <source>%1 gets nothing for 3 months or more in a row; creditors act on that, so give it something.</source>
        <translation>%1 连续 3 个月以上没有还款，债权人可能采取措施，建议每月至少还一点。</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_summary.py" line="35"/>
        <source>Unaffordable: from month %2 the money does not cover the fixed payments (short by %3 in all).</source>
        <translation>还不起：从第 %2 个月起，钱不够支付固定还款（共差 %3）。</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_summary.py" line="40"/>
        <source>The payments do not cover the interest: the debts never clear.</source>
        <translation>还款额不足以覆盖利息：债务永远还不清。</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_summary.py" line="55"/>
        <source>&lt;b&gt;Never clears&lt;/b&gt; within %1 months</source>
        <translation>%1 个月内&lt;b&gt;还不清&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_summary.py" line="57"/>
        <source>&lt;b&gt;Debt-free on %1&lt;/b&gt; (%2 months)</source>
        <translation>&lt;b&gt;%1 还清全部债务&lt;/b&gt;（共 %2 个月）</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_summary.py" line="61"/>
        <source>Monthly budget: %1</source>
        <translation>每月还款预算：%1</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_summary.py" line="62"/>
        <source>Total paid: %1</source>
        <translation>共还款：%1</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_summary.py" line="63"/>
        <source>Interest: %1 · late fees: %2</source>
        <translation>利息：%1 · 违约金：%2</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_summary.py" line="65"/>
        <source>Forgiven: %1</source>
        <translation>减免：%1</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_summary.py" line="66"/>
        <source>&lt;b&gt;Saved against doing nothing: %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;比放任不管少付：%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_summary.py" line="73"/>
        <source>Affordable every month.</source>
        <translation>每个月都还得起。</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <location filename="../../gui/plans/plan_tab.py" line="147"/>
        <source>Repayment curve</source>
        <translation>还款曲线</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_tab.py" line="148"/>
        <source>Schedule</source>
        <translation>还款明细</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_tab.py" line="149"/>
        <source>Export chart…</source>
        <translation>导出图表…</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_tab.py" line="150"/>
        <source>Export schedule…</source>
        <translation>导出明细…</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_tab.py" line="151"/>
        <source>Write a &amp;letter with this plan…</source>
        <translation>按此方案写信(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_tab.py" line="152"/>
        <source>Drawing the chart…</source>
        <translation>正在绘制图表…</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_tab.py" line="155"/>
        <source>No plan yet. A plan turns what you can afford each month into a concrete offer to each creditor. Press “New plan” to make one.</source>
        <translation>还没有还款方案。方案会把您每月能拿出的钱，变成给每个债权人的具体还款提议。请点击“新建方案”。</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_tab.py" line="317"/>
        <source>&lt;p&gt;Fix the problem shown under the terms to see the plan.&lt;/p&gt;</source>
        <translation>&lt;p&gt;请先修正条款下方提示的问题，才能看到方案结果。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_tab.py" line="321"/>
        <source>&lt;p&gt;Working out the plan…&lt;/p&gt;</source>
        <translation>&lt;p&gt;正在计算还款计划…&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_tab.py" line="348"/>
        <source>Edit plan %1</source>
        <translation>修改方案 %1</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_tab.py" line="384"/>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_tab.py" line="386"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 图片 (*.png);;SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_tab.py" line="405"/>
        <source>Export schedule</source>
        <translation>导出还款明细</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_tab.py" line="407"/>
        <source>Spreadsheet (*.csv);;JSON (*.json);;Calendar (*.ics)</source>
        <translation>表格 (*.csv);;JSON (*.json);;日历 (*.ics)</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plan_tab.py" line="425"/>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
</context>
<context>
    <name>ProtectDialog</name>
    <message>
        <location filename="../../gui/case/protect_dialog.py" line="82"/>
        <source>Protect your case with a passphrase</source>
        <translation>用密码保护您的案卷</translation>
    </message>
    <message>
        <location filename="../../gui/case/protect_dialog.py" line="89"/>
        <source>&amp;Protect</source>
        <translation>加密保护(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../gui/case/protect_dialog.py" line="91"/>
        <source>Change the passphrase</source>
        <translation>更换密码</translation>
    </message>
    <message>
        <location filename="../../gui/case/protect_dialog.py" line="78"/>
        <source>Nobody can recover a forgotten passphrase: not DebtDesk, not its makers, not anyone else. Without it, or the recovery key if you print one, the case cannot be opened.</source>
        <translation>密码忘了，谁也找不回来：本程序不能，开发者不能，任何人都不能。没有密码（或者您打印的恢复密钥），案卷就打不开。</translation>
    </message>
    <message>
        <location filename="../../gui/case/protect_dialog.py" line="83"/>
        <source>A passphrase keeps everything in this case&apos;s data folder encrypted: the debts, calls, plans and letters, the evidence files and the backups. DebtDesk asks for it each time it opens the case. A backup is made first, and the change is all or nothing. The unencrypted files are deleted, but a disk can keep traces of deleted files: your system&apos;s disk encryption (BitLocker, FileVault) covers those.</source>
        <translation>设置密码后，这份案卷数据文件夹里的一切都会加密保存：债务、联系记录、方案和信件、证据文件，以及备份。每次打开案卷都要输入密码。操作前会先做一份备份，而且要么全部完成，要么什么都不改。原来未加密的文件会被删除，但硬盘上可能还留有已删除文件的痕迹；系统自带的磁盘加密（BitLocker、FileVault）可以保护这部分。</translation>
    </message>
    <message>
        <location filename="../../gui/case/protect_dialog.py" line="92"/>
        <source>The new passphrase replaces the old one for the whole case, its evidence files and its backups. A recovery key printed before stops working. A backup is made first, and the change is all or nothing.</source>
        <translation>新密码将替换旧密码，整个案卷、证据文件和备份都改用新密码。之前打印的恢复密钥会失效。更换前会先做一份备份，更换要么全部完成，要么完全不变。</translation>
    </message>
    <message>
        <location filename="../../gui/case/protect_dialog.py" line="96"/>
        <source>&amp;Change</source>
        <translation>更换(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../gui/case/protect_dialog.py" line="98"/>
        <source>Remove the protection</source>
        <translation>取消密码保护</translation>
    </message>
    <message>
        <location filename="../../gui/case/protect_dialog.py" line="99"/>
        <source>The case, its evidence files and its backups will be stored unencrypted again: anyone who can open this computer&apos;s files can read them. Type the current passphrase to confirm. A backup is made first.</source>
        <translation>案卷、证据文件和备份将重新以不加密的形式保存：任何能打开这台电脑上文件的人都能读到它们。请输入当前密码以确认。操作前会先做一份备份。</translation>
    </message>
    <message>
        <location filename="../../gui/case/protect_dialog.py" line="104"/>
        <source>&amp;Remove protection</source>
        <translation>取消保护(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/case/protect_dialog.py" line="107"/>
        <source>Current passphrase:</source>
        <translation>当前密码：</translation>
    </message>
    <message>
        <location filename="../../gui/case/protect_dialog.py" line="108"/>
        <source>New passphrase:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <location filename="../../gui/case/protect_dialog.py" line="109"/>
        <source>Type it again:</source>
        <translation>再输入一次：</translation>
    </message>
    <message>
        <location filename="../../gui/case/protect_dialog.py" line="110"/>
        <source>Also make a recovery &amp;key to print (recommended)</source>
        <translation>同时制作一把可打印的恢复密钥（建议）(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../gui/case/protect_dialog.py" line="112"/>
        <source>A random key, shown once, that opens the case if the passphrase is forgotten. Print it and keep it away from the computer.</source>
        <translation>一串随机字符，只显示这一次；忘记密码时可以用它打开案卷。请打印出来，和电脑分开存放。</translation>
    </message>
    <message>
        <location filename="../../gui/case/protect_dialog.py" line="114"/>
        <source>Show</source>
        <translation>查看</translation>
    </message>
    <message>
        <location filename="../../gui/case/protect_dialog.py" line="119"/>
        <source>Type a passphrase first.</source>
        <translation>请先输入密码。</translation>
    </message>
    <message>
        <location filename="../../gui/case/protect_dialog.py" line="123"/>
        <source>The two passphrases are not the same. Nothing was changed.</source>
        <translation>两次输入的密码不一致，没有做任何更改。</translation>
    </message>
    <message>
        <location filename="../../gui/case/protect_dialog.py" line="134"/>
        <source>Working… every file of the case is written anew; this can take a while for many evidence files.</source>
        <translation>正在处理……案卷的每个文件都要重新写入，证据文件多时可能需要一些时间。</translation>
    </message>
</context>
<context>
    <name>RateField</name>
    <message>
        <location filename="../../gui/debts/debt_dialog.py" line="80"/>
        <source>e.g. 0.05</source>
        <translation>例如 0.05</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_dialog.py" line="83"/>
        <source>per day</source>
        <translation>按日</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_dialog.py" line="84"/>
        <source>per year</source>
        <translation>按年</translation>
    </message>
</context>
<context>
    <name>ReadOnlyLabel</name>
    <message>
        <location filename="../../gui/read_only.py" line="50"/>
        <source>Read-only: your data is damaged</source>
        <translation>只读：数据已损坏</translation>
    </message>
    <message>
        <location filename="../../gui/read_only.py" line="51"/>
        <source>Read-only: changes are made in the other DebtDesk window</source>
        <translation>只读：请在另一个 DebtDesk 窗口中修改</translation>
    </message>
</context>
<context>
    <name>RecordsTab</name>
    <message>
        <location filename="../../gui/evidence/evidence_list.py" line="102"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_list.py" line="107"/>
        <source>File name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_list.py" line="109"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_list.py" line="112"/>
        <source>Document date</source>
        <translation>文件日期</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_list.py" line="116"/>
        <source>Debts</source>
        <translation>相关债务</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_list.py" line="118"/>
        <location filename="../../gui/evidence/evidence_list.py" line="202"/>
        <source>Reviewed</source>
        <translation>已核对</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_list.py" line="119"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_list.py" line="119"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_list.py" line="122"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_list.py" line="155"/>
        <source>Kept in your data folder, named by their SHA-256 so any later change shows. Double-click an entry to edit its details; select one to see it on the right.</source>
        <translation>文件保存在数据文件夹中，并记下每份文件的校验码（一种数字指纹），之后任何改动都能被发现。双击一项可编辑详细信息；选中一项可在右侧查看。</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_list.py" line="194"/>
        <source>Any category</source>
        <translation>所有类别</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_list.py" line="199"/>
        <source>Any debt</source>
        <translation>所有债务</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_list.py" line="199"/>
        <source>No debt</source>
        <translation>未关联债务</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_list.py" line="201"/>
        <source>Reviewed or not</source>
        <translation>核对与否</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_list.py" line="203"/>
        <source>Not reviewed yet</source>
        <translation>尚未核对</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_list.py" line="204"/>
        <source>Any file state</source>
        <translation>所有文件状态</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_list.py" line="205"/>
        <source>Missing or changed</source>
        <translation>缺失或被改动</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_list.py" line="206"/>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_list.py" line="206"/>
        <source>Changed</source>
        <translation>被改动</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_list.py" line="207"/>
        <source>Checked intact</source>
        <translation>已校验完好</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_check.py" line="39"/>
        <location filename="../../gui/evidence/evidence_list.py" line="144"/>
        <source>kept</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_check.py" line="40"/>
        <source>intact</source>
        <translation>完好</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_check.py" line="41"/>
        <source>changed</source>
        <translation>已被改动</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_check.py" line="42"/>
        <location filename="../../gui/evidence/evidence_list.py" line="144"/>
        <source>missing</source>
        <translation>缺少文件</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_list.py" line="128"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_list.py" line="153"/>
        <source>Search evidence (title, file name, note)…</source>
        <translation>搜索证据材料（标题、文件名、备注）…</translation>
    </message>
    <message>
        <location filename="../../gui/evidence/evidence_list.py" line="157"/>
        <source>No evidence files yet.</source>
        <translation>还没有证据材料。</translation>
    </message>
</context>
<context>
    <name>RecoverySheetDialog</name>
    <message>
        <location filename="../../gui/case/recovery_sheet.py" line="77"/>
        <source>Your recovery key</source>
        <translation>您的恢复密钥</translation>
    </message>
    <message>
        <location filename="../../gui/case/recovery_sheet.py" line="79"/>
        <source>If you forget the passphrase, this key opens the case instead. It is shown only now: save or print the sheet, or copy the key onto paper, and keep it away from the computer.</source>
        <translation>忘记密码时，可以用这把恢复密钥打开案卷。它只显示这一次：请保存或打印恢复密钥页，或者抄在纸上，和电脑分开存放。</translation>
    </message>
    <message>
        <location filename="../../gui/case/recovery_sheet.py" line="83"/>
        <source>Case fingerprint: %1. Anyone with this key and this computer&apos;s files can read your case; a new passphrase makes the key useless.</source>
        <translation>案卷标识：%1。谁拿到这把密钥和这台电脑上的文件，就能看到您的案卷；更换密码后，这把密钥就失效了。</translation>
    </message>
    <message>
        <location filename="../../gui/case/recovery_sheet.py" line="85"/>
        <source>I have &amp;saved, printed or copied down this key</source>
        <translation>我已保存、打印或抄下这把密钥(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/case/recovery_sheet.py" line="86"/>
        <source>Save as &amp;PDF…</source>
        <translation>保存为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../gui/case/recovery_sheet.py" line="87"/>
        <source>P&amp;rint…</source>
        <translation>打印(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../gui/case/recovery_sheet.py" line="88"/>
        <source>&amp;Done</source>
        <translation>完成(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../gui/case/recovery_sheet.py" line="103"/>
        <source>DebtDesk recovery key</source>
        <translation>债务协商助手恢复密钥</translation>
    </message>
    <message>
        <location filename="../../gui/case/recovery_sheet.py" line="104"/>
        <source>Save the recovery sheet</source>
        <translation>保存恢复密钥页</translation>
    </message>
    <message>
        <location filename="../../gui/case/recovery_sheet.py" line="109"/>
        <source>Saved as %1. A key kept on this computer protects nothing: print it or move it to a USB stick kept apart, then delete the file.</source>
        <translation>已保存为 %1。密钥留在这台电脑上起不到保护作用：请打印出来，或移到另外存放的 U 盘上，然后删除这个文件。</translation>
    </message>
    <message>
        <location filename="../../gui/case/recovery_sheet.py" line="114"/>
        <source>Print the recovery sheet</source>
        <translation>打印恢复密钥页</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <location filename="../../gui/reminders.py" line="55"/>
        <source>%n agreed payment(s) due or overdue. First: %1 %2 on %3</source>
        <translation>
            <numerusform>有 %n 笔约定还款已到期或即将到期。最早的：%1 %2，%3 到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/reminders.py" line="60"/>
        <source>%n follow-up(s) due. First: %1 — %2 (%3)</source>
        <translation>
            <numerusform>有 %n 项跟进到期。最早的：%1 — %2（%3）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/reminders.py" line="65"/>
        <source>Letter to %1 (%2): %3</source>
        <translation>寄给%1的信（%2）：%3</translation>
    </message>
    <message>
        <location filename="../../gui/reminders.py" line="69"/>
        <source>DebtDesk: things due</source>
        <translation>债务协商助手：有事项到期</translation>
    </message>
    <message>
        <location filename="../../gui/reminders.py" line="79"/>
        <source>Payment reminders</source>
        <translation>还款提醒</translation>
    </message>
    <message>
        <location filename="../../gui/reminders.py" line="80"/>
        <source>Remind me of agreed payments this many days ahead:</source>
        <translation>提前几天提醒约定的还款：</translation>
    </message>
</context>
<context>
    <name>RepaymentChart</name>
    <message>
        <location filename="../../gui/plans/chart.py" line="245"/>
        <source>Still owed (%1)</source>
        <translation>尚欠金额（%1）</translation>
    </message>
    <message>
        <location filename="../../gui/plans/chart.py" line="262"/>
        <source>%1 other debts</source>
        <translation>其他 %1 笔债务</translation>
    </message>
    <message>
        <location filename="../../gui/plans/chart.py" line="286"/>
        <location filename="../../gui/plans/chart.py" line="322"/>
        <source>Doing nothing</source>
        <translation>放任不管</translation>
    </message>
    <message>
        <location filename="../../gui/plans/chart.py" line="295"/>
        <location filename="../../gui/plans/chart.py" line="326"/>
        <source>A debt cleared</source>
        <translation>一笔债务还清</translation>
    </message>
    <message>
        <location filename="../../gui/plans/chart.py" line="297"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../gui/plans/chart.py" line="300"/>
        <source>yyyy-MM</source>
        <comment>a month under the chart, as a Qt date format</comment>
        <translation>yy年M月</translation>
    </message>
    <message>
        <location filename="../../gui/plans/chart.py" line="365"/>
        <source>Month %1 · %2</source>
        <translation>第 %1 个月 · %2</translation>
    </message>
    <message>
        <location filename="../../gui/plans/chart.py" line="366"/>
        <source>Paid this month: %1</source>
        <translation>本月还款：%1</translation>
    </message>
    <message>
        <location filename="../../gui/plans/chart.py" line="369"/>
        <source>Still owed: %1</source>
        <translation>尚欠：%1</translation>
    </message>
    <message>
        <location filename="../../gui/plans/chart.py" line="374"/>
        <source>Doing nothing: %1</source>
        <translation>放任不管：%1</translation>
    </message>
</context>
<context>
    <name>ReplyDays</name>
    <message>
        <location filename="../../gui/letters/reply_days.py" line="68"/>
        <source>Repl&amp;y expected within:</source>
        <translation>预计回复期限(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../../gui/letters/reply_days.py" line="71"/>
        <source>The letter asks for a reply within these days, counted from the day you send it. If no reply has come by then, the reminders say what to do next.</source>
        <translation>信里请对方在这些天内答复，从寄出当天算起。到期还没有回复，提醒会告诉你下一步怎么做。</translation>
    </message>
    <message>
        <location filename="../../gui/letters/reply_days.py" line="88"/>
        <source>Recorded in the call log, with the PDF kept as evidence. If no reply has come by %1, the reminders will say what to do next.</source>
        <translation>已记入联系记录，PDF 已作为证据保存。如果到 %1 仍未收到回复，提醒会告诉您下一步该怎么做。</translation>
    </message>
</context>
<context>
    <name>ScheduleModel</name>
    <message>
        <location filename="../../gui/plans/schedule_model.py" line="36"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../gui/plans/schedule_model.py" line="37"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../gui/plans/schedule_model.py" line="38"/>
        <source>Opening</source>
        <translation>期初</translation>
    </message>
    <message>
        <location filename="../../gui/plans/schedule_model.py" line="39"/>
        <source>Interest</source>
        <translation>利息</translation>
    </message>
    <message>
        <location filename="../../gui/plans/schedule_model.py" line="40"/>
        <source>Late fees</source>
        <translation>违约金</translation>
    </message>
    <message>
        <location filename="../../gui/plans/schedule_model.py" line="41"/>
        <source>Payment</source>
        <translation>还款</translation>
    </message>
    <message>
        <location filename="../../gui/plans/schedule_model.py" line="42"/>
        <source>Forgiven</source>
        <translation>减免</translation>
    </message>
    <message>
        <location filename="../../gui/plans/schedule_model.py" line="43"/>
        <source>Closing</source>
        <translation>期末</translation>
    </message>
    <message>
        <location filename="../../gui/plans/schedule_model.py" line="51"/>
        <source>All debts (totals)</source>
        <translation>全部债务（合计）</translation>
    </message>
</context>
<context>
    <name>Security</name>
    <message>
        <location filename="../../gui/case/security.py" line="82"/>
        <source>Securit&amp;y</source>
        <translation>安全(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../gui/case/security.py" line="83"/>
        <source>&amp;Lock now</source>
        <translation>立即锁定(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gui/case/security.py" line="84"/>
        <source>Lock after &amp;idle</source>
        <translation>闲置后锁定(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../gui/case/security.py" line="86"/>
        <source>After %1 minutes</source>
        <translation>%1 分钟后</translation>
    </message>
    <message>
        <location filename="../../gui/case/security.py" line="87"/>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <location filename="../../gui/case/security.py" line="88"/>
        <source>&amp;Protect with a passphrase…</source>
        <translation>设置密码保护(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../gui/case/security.py" line="89"/>
        <source>&amp;Change the passphrase…</source>
        <translation>更换密码(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../gui/case/security.py" line="90"/>
        <source>&amp;Remove the protection…</source>
        <translation>取消密码保护(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../gui/case/security.py" line="91"/>
        <source>Make a recovery &amp;key…</source>
        <translation>制作恢复密钥(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../../gui/case/security.py" line="118"/>
        <source>Protect your case?</source>
        <translation>要为案卷设置密码吗？</translation>
    </message>
    <message>
        <location filename="../../gui/case/security.py" line="119"/>
        <source>DebtDesk can keep this case encrypted behind a passphrase, so that nobody who opens this computer&apos;s files can read your debts or your documents. A forgotten passphrase cannot be recovered by anyone. You can also do this later, from File ▸ Security.</source>
        <translation>可以用密码把这份案卷加密保存，这样别人即使打开这台电脑上的文件，也读不到您的债务和材料。密码一旦忘记，任何人都无法找回。您也可以以后再从“文件 ▸ 安全”中设置。</translation>
    </message>
    <message>
        <location filename="../../gui/case/security.py" line="161"/>
        <source>You opened the case with its recovery key. Choose a new passphrase now.</source>
        <translation>您是用恢复密钥打开案卷的。请现在设置一个新密码。</translation>
    </message>
    <message>
        <location filename="../../gui/case/security.py" line="172"/>
        <source>Make a new recovery key?</source>
        <translation>重新制作恢复密钥？</translation>
    </message>
    <message>
        <location filename="../../gui/case/security.py" line="173"/>
        <source>The recovery key made before will stop working. Make a new one?</source>
        <translation>之前制作的恢复密钥将会失效。要重新制作吗？</translation>
    </message>
    <message>
        <location filename="../../gui/case/security.py" line="184"/>
        <source>No recovery key made</source>
        <translation>没有制作恢复密钥</translation>
    </message>
    <message>
        <location filename="../../gui/case/security.py" line="212"/>
        <source>The case was locked after %1 minutes without use.</source>
        <translation>%1 分钟没有操作，案卷已自动锁定。</translation>
    </message>
    <message>
        <location filename="../../gui/case/security.py" line="215"/>
        <source>A dialog that was open was closed without saving its changes.</source>
        <translation>当时打开的对话框已关闭，其中的修改没有保存。</translation>
    </message>
    <message>
        <location filename="../../gui/case/security.py" line="308"/>
        <source>Your case is now protected with the passphrase. A backup of it as it was is kept as %1.</source>
        <translation>您的案卷现在已受密码保护。加密前的备份保存为 %1。</translation>
    </message>
    <message>
        <location filename="../../gui/case/security.py" line="310"/>
        <source>The passphrase is changed. A backup of the case as it was is kept as %1.</source>
        <translation>密码已更换。更换前的案卷备份保存为 %1。</translation>
    </message>
    <message>
        <location filename="../../gui/case/security.py" line="312"/>
        <source>The protection is removed: the case is stored unencrypted. A backup of it as it was is kept as %1.</source>
        <translation>密码保护已取消：案卷现在不加密保存。取消前的备份保存为 %1。</translation>
    </message>
    <message>
        <location filename="../../gui/case/security.py" line="318"/>
        <source>That passphrase does not open this case.</source>
        <translation>这个密码打不开这份案卷。</translation>
    </message>
</context>
<context>
    <name>SituationDialog</name>
    <message>
        <location filename="../../gui/case/situation_dialog.py" line="260"/>
        <source>Your situation</source>
        <translation>个人情况</translation>
    </message>
    <message>
        <location filename="../../gui/case/situation_dialog.py" line="261"/>
        <location filename="../../gui/case/situation_dialog.py" line="383"/>
        <source>About you</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <location filename="../../gui/case/situation_dialog.py" line="261"/>
        <location filename="../../gui/case/situation_dialog.py" line="384"/>
        <source>Household</source>
        <translation>家庭情况</translation>
    </message>
    <message>
        <location filename="../../gui/case/situation_dialog.py" line="262"/>
        <location filename="../../gui/case/situation_dialog.py" line="385"/>
        <source>What happened</source>
        <translation>困难说明</translation>
    </message>
    <message>
        <location filename="../../gui/case/situation_dialog.py" line="262"/>
        <location filename="../../gui/case/situation_dialog.py" line="386"/>
        <source>Financial statement</source>
        <translation>收支情况</translation>
    </message>
    <message>
        <location filename="../../gui/case/situation_dialog.py" line="264"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../gui/case/situation_dialog.py" line="264"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../gui/case/situation_dialog.py" line="264"/>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../gui/case/situation_dialog.py" line="265"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../gui/case/situation_dialog.py" line="265"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../gui/case/situation_dialog.py" line="266"/>
        <location filename="../../gui/case/situation_dialog.py" line="389"/>
        <source>Country you live in</source>
        <translation>所在国家</translation>
    </message>
    <message>
        <location filename="../../gui/case/situation_dialog.py" line="267"/>
        <source>Adults</source>
        <translation>成年人数</translation>
    </message>
    <message>
        <location filename="../../gui/case/situation_dialog.py" line="267"/>
        <source>Children</source>
        <translation>子女人数</translation>
    </message>
    <message>
        <location filename="../../gui/case/situation_dialog.py" line="268"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../gui/case/situation_dialog.py" line="269"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../gui/case/situation_dialog.py" line="269"/>
        <source>Since</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../gui/case/situation_dialog.py" line="270"/>
        <source>In your own words</source>
        <translation>情况说明</translation>
    </message>
    <message>
        <location filename="../../gui/case/situation_dialog.py" line="271"/>
        <source>When things should improve</source>
        <translation>预计何时好转</translation>
    </message>
    <message>
        <location filename="../../gui/case/situation_dialog.py" line="272"/>
        <source>known</source>
        <translation>已知</translation>
    </message>
    <message>
        <location filename="../../gui/case/situation_dialog.py" line="274"/>
        <source>What happened, when, and what you are doing about it. Creditors read this in your letters: be honest and specific.</source>
        <translation>发生了什么、从什么时候开始、您正在怎样应对。这段话会写进给债权人的信里，请如实、具体地说明。</translation>
    </message>
    <message>
        <location filename="../../gui/case/situation_dialog.py" line="276"/>
        <source>Shown masked in letters unless you choose</source>
        <translation>信函中默认只显示部分号码</translation>
    </message>
    <message>
        <location filename="../../gui/case/situation_dialog.py" line="279"/>
        <source>Monthly income</source>
        <translation>每月收入</translation>
    </message>
    <message>
        <location filename="../../gui/case/situation_dialog.py" line="281"/>
        <source>Monthly expenses (include a small savings allowance for emergencies)</source>
        <translation>每月支出（建议留一小笔应急储蓄）</translation>
    </message>
    <message>
        <location filename="../../gui/case/situation_dialog.py" line="391"/>
        <source>income</source>
        <translation>收入</translation>
    </message>
    <message>
        <location filename="../../gui/case/situation_dialog.py" line="391"/>
        <source>expenses</source>
        <translation>支出</translation>
    </message>
    <message>
        <location filename="../../gui/case/situation_dialog.py" line="392"/>
        <source>What</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../gui/case/situation_dialog.py" line="392"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../gui/case/situation_dialog.py" line="393"/>
        <source>Per month</source>
        <translation>每月金额</translation>
    </message>
    <message>
        <location filename="../../gui/case/situation_dialog.py" line="394"/>
        <source>%1 line %2</source>
        <translation>%1第 %2 行</translation>
    </message>
    <message>
        <location filename="../../gui/case/situation_dialog.py" line="427"/>
        <source>Income %1 − expenses %2 = &lt;b style=&apos;color:%4&apos;&gt;%3 left each month for your debts&lt;/b&gt;</source>
        <translation>收入 %1 − 支出 %2 = &lt;b style=&apos;color:%4&apos;&gt;每月可用于还债 %3&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>SituationTerms</name>
    <message>
        <location filename="../../gui/case/situation_terms.py" line="14"/>
        <source>Your name as it is on your ID card. Letters are signed with it.</source>
        <translation>与身份证上一致的姓名。信件落款用这个名字。</translation>
    </message>
    <message>
        <location filename="../../gui/case/situation_terms.py" line="17"/>
        <source>The number a creditor can call you on about your proposal.</source>
        <translation>债权人就您的方案联系您时拨打的号码。</translation>
    </message>
    <message>
        <location filename="../../gui/case/situation_terms.py" line="20"/>
        <source>Where a creditor can send a written reply. Leave it empty if you have none.</source>
        <translation>债权人书面答复可以发到这里。没有邮箱就空着。</translation>
    </message>
    <message>
        <location filename="../../gui/case/situation_terms.py" line="23"/>
        <source>Where a reply by post should go.</source>
        <translation>债权人寄信答复时的收信地址。</translation>
    </message>
    <message>
        <location filename="../../gui/case/situation_terms.py" line="26"/>
        <source>Some creditors ask for it to find your account. Letters show only its first and last characters unless you choose otherwise.</source>
        <translation>有的债权人要凭身份证号查找您的账户。除非您另行选择，信里只显示开头和末尾几位。</translation>
    </message>
    <message>
        <location filename="../../gui/case/situation_terms.py" line="30"/>
        <source>Decides which rules on collectors&apos; calls are checked, and where a complaint goes next.</source>
        <translation>决定用哪里的规定来检查催收电话，以及投诉下一步该找谁。</translation>
    </message>
    <message>
        <location filename="../../gui/case/situation_terms.py" line="34"/>
        <source>Adults who live on this household&apos;s income, you included.</source>
        <translation>靠这份家庭收入生活的成年人，包括您自己。</translation>
    </message>
    <message>
        <location filename="../../gui/case/situation_terms.py" line="37"/>
        <source>Children you support. A larger household has higher costs, and creditors expect that.</source>
        <translation>您抚养的子女。家里人多，开支自然大，债权人也明白这一点。</translation>
    </message>
    <message>
        <location filename="../../gui/case/situation_terms.py" line="41"/>
        <source>Anything else that explains your costs, for example a parent you look after.</source>
        <translation>其他能说明开支的情况，比如需要您照顾的父母。</translation>
    </message>
    <message>
        <location filename="../../gui/case/situation_terms.py" line="44"/>
        <source>The main cause of your difficulty. Letters name it in one line.</source>
        <translation>造成困难的主要原因。信里会用一句话说明。</translation>
    </message>
    <message>
        <location filename="../../gui/case/situation_terms.py" line="47"/>
        <source>When the difficulty began. Tick &quot;known&quot; if you know the date.</source>
        <translation>困难从什么时候开始。记得日期就勾选“已知”。</translation>
    </message>
    <message>
        <location filename="../../gui/case/situation_terms.py" line="50"/>
        <source>Your own words, printed in every letter: what happened, when, and what you are doing about it.</source>
        <translation>用您自己的话写，每封信都会印上：发生了什么、什么时候、您正在怎么应对。</translation>
    </message>
    <message>
        <location filename="../../gui/case/situation_terms.py" line="54"/>
        <source>When you expect things to improve, if you know (a new job, the end of treatment). Leave it empty rather than guess.</source>
        <translation>如果知道，写下情况预计何时好转（找到新工作、治疗结束）。不确定就空着，不要猜。</translation>
    </message>
    <message>
        <location filename="../../gui/case/situation_terms.py" line="62"/>
        <source>Money that comes in each month after tax: wages, benefits, pension, help from family. If it changes from month to month, use the average of the last few months.</source>
        <translation>每月到手的钱（税后）：工资、补贴、养老金、家人资助。每月不固定的，填最近几个月的平均数。</translation>
    </message>
    <message>
        <location filename="../../gui/case/situation_terms.py" line="69"/>
        <source>What you must spend each month to live and to work. What is left after these is what your plan can offer your creditors.</source>
        <translation>每月维持生活和工作必须花的钱。扣掉这些之后剩下的，才是方案能拿出来还款的钱。</translation>
    </message>
    <message>
        <location filename="../../gui/case/situation_terms.py" line="78"/>
        <source>Debts whose non-payment costs your home, heating or freedom: rent or mortgage arrears, utilities, tax, fines. They are paid before your other creditors.</source>
        <translation>不还会让您失去住处、断水断电或惹上官司的欠款：拖欠的房租或房贷、水电燃气费、税款、罚款。这些先于其他债权人偿还。</translation>
    </message>
    <message>
        <location filename="../../gui/case/situation_terms.py" line="82"/>
        <source>A small sum kept each month for emergencies, so one broken phone does not break the plan. Letters mention savings only when this line is there.</source>
        <translation>每月留出一小笔钱应急，免得手机坏了一次就打乱整个还款计划。只有填了这一行，信里才会提到储蓄。</translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <location filename="../../gui/debts/payment_dialogs.py" line="267"/>
        <source>New statement from %1</source>
        <translation>%1 的新账单</translation>
    </message>
    <message>
        <location filename="../../gui/debts/payment_dialogs.py" line="268"/>
        <source>Bring the debt to %1 up to date</source>
        <translation>把欠 %1 的债务更新到今天</translation>
    </message>
    <message>
        <location filename="../../gui/debts/payment_dialogs.py" line="281"/>
        <source>&amp;Principal</source>
        <translation>本金(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../gui/debts/payment_dialogs.py" line="282"/>
        <source>&amp;Interest</source>
        <translation>利息(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../gui/debts/payment_dialogs.py" line="283"/>
        <source>&amp;Fees and charges</source>
        <translation>费用（违约金等）(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/debts/payment_dialogs.py" line="284"/>
        <source>Statement &amp;date</source>
        <translation>账单日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../gui/debts/payment_dialogs.py" line="288"/>
        <source>The previous figures (%1) are kept in the debt&apos;s history.</source>
        <translation>之前的数字（%1）会保留在这笔债务的历史记录中。</translation>
    </message>
    <message>
        <location filename="../../gui/debts/payment_dialogs.py" line="292"/>
        <source>Filled in with the estimate for today. Check each figure against your bill and correct it where the bill says otherwise.</source>
        <translation>已按今天的估算填好。请对照账单逐项核对，与账单不符的地方请改正。</translation>
    </message>
</context>
<context>
    <name>StatementNote</name>
    <message>
        <location filename="../../gui/letters/statement_note.py" line="51"/>
        <source>This letter starts from the statement of %1; by today the debt is likely about %2.</source>
        <translation>这封信按 %1 的账单计算；到今天，这笔欠款大约是 %2。</translation>
    </message>
    <message>
        <location filename="../../gui/letters/statement_note.py" line="55"/>
        <source>Bring it up to date now…</source>
        <translation>现在更新为今天的数字…</translation>
    </message>
</context>
<context>
    <name>StatusFilter</name>
    <message>
        <location filename="../../gui/debts/debt_table.py" line="97"/>
        <source>All debts</source>
        <translation>全部债务</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_table.py" line="98"/>
        <source>Still open</source>
        <translation>未结清</translation>
    </message>
    <message>
        <location filename="../../gui/debts/debt_table.py" line="99"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
</context>
<context>
    <name>TimelineDialog</name>
    <message>
        <location filename="../../gui/debts/timeline_dialog.py" line="77"/>
        <source>Timeline: %1</source>
        <translation>时间线：%1</translation>
    </message>
    <message>
        <location filename="../../gui/debts/timeline_dialog.py" line="79"/>
        <source>Newest first. Payments, agreements and documents known only by their day come before that day&apos;s calls; documents without a date are listed last.</source>
        <translation>最新的在前。只知道日期的还款、还款约定和材料排在当天的通话之前；没有日期的材料列在最后。</translation>
    </message>
    <message>
        <location filename="../../gui/debts/timeline_dialog.py" line="81"/>
        <source>Nothing has been recorded for this debt yet.</source>
        <translation>这笔债务还没有任何记录。</translation>
    </message>
    <message>
        <location filename="../../gui/debts/timeline_dialog.py" line="89"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../gui/debts/timeline_dialog.py" line="92"/>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../gui/debts/timeline_dialog.py" line="93"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../gui/debts/timeline_dialog.py" line="99"/>
        <source>no date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <location filename="../../gui/debts/timeline_dialog.py" line="108"/>
        <source>Payment %1</source>
        <translation>还款 %1</translation>
    </message>
    <message>
        <location filename="../../gui/debts/timeline_dialog.py" line="110"/>
        <source>Agreement</source>
        <translation>还款约定</translation>
    </message>
    <message>
        <location filename="../../gui/debts/timeline_dialog.py" line="111"/>
        <source>Document: %1</source>
        <translation>材料：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/debts/timeline_dialog.py" line="121"/>
        <source>%n installment(s)</source>
        <translation>
            <numerusform>%n 期</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/debts/timeline_dialog.py" line="122"/>
        <source>%1 in all</source>
        <translation>合计 %1</translation>
    </message>
    <message>
        <location filename="../../gui/debts/timeline_dialog.py" line="124"/>
        <source>%1 forgiven</source>
        <translation>减免 %1</translation>
    </message>
    <message>
        <location filename="../../gui/debts/timeline_dialog.py" line="129"/>
        <source>checked</source>
        <translation>已核对</translation>
    </message>
    <message>
        <location filename="../../gui/debts/timeline_dialog.py" line="129"/>
        <source>not checked yet</source>
        <translation>尚未核对</translation>
    </message>
</context>
<context>
    <name>UncheckedNote</name>
    <message>
        <location filename="../../gui/letters/unchecked_note.py" line="37"/>
        <source>%1 and %2 more</source>
        <translation>%1，另有 %2 份</translation>
    </message>
    <message>
        <location filename="../../gui/letters/unchecked_note.py" line="39"/>
        <source>Not listed as enclosures until marked as checked: %1. If they are right to send, open each on the Evidence tab and tick &quot;I have checked it is complete and true&quot;.</source>
        <translation>以下证据还没标记为已核对，所以没有列入随附材料：%1。如果可以寄出，请在“证据”页逐一打开，勾选“我已核对，内容完整真实”。</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../gui/case/unlock_dialog.py" line="59"/>
        <source>Unlock your case</source>
        <translation>解锁您的案卷</translation>
    </message>
    <message>
        <location filename="../../gui/case/unlock_dialog.py" line="60"/>
        <source>This case is protected with a passphrase</source>
        <translation>这份案卷已用密码保护</translation>
    </message>
    <message>
        <location filename="../../gui/case/unlock_dialog.py" line="61"/>
        <source>Type the passphrase to open the case in %1. If you have forgotten it, type the recovery key from your printed sheet instead.</source>
        <translation>请输入密码，打开 %1 中的案卷。如果忘了密码，可以输入您打印的恢复密钥。</translation>
    </message>
    <message>
        <location filename="../../gui/case/unlock_dialog.py" line="64"/>
        <source>Passphrase or recovery key</source>
        <translation>密码或恢复密钥</translation>
    </message>
    <message>
        <location filename="../../gui/case/unlock_dialog.py" line="65"/>
        <source>Show</source>
        <translation>查看</translation>
    </message>
    <message>
        <location filename="../../gui/case/unlock_dialog.py" line="66"/>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../gui/case/unlock_dialog.py" line="67"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../gui/case/unlock_dialog.py" line="84"/>
        <source>Type your passphrase first.</source>
        <translation>请先输入密码。</translation>
    </message>
    <message>
        <location filename="../../gui/case/unlock_dialog.py" line="87"/>
        <source>Checking the passphrase…</source>
        <translation>正在核对密码…</translation>
    </message>
    <message>
        <location filename="../../gui/case/unlock_dialog.py" line="105"/>
        <source>That passphrase does not open this case.</source>
        <translation>这个密码打不开这份案卷。</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../gui/debts/welcome_page.py" line="41"/>
        <source>Welcome to DebtDesk</source>
        <translation>欢迎使用债务协商助手</translation>
    </message>
    <message>
        <location filename="../../gui/debts/welcome_page.py" line="43"/>
        <source>Start with what you owe. You can add your debts one by one, first describe your situation (income, expenses, what happened), or import a case file.</source>
        <translation>先从欠款开始：可以逐笔添加债务，也可以先填写个人情况（收入、支出、遇到的困难），或者导入已有的案卷文件。</translation>
    </message>
    <message>
        <location filename="../../gui/debts/welcome_page.py" line="45"/>
        <source>Add your first debt…</source>
        <translation>添加第一笔债务…</translation>
    </message>
    <message>
        <location filename="../../gui/debts/welcome_page.py" line="46"/>
        <source>Fill in your situation…</source>
        <translation>填写个人情况…</translation>
    </message>
    <message>
        <location filename="../../gui/debts/welcome_page.py" line="47"/>
        <source>Import a case file…</source>
        <translation>导入案卷文件…</translation>
    </message>
</context>
</TS>
