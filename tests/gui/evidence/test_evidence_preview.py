"""The evidence preview (image zoom, fit, rotate; PDF pages; text), export and purge."""
from __future__ import annotations

import zipfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from core.changes import Change
from core.evidence.export import unreferenced
from tests.core.evidence.test_evidence import jpeg, pdf
from tests.gui.evidence.test_evidence_tab import _wait


def _added(window, qtbot, tmp_path: Path) -> object:
    tab = window.evidence_tab
    window.tabs.setCurrentWidget(tab)
    folder = tmp_path / "材料"
    folder.mkdir()
    (folder / "收入证明.jpg").write_bytes(jpeg())
    (folder / "病历.pdf").write_bytes(pdf(3))
    (folder / "短信.txt").write_text("招商银行：您的分期申请已受理。", encoding="utf-8")
    tab.import_paths([folder])
    _wait(tab, qtbot)
    tab.view_toggle.setChecked(True)  # the list view
    return tab


def _select(tab, name: str) -> None:
    row = next(i for i, r in enumerate(tab.list.model.rows()) if r.data["name"] == name)
    tab.list.table.selectRow(tab.list.proxy.mapFromSource(tab.list.model.index(row, 0)).row())


def test_images_pdfs_and_text_show_in_the_preview(window, qtbot, tmp_path) -> None:
    tab = _added(window, qtbot, tmp_path)
    preview = tab.preview
    _select(tab, "收入证明.jpg")
    assert preview.pages.currentWidget() is preview.scroll_area
    assert preview.title.text() == "收入证明" and not preview.image.pixmap().isNull()
    fitted = preview.image.pixmap().size()
    qtbot.mouseClick(preview.zoom_in, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(preview.zoom_in, Qt.MouseButton.LeftButton)
    assert preview.zoom is not None and preview.image.pixmap().width() > fitted.width()
    qtbot.mouseClick(preview.rotate, Qt.MouseButton.LeftButton)
    turned = preview.image.pixmap().size()
    assert turned.width() < turned.height()  # 120 x 90 turned a quarter
    qtbot.mouseClick(preview.fit, Qt.MouseButton.LeftButton)
    assert preview.zoom is None
    _select(tab, "病历.pdf")
    assert preview.pages.currentWidget() is preview.pdf and preview.pdf.pages() == 3
    _select(tab, "短信.txt")
    assert preview.pages.currentWidget() is preview.text
    assert "分期申请已受理" in preview.text.toPlainText()
    copy = preview.named_copy()
    assert copy.name == "短信.txt" and copy.read_text(encoding="utf-8").startswith("招商银行")
    assert copy.parent.parent == window.store.data_dir / "opened"


def test_export_selected_as_zip_and_purge_removed_files(window, qtbot, tmp_path,
                                                        monkeypatch) -> None:
    tab = _added(window, qtbot, tmp_path)
    tab.list.table.selectAll()
    target = tmp_path / "给银行的材料.zip"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    tab.export_zip_action.trigger()
    with zipfile.ZipFile(target) as z:
        assert sorted(z.namelist()) == ["收入证明.jpg", "病历.pdf", "短信.txt"]
    _select(tab, "短信.txt")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    tab.remove_selected()
    assert len(unreferenced(window.store)) == 1
    tab.purge_action.trigger()
    assert unreferenced(window.store) == []
    assert len(list(window.store.evidence_dir.iterdir())) == 2


def test_filters_by_category_debt_reviewed_and_file_state(zh_window, qtbot, tmp_path) -> None:
    from core.evidence.store import add_file, evidence_document, update_evidence

    store = zh_window.store
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "收入证明.jpg").write_bytes(jpeg())
    (folder / "病历.pdf").write_bytes(pdf(2))
    add_file(store, folder / "收入证明.jpg", "income_proof", ["D3"])
    medical = add_file(store, folder / "病历.pdf", "medical")
    from core.evidence.store import list_evidence

    pdf_id = next(e.id for e in list_evidence(store) if e.data["ref"] == medical.ref)
    update_evidence(store, pdf_id, {**evidence_document(store, pdf_id), "reviewed": True})
    (store.evidence_dir / medical.sha256).chmod(0o600)
    (store.evidence_dir / medical.sha256).unlink()
    zh_window.notify(Change.EVIDENCE)
    zh_window.evidence_tab.refresh_now()  # behind the Debts tab it waits to be shown
    tab = zh_window.evidence_tab.list
    shown = lambda: sorted(tab.proxy.index(r, 1).data()  # noqa: E731
                           for r in range(tab.proxy.rowCount()))
    assert shown() == ["收入证明.jpg", "病历.pdf"]
    tab.category_filter.setCurrentIndex(tab.category_filter.findData("medical"))
    assert shown() == ["病历.pdf"]
    tab.category_filter.setCurrentIndex(0)
    tab.debt_filter.setCurrentIndex(tab.debt_filter.findData("D3"))
    assert shown() == ["收入证明.jpg"]
    tab.debt_filter.setCurrentIndex(tab.debt_filter.findData(""))
    assert shown() == ["病历.pdf"]
    tab.debt_filter.setCurrentIndex(0)
    tab.reviewed_filter.setCurrentIndex(tab.reviewed_filter.findData(False))
    assert shown() == ["收入证明.jpg"]
    tab.reviewed_filter.setCurrentIndex(0)
    tab.state_filter.setCurrentIndex(tab.state_filter.findData("problem"))
    assert shown() == ["病历.pdf"]  # its file is gone
