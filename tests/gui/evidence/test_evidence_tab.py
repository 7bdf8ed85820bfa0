"""Adding evidence in the window: dropped files land in the background, a bad file in a
batch is reported while the others land, and cancelling leaves a consistent store."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from core.case.casefile import export_document
from core.evidence.verify import verify
from tests.core.evidence.test_evidence import jpeg, pdf, png


def _scans(tmp_path: Path) -> Path:
    folder = tmp_path / "扫描件"
    folder.mkdir()
    (folder / "收入证明.jpg").write_bytes(jpeg())
    (folder / "住院证明 第1页.pdf").write_bytes(pdf(2))
    (folder / "聊天截图.png").write_bytes(png())
    return folder


def _wait(tab, qtbot) -> None:
    qtbot.waitUntil(lambda: tab.job is None and hasattr(tab.jobs, "last_report"), timeout=20000)


def test_dropped_files_and_folders_land(window, qtbot, tmp_path) -> None:
    tab = window.evidence_tab
    window.tabs.setCurrentWidget(tab)
    folder = _scans(tmp_path)
    extra = tmp_path / "单独一张.png"
    extra.write_bytes(png((10, 10), "white"))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder)), QUrl.fromLocalFile(str(extra))])
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    tab.dropEvent(drop)
    _wait(tab, qtbot)
    assert tab.jobs.last_report[0] == "4 file(s) added."
    names = {e["name"] for e in export_document(window.store)["evidence"]}
    assert names == {"收入证明.jpg", "住院证明 第1页.pdf", "聊天截图.png", "单独一张.png"}
    assert tab.list.model.rowCount() == 4
    assert all(row.stored for row in tab.list.model.rows())
    assert verify(window.store) == []


def test_a_bad_file_is_reported_and_the_others_land(window, qtbot, tmp_path) -> None:
    tab = window.evidence_tab
    folder = _scans(tmp_path)
    whole = pdf(3)
    (folder / "坏的.pdf").write_bytes(whole[: len(whole) // 2])
    (folder / "空.txt").write_bytes(b"")
    tab.category.setCurrentIndex(tab.category.findData("medical"))
    tab.import_paths([folder])
    _wait(tab, qtbot)
    summary, refused, _notes = tab.jobs.last_report
    assert summary == "3 file(s) added."
    assert sorted(r.split(":")[0] for r in refused) == ["坏的.pdf", "空.txt"]
    evidence = export_document(window.store)["evidence"]
    assert len(evidence) == 3 and {e["category"] for e in evidence} == {"medical"}


def test_cancel_leaves_a_consistent_store(window, qtbot, tmp_path) -> None:
    tab = window.evidence_tab
    folder = _scans(tmp_path)
    tab.import_paths([folder])
    tab.job.cancel()
    _wait(tab, qtbot)
    assert "Cancelled" in tab.jobs.last_report[0]
    assert verify(window.store) == []  # every file either fully kept or not at all
    assert len(export_document(window.store)["evidence"]) <= 3


def test_mark_reviewed_and_remove_with_undo(zh_window, qtbot, tmp_path, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from gui.evidence.evidence_dialog import EvidenceDialog
    from tests.gui.conftest import when_dialog

    window, tab = zh_window, zh_window.evidence_tab
    window.tabs.setCurrentWidget(tab)
    tab.import_paths([_scans(tmp_path) / "收入证明.jpg"])
    _wait(tab, qtbot)
    tab.grid.setCurrentIndex(tab.list.proxy.index(0, 0))  # the thumbnail grid is the default

    def review(dialog: EvidenceDialog) -> None:
        dialog.reviewed.setChecked(True)
        dialog.category.setCurrentIndex(dialog.category.findData("income_proof"))
        for i in range(dialog.debts.count()):
            if dialog.debts.item(i).data(Qt.ItemDataRole.UserRole) == "D3":
                dialog.debts.item(i).setCheckState(Qt.CheckState.Checked)
        dialog.accept()

    seen = when_dialog(qtbot, review, EvidenceDialog)
    tab.edit_selected()
    seen.check()
    [entry] = export_document(window.store)["evidence"]
    assert entry["reviewed"] and entry["category"] == "income_proof" and entry["debts"] == ["D3"]
    window.undo_action.trigger()
    assert export_document(window.store)["evidence"][0]["reviewed"] is False
    window.redo_action.trigger()
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    tab.view_toggle.setChecked(True)  # the detail list, the other way to pick
    tab.list.table.selectRow(0)
    tab.remove_selected()
    assert export_document(window.store)["evidence"] == []
    window.undo_action.trigger()
    assert export_document(window.store)["evidence"][0]["reviewed"] is True
    assert verify(window.store) == []


def _thumbnail_shown(tab, row: int) -> bool:
    """The row's decoration is its thumbnail (an icon made from it), not the kind's icon."""
    model = tab.list.model
    icon = model.data(model.index(row, 0), Qt.ItemDataRole.DecorationRole)
    made = tab.thumbnails._icons.get(model.row(row).data["sha256"])
    return made is not None and icon.cacheKey() == made.cacheKey()


def test_thumbnails_for_images_in_the_grid(window, qtbot, tmp_path) -> None:
    tab = window.evidence_tab
    window.tabs.setCurrentWidget(tab)
    tab.import_paths([_scans(tmp_path)])
    _wait(tab, qtbot)
    model = tab.list.model
    for row in range(model.rowCount()):  # ask for each decoration, as the view does
        model.data(model.index(row, 0), Qt.ItemDataRole.DecorationRole)
    drawn = [r for r in model.rows() if r.data["mime"] != "text/plain"]  # images and the PDF
    qtbot.waitUntil(lambda: all(r.data["sha256"] in tab.thumbnails._pixmaps for r in drawn),
                    timeout=10000)
    assert all(_thumbnail_shown(tab, row) for row in range(model.rowCount()))
    cached = list((window.data_dir / "thumbnails").glob("*.png"))
    assert len(cached) == len(drawn) == 3


def test_thumbnails_honour_exif_rotation(window, qtbot, tmp_path) -> None:
    import io

    from PIL import Image

    buffer = io.BytesIO()
    exif = Image.Exif()
    exif[0x0112] = 6  # Orientation: the camera was turned; show rotated 90 degrees
    Image.new("RGB", (320, 160), "navy").save(buffer, "JPEG", exif=exif.tobytes())
    photo = tmp_path / "手机拍的.jpg"
    photo.write_bytes(buffer.getvalue())
    tab = window.evidence_tab
    window.tabs.setCurrentWidget(tab)
    tab.import_paths([photo])
    _wait(tab, qtbot)
    [record] = tab.list.model.rows()
    tab.list.model.data(tab.list.model.index(0, 0), Qt.ItemDataRole.DecorationRole)
    sha = record.data["sha256"]
    qtbot.waitUntil(lambda: sha in tab.thumbnails._pixmaps, timeout=10000)
    pixmap = tab.thumbnails._pixmaps[sha]
    assert (pixmap.width(), pixmap.height()) == (80, 160)  # portrait, scaled to fit 160


def _pdf_with_pictures(pages: int) -> bytes:
    """A real multi-page PDF whose first page is mostly a dark block, so its thumbnail is
    told apart from any icon by its pixels."""
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=A4)
    for page in range(pages):
        c.setFillColorRGB(0.1, 0.1, 0.4)
        c.rect(0, 0, A4[0], A4[1] / 2, fill=1, stroke=0)
        c.drawString(72, 720, f"还款协议 第 {page + 1} 页")
        c.showPage()
    c.save()
    return buffer.getvalue()


def test_a_pdf_shows_its_first_page(window, qtbot, tmp_path) -> None:
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QColor

    tab = window.evidence_tab
    window.tabs.setCurrentWidget(tab)
    agreement = tmp_path / "还款协议.pdf"
    agreement.write_bytes(_pdf_with_pictures(4))
    arrived: list[str] = []
    tab.thumbnails.ready.connect(arrived.append)  # before the import: the view may ask first
    tab.import_paths([agreement])
    _wait(tab, qtbot)
    [record] = tab.list.model.rows()
    sha = record.data["sha256"]
    tab.list.model.data(tab.list.model.index(0, 0), Qt.ItemDataRole.DecorationRole)
    qtbot.waitUntil(lambda: sha in arrived, timeout=10000)
    assert _thumbnail_shown(tab, 0)
    icon = tab.list.model.data(tab.list.model.index(0, 0), Qt.ItemDataRole.DecorationRole)
    assert icon.actualSize(QSize(160, 160)) == QSize(113, 160)  # A4, portrait, fitted to 160
    assert icon.actualSize(QSize(32, 32)).height() == 32  # and small in the list's rows
    image = tab.thumbnails._pixmaps[sha].toImage()
    top, bottom = QColor(image.pixel(56, 20)), QColor(image.pixel(56, 140))
    assert top.lightness() > 240 and bottom.lightness() < 80  # paper above, the block below
    assert (window.data_dir / "thumbnails" / f"{sha}.png").is_file()


def test_a_pdf_that_cannot_be_drawn_keeps_its_icon(qtbot, tmp_path) -> None:
    """Locked with a password, or damaged after it was kept: an icon, no crash, and the
    worker goes on to the next thumbnail."""
    import io
    from types import SimpleNamespace

    from reportlab.pdfgen import canvas

    from gui.evidence.thumbnails import Thumbnails

    store = SimpleNamespace(evidence_dir=tmp_path / "evidence", data_dir=tmp_path, key=None)
    store.evidence_dir.mkdir()
    buffer = io.BytesIO()
    locked = canvas.Canvas(buffer, encrypt="密码1234")
    locked.drawString(72, 720, "locked")
    locked.showPage()
    locked.save()
    (store.evidence_dir / "locked").write_bytes(buffer.getvalue())
    (store.evidence_dir / "damaged").write_bytes(pdf(2)[:300])
    (store.evidence_dir / "good").write_bytes(pdf(2))
    thumbnails = Thumbnails()
    for sha in ("locked", "damaged"):
        assert not thumbnails.icon_for(store, sha, "application/pdf", True).isNull()
    with qtbot.waitSignal(thumbnails.ready, timeout=10000):  # one worker, in order
        thumbnails.icon_for(store, "good", "application/pdf", True)
    good = thumbnails.icon_for(store, "good", "application/pdf", True)
    assert good.cacheKey() == thumbnails._icons["good"].cacheKey()
    assert set(thumbnails._icons) == {"good"}  # the other two keep the kind's icon
    assert [p.name for p in (tmp_path / "thumbnails").iterdir()] == ["good.png"]


def _checked(tab, qtbot) -> tuple[str, list[str], list[str]]:
    tab.verify_action.trigger()
    qtbot.waitUntil(lambda: tab.job is None and hasattr(tab.jobs, "last_check"), timeout=20000)
    return tab.jobs.last_check


def _report_box():
    from PySide6.QtWidgets import QApplication, QMessageBox

    [box] = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, QMessageBox) and w.objectName() == "evidenceCheckReport"
             and w.isVisible()]
    return box


def _file_state(tab, row: int) -> str:
    model = tab.list.model
    column = next(c for c in range(model.columnCount())
                  if model.headerData(c, Qt.Orientation.Horizontal) == "File")
    return model.data(model.index(row, column))


def test_verify_all_finds_a_changed_file_and_says_which(window, qtbot, tmp_path) -> None:
    tab = window.evidence_tab
    window.tabs.setCurrentWidget(tab)
    tab.import_paths([_scans(tmp_path)])
    _wait(tab, qtbot)
    rows = tab.list.model.rows()
    assert [_file_state(tab, i) for i in range(len(rows))] == ["kept"] * 3  # not yet checked
    summary, lines, notes = _checked(tab, qtbot)
    assert summary == "Checked 3 evidence file(s): all intact." and lines == notes == []
    assert [_file_state(tab, i) for i in range(len(rows))] == ["intact"] * 3
    _report_box().accept()

    index = next(i for i, r in enumerate(rows) if r.data["name"] == "收入证明.jpg")
    kept = window.store.evidence_dir / rows[index].data["sha256"]
    kept.chmod(0o600)  # the store keeps its files read-only; someone made it writable
    with kept.open("r+b") as handle:
        handle.seek(200)
        handle.write(b"\x00\x01\x02\x03")
    del tab.jobs.last_check
    summary, lines, _notes = _checked(tab, qtbot)
    assert summary == "1 problem(s) found in 3 evidence file(s)."
    ref = rows[index].data["ref"]
    assert lines == [(f"“收入证明” (收入证明.jpg, {ref}): the file has changed since it was added; "
                      "its SHA-256 no longer matches.")]
    states = [_file_state(tab, i) for i in range(len(rows))]
    assert states[index] == "changed" and states.count("intact") == 2
    box = _report_box()
    assert "收入证明.jpg" in box.informativeText() and box.text() == summary
    model = tab.list.model
    tooltip = model.data(model.index(index, 0), Qt.ItemDataRole.ToolTipRole)
    assert tooltip.startswith("收入证明.jpg\nThe file has changed since it was added")
    box.accept()


def test_verify_all_names_a_missing_file_and_notes_removed_ones(window, qtbot, tmp_path,
                                                                monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    tab = window.evidence_tab
    window.tabs.setCurrentWidget(tab)
    tab.import_paths([_scans(tmp_path)])
    _wait(tab, qtbot)
    rows = tab.list.model.rows()
    gone = next(r for r in rows if r.data["name"] == "聊天截图.png")
    (window.store.evidence_dir / gone.data["sha256"]).unlink()
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    tab.view_toggle.setChecked(True)
    tab.list.table.selectRow(next(i for i, r in enumerate(tab.list.model.rows())
                                  if r.data["name"] == "收入证明.jpg"))
    tab.remove_selected()  # its bytes stay in the store: not a problem, a note
    summary, lines, notes = _checked(tab, qtbot)
    assert summary == "1 problem(s) found in 2 evidence file(s)."
    assert lines == [(f"“聊天截图” (聊天截图.png, {gone.data['ref']}): the file is missing from "
                      "your data folder.")]
    assert len(notes) == 1 and notes[0].startswith("1 file(s) in your data folder belong to")
    assert "missing" in [_file_state(tab, i) for i in range(tab.list.model.rowCount())]
    _report_box().accept()


def test_verify_all_can_be_cancelled(window, qtbot, tmp_path, monkeypatch) -> None:
    import threading

    from core.evidence import verify as evidence_verify

    tab = window.evidence_tab
    tab.import_paths([_scans(tmp_path)])
    _wait(tab, qtbot)
    release = threading.Event()

    def held(store, progress=None):  # the check, paused after its first file
        progress(0, 3)
        release.wait(10)
        progress(1, 3)
        return []

    monkeypatch.setattr(evidence_verify, "verify", held)
    tab.verify_action.trigger()
    assert not tab.verify_action.isEnabled()  # one job at a time
    tab.import_paths([tmp_path / "扫描件"])  # refused while the check runs
    from gui.evidence.evidence_check import EvidenceCheck

    assert isinstance(tab.job, EvidenceCheck)
    tab.job.cancel()
    release.set()
    qtbot.waitUntil(lambda: tab.job is None, timeout=10000)
    assert tab.verify_action.isEnabled() and not hasattr(tab.jobs, "last_check")
    assert {_file_state(tab, i) for i in range(3)} == {"kept"}
    assert window.statusBar().currentMessage() == "Check cancelled; nothing was changed."


def _screenshot_on_clipboard():
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtWidgets import QApplication

    image = QImage(360, 640, QImage.Format.Format_RGB32)  # a phone's chat, say
    image.fill(QColor("#ededed"))
    painter = QPainter(image)
    painter.fillRect(20, 40, 240, 60, QColor("#95ec69"))
    painter.end()
    QApplication.clipboard().setImage(image)
    return image


def test_paste_a_screenshot_from_the_clipboard(window, qtbot, tmp_path, monkeypatch) -> None:
    import tempfile
    from datetime import datetime

    from PySide6.QtGui import QImage

    temporary = tmp_path / "tmp"
    temporary.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temporary))
    tab = window.evidence_tab
    tab.clock = lambda: datetime(2026, 11, 28, 14, 30, 5)
    image = _screenshot_on_clipboard()
    tab.paste_action.trigger()
    _wait(tab, qtbot)
    assert tab.jobs.last_report[0] == "1 file(s) added."
    [entry] = export_document(window.store)["evidence"]
    assert entry["name"] == "Screenshot 2026-11-28 14.30.05.png"
    assert entry["mime"] == "image/png" and entry["category"] == "other"  # as a dropped file
    kept = QImage(str(window.store.evidence_dir / entry["sha256"]))
    assert kept.size() == image.size() and kept.pixel(100, 70) == image.pixel(100, 70)
    assert list(temporary.iterdir()) == []  # the temporary PNG and its folder are gone
    assert tab.list.model.rowCount() == 1


def test_ctrl_v_pastes_on_the_evidence_tab_only(window, qtbot) -> None:
    from datetime import datetime

    tab = window.evidence_tab
    tab.clock = lambda: datetime(2026, 11, 28, 14, 30, 5)
    _screenshot_on_clipboard()
    window.activateWindow()
    window.tabs.setCurrentWidget(window.debts_tab)
    window.debts_tab.table.setFocus()
    qtbot.waitUntil(lambda: window.debts_tab.table.hasFocus())
    qtbot.keyClick(window.debts_tab.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert tab.job is None and tab.list.model.rowCount() == 0
    window.tabs.setCurrentWidget(tab)
    tab.grid.setFocus()
    qtbot.waitUntil(lambda: tab.grid.hasFocus())
    qtbot.keyClick(tab.grid, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    _wait(tab, qtbot)
    assert [r.data["name"] for r in tab.list.model.rows()] == [
        "Screenshot 2026-11-28 14.30.05.png"]


def test_paste_from_the_edit_menu_shows_the_evidence_tab(window, qtbot) -> None:
    from PySide6.QtWidgets import QApplication

    assert window.evidence_tab.paste_action in window.edit_menu.actions()
    window.tabs.setCurrentWidget(window.debts_tab)
    QApplication.clipboard().clear()
    window.evidence_tab.paste_action.trigger()
    assert window.tabs.currentWidget() is window.evidence_tab
    assert window.statusBar().currentMessage() == "The clipboard holds no picture to paste."
    assert window.evidence_tab.job is None


def test_grid_items_keep_a_full_cell_when_thumbnails_arrive(window, qtbot, tmp_path) -> None:
    tab = window.evidence_tab
    window.tabs.setCurrentWidget(tab)  # the grid is on screen while the files land
    tab.import_paths([_scans(tmp_path)])
    _wait(tab, qtbot)
    qtbot.waitUntil(lambda: len(tab.thumbnails._icons) == 3, timeout=10000)
    qtbot.wait(50)
    for row in range(tab.list.proxy.rowCount()):
        rect = tab.grid.visualRect(tab.list.proxy.index(row, 0))
        assert rect.size() == tab.grid.gridSize()  # room for the thumbnail and the title


def test_a_heic_photo_is_shown_although_qt_cannot_read_heic(qtbot) -> None:
    from gui.evidence.thumbnails import image_from_bytes
    from tests.core.evidence.test_evidence import heic

    raw = heic()
    image = image_from_bytes(raw)
    assert not image.isNull() and (image.width(), image.height()) == (320, 240)
    small = image_from_bytes(raw, fit=100)
    assert max(small.width(), small.height()) == 100
    assert image_from_bytes(raw[: len(raw) // 2]).isNull()  # damaged: no picture


def test_a_folder_of_scans_is_kept_in_one_transaction(window, qtbot, tmp_path,
                                                      monkeypatch) -> None:
    """The window keeps files a batch at a time, as the command line does: one disk sync and
    one transaction for the batch, not one for each file."""
    tab = window.evidence_tab
    real_write = type(window.store).write
    writes: list[int] = []

    def write(self):
        writes.append(1)
        return real_write(self)

    monkeypatch.setattr(type(window.store), "write", write)
    tab.import_paths([_scans(tmp_path)])
    _wait(tab, qtbot)
    assert tab.jobs.last_report[0] == "3 file(s) added."
    assert len(writes) == 1
