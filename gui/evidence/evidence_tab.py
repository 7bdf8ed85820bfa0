"""The Evidence tab: the documents kept for the case, and adding more by the Add button, by
dropping files and folders on it or by pasting a screenshot; checking them all against their
SHA-256. Adding and checking run in the background with progress and cancel, one job at a
time (`EvidenceJobs`, beside it).
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from core.casefile_spec import EVIDENCE_CATEGORIES
from core.changes import Change
from core.errors import DomainError
from gui.evidence.evidence_jobs import EvidenceJobs
from gui.evidence.evidence_list import RecordsTab
from gui.shared import labels
from gui.shared.context import Desk
from gui.shared.forms import confirm, fill_combo
from gui.shared.refresh import RefreshWhenShown
from gui.shared.retranslate import Retranslating, fill


class EvidenceTab(Retranslating, RefreshWhenShown, QWidget):
    watches = Change.EVIDENCE | Change.DEBTS | Change.CASE

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evidenceTab")
        self.setAcceptDrops(True)
        self._desk = desk
        self.list = RecordsTab("evidence", desk, self)
        self.list.setObjectName("evidenceList")
        from gui.evidence.evidence_check import BadgeDelegate, Integrity
        from gui.evidence.thumbnails import SIZE, Thumbnails

        self.thumbnails = Thumbnails(self)
        self.list.thumbnails = self.thumbnails
        self.integrity = Integrity()
        self.list.integrity = self.integrity
        self.thumbnails.ready.connect(self.list.model.refresh_key)
        self.grid = QListView(self)
        self.grid.setObjectName("evidenceGrid")
        self.grid.setViewMode(QListView.ViewMode.IconMode)
        self.grid.setModel(self.list.proxy)
        self.grid.setIconSize(QSize(SIZE, SIZE))
        self.grid.setGridSize(QSize(SIZE + 40, SIZE + 48))
        self.grid.setResizeMode(QListView.ResizeMode.Adjust)
        self.grid.setMovement(QListView.Movement.Static)
        self.grid.setWordWrap(True)
        self.grid.setUniformItemSizes(True)
        self.grid.setSelectionMode(QListView.SelectionMode.ExtendedSelection)
        self.grid.setItemDelegate(BadgeDelegate(self.integrity.state, self.grid.gridSize(),
                                                self.grid))
        self.grid.doubleClicked.connect(lambda _index: self.edit_selected())
        self.grid.activated.connect(lambda _index: self.edit_selected())
        self.list.table.setIconSize(QSize(32, 32))
        self.views = QStackedWidget(self)
        self.views.addWidget(self.grid)
        self.views.addWidget(self.list.table)
        list_layout = self.list.layout()
        assert isinstance(list_layout, QVBoxLayout)  # the list's table sits in a column
        list_layout.insertWidget(1, self.views, 1)
        self.view_toggle = QPushButton(self)
        self.view_toggle.setCheckable(True)
        self.view_toggle.toggled.connect(self._switch_view)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addEvidenceButton")
        self.add_button.clicked.connect(self.choose_files)
        self.category_label, self.debt_label = QLabel(self), QLabel(self)
        self.category = QComboBox(self)
        self.debt = QComboBox(self)
        for combo in (self.category, self.debt):  # long creditor names must not widen the tab
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        self.hint = QLabel(self)
        self.hint.setStyleSheet("color: palette(mid);")
        self.hint.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.edit_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.edit_button.clicked.connect(self.edit_selected)
        self.verify_action = QAction(self)
        self.verify_action.setObjectName("verifyEvidenceAction")
        self.verify_action.triggered.connect(self.verify_all)
        self.verify_button = self._button_for(self.verify_action)
        self.paste_action = QAction(self)
        self.paste_action.setObjectName("pasteScreenshotAction")
        self.paste_action.setShortcut(QKeySequence.StandardKey.Paste)
        # only while this tab has the focus: elsewhere Ctrl+V pastes text as usual
        self.paste_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.paste_action.triggered.connect(self.paste_screenshot)
        self.addAction(self.paste_action)
        self.paste_button = self._button_for(self.paste_action)
        self.clock: Callable[[], datetime] = datetime.now  # names pasted screenshots
        self.remove_button.clicked.connect(self.remove_selected)
        self.list.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.list.table.activated.connect(lambda _index: self.edit_selected())
        tools = QHBoxLayout()
        tools.setContentsMargins(9, 6, 9, 0)
        tools.addWidget(self.add_button)
        tools.addWidget(self.paste_button)
        tools.addWidget(self.category_label)
        tools.addWidget(self.category)
        tools.addWidget(self.debt_label)
        tools.addWidget(self.debt)
        tools.addWidget(self.hint, 1)
        actions = QHBoxLayout()
        actions.setContentsMargins(9, 0, 9, 0)
        actions.addWidget(self.verify_button)
        from PySide6.QtWidgets import QMenu

        self.export_button = QPushButton(self)
        self.export_button.setObjectName("exportEvidenceButton")
        self.export_menu = QMenu(self)
        self.export_folder_action = self.export_menu.addAction("")
        self.export_folder_action.triggered.connect(self.export_to_folder)
        self.export_zip_action = self.export_menu.addAction("")
        self.export_zip_action.triggered.connect(self.export_to_zip)
        self.export_menu.addSeparator()
        self.purge_action = self.export_menu.addAction("")
        self.purge_action.triggered.connect(self.purge)
        self.export_button.setMenu(self.export_menu)
        actions.addWidget(self.export_button)
        actions.addStretch(1)
        actions.addWidget(self.view_toggle)
        actions.addWidget(self.edit_button)
        actions.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(tools)
        layout.addLayout(actions)
        from PySide6.QtWidgets import QSplitter

        from gui.evidence.evidence_preview import EvidencePreview

        self.preview = EvidencePreview(self)
        split = QSplitter(self)
        split.setObjectName("evidenceSplitter")
        split.addWidget(self.list)
        split.addWidget(self.preview)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout.addWidget(split, 1)
        for view in (self.grid, self.list.table):
            view.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        self.jobs = EvidenceJobs(desk, self.list, self.verify_action, self)
        self.retranslate()

    def _button_for(self, action: QAction) -> QPushButton:
        """A push button that follows an action, like the tab's other buttons (a tool
        button would drop the mnemonic and look different)."""
        button = QPushButton(self)
        button.clicked.connect(action.trigger)

        def follow() -> None:
            button.setText(action.text())
            button.setToolTip(action.toolTip())
            button.setEnabled(action.isEnabled())

        action.changed.connect(follow)
        return button

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("&Add files…"))
        self.category_label.setText(self.tr("Category:"))
        self.debt_label.setText(self.tr("For debt:"))
        self.hint.setText(self.tr("or drop files and folders here"))
        self.paste_action.setText(self.tr("Paste &screenshot"))
        self.paste_action.setToolTip(self.tr(
            "Add the picture on the clipboard (a screenshot of a chat, a text message or an "
            "app) as evidence (Ctrl+V)"))
        self.edit_button.setText(self.tr("De&tails…"))
        self.view_toggle.setText(self.tr("List view") if not self.view_toggle.isChecked()
                                 else self.tr("Thumbnails"))
        self.remove_button.setText(self.tr("&Remove from case"))
        self.export_button.setText(self.tr("E&xport"))
        self.export_folder_action.setText(self.tr("Selected files to a folder…"))
        self.export_zip_action.setText(self.tr("Selected files as a ZIP…"))
        self.purge_action.setText(self.tr("Delete files removed from the case…"))
        self.verify_action.setText(self.tr("Verify a&ll"))
        self.verify_action.setToolTip(self.tr(
            "Check every evidence file against the SHA-256 it was kept under: any change or "
            "loss shows"))
        first = self.category.count() == 0
        fill_combo(self.category, EVIDENCE_CATEGORIES, labels.evidence_category)
        if first:  # a person chooses; until then "other" claims nothing about the document
            self.category.setCurrentIndex(max(0, self.category.findData("other")))
        self._fill_debts()

    def refresh(self, changes: Change) -> None:
        self.list.on_changed(changes)
        if changes & Change.DEBTS:
            self._fill_debts()
        if changes & (Change.EVIDENCE | Change.DEBTS | Change.CASE):
            self._show_selected()

    def _fill_debts(self) -> None:
        current = self.debt.currentData()
        self.debt.clear()
        self.debt.addItem(self.tr("— none —"), None)
        store = self._desk.store
        if store is not None:
            from core.debts.debts import creditors

            for ref, creditor in creditors(store):
                self.debt.addItem(creditor, ref)
        self.debt.setCurrentIndex(max(0, self.debt.findData(current)))

    def _switch_view(self, as_list: bool) -> None:
        self.views.setCurrentWidget(self.list.table if as_list else self.grid)
        self.view_toggle.setText(self.tr("Thumbnails") if as_list else self.tr("List view"))

    # --- details and removal --------------------------------------------------------------
    def selected(self) -> Any:
        view = self.views.currentWidget()
        index = view.currentIndex() if view is self.grid else next(
            iter(self.list.table.selectionModel().selectedRows()), None)
        if index is None or not index.isValid():
            return None
        return self.list.model.row(self.list.proxy.mapToSource(index).row())

    def selected_rows(self) -> list[Any]:
        """Every selected entry (Ctrl and Shift add to a selection), in list order."""
        view = self.views.currentWidget()
        assert isinstance(view, QAbstractItemView)  # the grid or the list
        indexes = view.selectionModel().selectedIndexes()
        rows = sorted({self.list.proxy.mapToSource(i).row() for i in indexes})
        return [self.list.model.row(r) for r in rows]

    def _export_choice(self) -> list[int]:
        rows = self.selected_rows()
        if not rows:
            QMessageBox.information(self, self.tr("Export"), self.tr(
                "Select the files to export first (Ctrl+A selects them all)."))
        return [row.id for row in rows]

    def export_to_folder(self) -> None:
        from core.evidence.export import export_to_folder

        ids, store = self._export_choice(), self._desk.store
        if not ids or store is None:
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export to a folder"))
        if folder:
            self._exported(lambda: export_to_folder(store, ids, Path(folder)))

    def export_to_zip(self) -> None:
        from core.evidence.export import export_to_zip

        ids, store = self._export_choice(), self._desk.store
        if not ids or store is None:
            return
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export as a ZIP"),
                                              self.tr("evidence.zip"), self.tr("ZIP (*.zip)"))
        if name:
            path = Path(name) if name.lower().endswith(".zip") else Path(name + ".zip")
            self._exported(lambda: export_to_zip(store, ids, path))

    def _exported(self, export: Callable[[], Any]) -> None:
        try:
            done = export()
        except DomainError as error:
            QMessageBox.warning(self, self.tr("Cannot export"), error.message)
            return
        text = fill(self.tr("%1 file(s) exported."), len(done.written))
        if done.missing:
            text += "\n" + fill(self.tr("Not in your data folder, so not exported: %1"),
                                "、".join(done.missing))
        QMessageBox.information(self, self.tr("Export"), text)

    def purge(self) -> None:
        from core.evidence.export import purge, unreferenced

        store = self._desk.store
        if store is None:
            return
        left = unreferenced(store)
        if not left:
            QMessageBox.information(self, self.tr("Nothing to delete"), self.tr(
                "Every file in your data folder belongs to an entry, or to a backup that "
                "would need it to be restored."))
            return
        size = sum(p.stat().st_size for p in left)
        if not confirm(self, self.tr("Delete removed files?"), fill(self.tr(
                "%1 file(s) (%2 KB) in your data folder belong to no entry and to no backup: "
                "they were removed from the case. Delete them for good? Undoing a removal "
                "afterwards brings the entry back without its file."), len(left), size // 1024)):
            return
        count, _size = purge(store)
        self._desk.notify(Change.EVIDENCE)
        QMessageBox.information(self, self.tr("Deleted"), fill(self.tr(
            "%1 file(s) deleted."), count))

    def forget_documents(self) -> None:
        """The case is locked or closed: no document shown, no plain copy or thumbnail kept."""
        self.preview.show_row(None, None)
        self.thumbnails.forget()

    def _show_selected(self) -> None:
        self.preview.show_row(self.selected(), self._desk.store)

    def edit_selected(self) -> None:
        from core.debts.debts import creditors
        from core.evidence import store as evidence_store
        from gui.evidence.evidence_dialog import EvidenceDialog
        from gui.shared.undo import replace_through_dialog

        row, store = self.selected(), self._desk.store
        if row is None or store is None:
            return
        old = evidence_store.evidence_document(store, row.id)
        dialog = EvidenceDialog(old, creditors(store), self)
        replace_through_dialog(
            self._desk, dialog,
            lambda new: fill(self.tr("Edit evidence %1"), new.get("title") or new["name"]), old,
            lambda doc: evidence_store.update_evidence(store, row.id, doc),
            self.tr("Cannot save"))

    def remove_selected(self) -> None:
        from core.evidence import store as evidence_store
        from gui.shared.undo import DeletedCommand

        row, store = self.selected(), self._desk.store
        if row is None or store is None:
            return
        title = row.data["title"] or row.data["name"]
        if not confirm(self, self.tr("Remove from case"), fill(self.tr(
                "Remove “%1” from the case? The file itself stays in your data folder, and you "
                "can undo this with Edit → Undo."), title)):
            return
        snapshot, changes = evidence_store.remove_evidence(store, row.id)
        self._desk.push(DeletedCommand(
            fill(self.tr("Remove evidence %1"), title), snapshot,
            lambda: evidence_store.remove_evidence(store, row.id),
            lambda saved: evidence_store.restore_evidence(store, saved),
            self._desk.notify), changes)

    # --- adding ---------------------------------------------------------------------------
    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add evidence files"), "",
            self.tr("Documents (*.jpg *.jpeg *.png *.tif *.tiff *.webp *.gif *.bmp *.heic "
                    "*.heif *.pdf *.mp3 *.m4a *.aac *.amr *.wav *.ogg *.eml *.txt);;"
                    "All files (*)"))
        if names:
            self.import_paths([Path(n) for n in names])

    def dragEnterEvent(self, event: Any) -> None:  # noqa: N802
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: Any) -> None:  # noqa: N802
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    def paste_screenshot(self) -> None:
        """Keep the picture on the clipboard as a PNG named for the moment it was pasted."""
        from PySide6.QtWidgets import QApplication

        image = QApplication.clipboard().image()
        status = self._desk.statusBar()
        if image.isNull():
            status.showMessage(self.tr("The clipboard holds no picture to paste."), 8000)
            return
        name = fill(self.tr("Screenshot %1"), self.clock().strftime("%Y-%m-%d %H.%M.%S")) + ".png"
        if not self.import_paths([], images=[(image, name)]):
            status.showMessage(self.tr("Wait for the files being added or checked first."), 8000)

    def import_paths(self, paths: list[Path], images: Sequence[tuple[Any, str]] = ()) -> bool:
        """Add files (and folders' files), and pictures as (QImage, name), in the background;
        report when done. False if there is no store yet or another job is running."""
        self.refresh_now()  # the debt chosen may have gone while another tab was in front
        debts = [self.debt.currentData()] if self.debt.currentData() else []
        return self.jobs.add(paths, images, self.category.currentData(), debts)

    @property
    def job(self) -> Any:
        """The one background job running (adding files, or checking them), or None."""
        return self.jobs.job

    # --- checking ---------------------------------------------------------------------------
    def verify_all(self) -> None:
        """Re-hash every file in the background; the states and a report come back."""
        self.refresh_now()  # the check reports on the entries as the list shows them
        self.jobs.check()
