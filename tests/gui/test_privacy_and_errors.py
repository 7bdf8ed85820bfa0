"""The window opens no network connection in a whole session; an error nothing caught is
logged without the person's data and shown in a dialog with a report to copy, and the window
keeps working."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from core.case.casefile import import_case, read_case_file
from core.errors import DomainError
from core.logs import log_path, setup_logging
from core.store.database import open_store
from tests.conftest import DATA
from tests.gui.conftest import when_dialog
from tests.privacy import NetworkGuard, case_secrets, inet_sockets_of_this_process, leaked

FULL_CASE = DATA / "zh_full_case.json"


@pytest.fixture
def full_window(make_window, tmp_path: Path):
    store = open_store(tmp_path / "store")
    import_case(store, read_case_file(FULL_CASE))
    store.close()
    return make_window(tmp_path / "store")


def test_a_whole_window_session_opens_no_network_connection(qtbot, make_window, tmp_path,
                                                            monkeypatch) -> None:
    guard = NetworkGuard()
    guard.install(monkeypatch)
    store = open_store(tmp_path / "store")
    import_case(store, read_case_file(FULL_CASE))
    store.close()
    window = make_window(tmp_path / "store")
    for _round in range(2):
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            qtbot.wait(150)  # each tab paints, loads its rows, draws its chart
    window.set_language("zh")
    qtbot.wait(100)
    window.set_language("en")
    window.close()
    guard.check()
    assert inet_sockets_of_this_process() == []


@pytest.fixture
def reporter(tmp_path: Path):
    from gui.error_report import ErrorReporter

    log_file = setup_logging(tmp_path / "store")
    made = ErrorReporter(log_file)
    made.install()
    yield made
    made.uninstall()
    if made.dialog is not None:
        made.dialog.close()


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_shows_a_copyable_report_and_the_window_goes_on(
        qtbot, full_window, reporter) -> None:
    secrets = case_secrets(FULL_CASE)

    def broken_slot() -> None:
        raise RuntimeError("李明 owes 支付宝（花呗） 9200.00, ID 510107199001011234")

    QTimer.singleShot(0, broken_slot)
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible(),
                    timeout=5000)
    dialog = reporter.dialog
    report = dialog.details.toPlainText()
    assert "RuntimeError" in report and "broken_slot" in report
    assert leaked(report, secrets) == []
    assert str(log_path(full_window.data_dir)) in dialog.findChild(object, "errorText").text()
    dialog.copy_button.click()
    assert QApplication.clipboard().text() == report
    dialog.keep_button.click()
    assert not dialog.isVisible()
    # The window carries on, and the log has the event without the data.
    full_window.tabs.setCurrentIndex(3)
    qtbot.wait(50)
    assert full_window.isVisible() and full_window.store is not None
    text = log_path(full_window.data_dir).read_text(encoding="utf-8")
    assert "unhandled RuntimeError" in text and "broken_slot" in text
    assert leaked(text, secrets) == []


@pytest.mark.qt_no_exception_capture
def test_a_refusal_nothing_caught_is_shown_as_a_message(qtbot, window, reporter) -> None:
    messages: list[str] = []
    shown = when_dialog(qtbot, lambda box: (messages.append(box.text()), box.accept()),
                        QMessageBox)

    def refused() -> None:
        raise DomainError("this window is read-only")

    QTimer.singleShot(0, refused)
    qtbot.waitUntil(lambda: bool(messages), timeout=5000)
    shown.check()
    assert messages == ["this window is read-only"]
    assert reporter.dialog is None  # not a bug: no crash report


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_worker_thread_reaches_the_dialog(qtbot, window, reporter) -> None:
    import threading

    def work() -> None:
        raise KeyError("收入证明.jpg")

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible(),
                    timeout=5000)
    report = reporter.dialog.details.toPlainText()
    assert "KeyError" in report and "收入证明" not in report
