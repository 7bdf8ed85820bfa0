"""One offscreen QApplication for the session; each test its own store and settings."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog


@pytest.fixture(scope="session", autouse=True)
def _collect_on_the_gui_thread(qapp):
    """As the app does: no garbage collection in worker threads (a Qt object freed there
    crashes); the timer collects while tests wait, and each test ends with a collection."""
    import gc

    from gui.collector import GuiThreadCollector

    collector = GuiThreadCollector(qapp)
    yield collector
    gc.enable()


@pytest.fixture(autouse=True)
def _collect_after_each_test(_collect_on_the_gui_thread):
    yield
    _collect_on_the_gui_thread.collect()  # on this, the GUI thread, as thresholds say


@pytest.fixture(autouse=True)
def _private_settings(tmp_path: Path, qapp):
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "settings"))
    qapp.setOrganizationName("DebtDesk")
    qapp.setApplicationName("DebtDesk-tests")
    QSettings().clear()
    yield
    from core import i18n
    i18n.set_language("en")


@pytest.fixture
def languages(qapp):
    from gui.languages import LanguageSwitcher

    switcher = LanguageSwitcher(qapp)
    switcher.apply("en")
    yield switcher
    switcher.apply("en")


@pytest.fixture
def make_window(qtbot, tmp_path: Path, languages):
    from gui.main_window import MainWindow

    made = []

    def make(data_dir: Path | None = None, wait: bool = True):
        """A window on `data_dir`; opened, unless `wait` is False (a sealed store waits for
        its passphrase)."""
        window = MainWindow(data_dir or tmp_path / "store", languages)
        qtbot.addWidget(window)
        window.show()
        window.build_tabs()
        made.append(window)
        if not wait:
            window.open_store()
            return window
        with qtbot.waitSignal(window.store_opened, timeout=20000):
            window.open_store()
        return window

    yield make
    for window in made:
        window.close()


@pytest.fixture
def window(make_window):
    return make_window()


@pytest.fixture
def zh_window(make_window, tmp_path: Path):
    from core.case.casefile import import_case, read_case_file
    from core.store.database import open_store
    from tests.conftest import ZH_CASE

    store = open_store(tmp_path / "store")
    import_case(store, read_case_file(ZH_CASE))
    store.close()
    return make_window(tmp_path / "store")


class DialogDriver(list):
    """The dialogs seen; `check()` re-raises what went wrong inside one (an assertion in a
    Qt callback would otherwise abort the process)."""

    error: BaseException | None = None
    stopped = False  # the test is over: a dialog opened later belongs to another test

    def check(self) -> None:
        assert self, "the dialog never opened"
        if self.error is not None:
            raise self.error


_DRIVERS: list[DialogDriver] = []


@pytest.fixture(autouse=True)
def _no_dialog_driver_outlives_its_test():
    """A `when_dialog` whose dialog never opened would go on polling into the next tests
    and answer a dialog of theirs (a message box closed before its test could see it)."""
    yield
    for driver in _DRIVERS:
        driver.stopped = True
    _DRIVERS.clear()


def when_dialog(qtbot, act, cls=QDialog) -> DialogDriver:
    """Run `act(dialog)` on the next modal dialog once it is open (exec() blocks the test)."""
    seen = DialogDriver()
    _DRIVERS.append(seen)

    def poll() -> None:
        if seen.stopped:
            return
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, cls) and dialog.isVisible():
            seen.append(dialog)
            try:
                act(dialog)
            except BaseException as error:  # noqa: BLE001 - handed back to the test
                seen.error = error
                dialog.reject()
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return seen


def type_into(qtbot, widget, text: str) -> None:
    """Type as a person would; Qt's test keyboard knows only ASCII, so Chinese is input the
    way an input method commits it: inserted at the cursor."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
    else:
        widget.insert(text)
