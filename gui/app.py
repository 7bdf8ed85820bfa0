"""Start the window: QApplication, languages, the main window; the store opens after paint."""
from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from core.paths import resolve_data_dir


def make_app(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    app = (existing if isinstance(existing, QApplication)
           else QApplication([sys.argv[0], *(argv or [])]))
    app.setOrganizationName("DebtDesk")
    app.setApplicationName("DebtDesk")
    app.setApplicationDisplayName("DebtDesk")
    app.setDesktopFileName("io.github.debtdesk.DebtDesk")  # the menu entry it belongs to
    from gui.shared.private_files import keep_settings_private

    keep_settings_private()  # before the first setting is written, which keeps its mode
    return app



class _StartupProbe(QObject):
    """For the start-up benchmark: print when the window first paints and when data shows."""

    def __init__(self, window: QObject, started: float) -> None:
        super().__init__(window)
        self._started = started
        self._painted = False
        self._watched = window
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if not self._painted and event.type() == QEvent.Type.Paint:
            self._painted = True
            print(f"paint {time.perf_counter() - self._started:.4f}", flush=True)
            self._watched.removeEventFilter(self)
        return False

    def data_shown(self) -> None:
        print(f"data {time.perf_counter() - self._started:.4f}", flush=True)
        heavy = sorted({name.split(".")[0] for name in sys.modules}
                       & {"matplotlib", "reportlab", "numpy", "alembic", "sqlalchemy",
                          "icalendar"})
        pdf = sorted(name for name in sys.modules if name.startswith("PySide6.QtPdf"))
        print("heavy " + " ".join(heavy + pdf), flush=True)
        QApplication.quit()


def run(data_dir: str | None = None) -> int:
    """Open the window on the store `data_dir` (else DEBTDESK_HOME, else the per-user folder)."""
    started = time.perf_counter()
    from gui.fonts import register_app_fonts
    from gui.languages import LanguageSwitcher, saved_language
    from gui.main_window import MainWindow
    from gui.shared.after_first_paint import AfterFirstPaint

    app = make_app()
    from gui.collector import GuiThreadCollector

    collector = GuiThreadCollector(app)  # lives as the app's child
    folder = resolve_data_dir(data_dir)
    languages = LanguageSwitcher(app)
    languages.apply(saved_language())
    if languages.current == "zh":
        register_app_fonts()  # the menus are Chinese from the first paint
    window = MainWindow(folder, languages)
    window.security.offer_protection = True  # a first case is offered a passphrase, once
    collector.freeze_after(window.store_opened)
    if os.environ.get("DEBTDESK_STARTUP_PROBE"):
        probe = _StartupProbe(window.tabs.tabBar(), started)
        window.data_shown.connect(probe.data_shown)
    window.show()

    def after_paint() -> None:
        # The log and the crash dialog come first after the paint (logging.handlers and the
        # dialog's module cost a tenth of a second that the first paint need not wait for).
        from gui.error_report import ErrorReporter
        from gui.plans.chart_setup import configure

        reporter = ErrorReporter(_start_log(folder), app)
        reporter.install()

        def opened() -> None:  # a sealed store's log starts once its passphrase opened it
            if reporter.log_file is None:
                reporter.log_file = _start_log(folder, sealed_too=True)

        window.store_opened.connect(opened)
        configure()  # matplotlib's folder: set while no worker thread reads the environment
        window.open_store()  # in the background, while the tabs are built
        register_app_fonts()  # before any Chinese data is shown
        window.build_tabs()

    AfterFirstPaint(window.tabs.tabBar(), after_paint)
    code = app.exec()
    logging.getLogger("debtdesk").info("window closed: exit %d", code)
    return code


def _start_log(folder: Path, sealed_too: bool = False) -> Path | None:
    """The log file, or None when the folder cannot hold one (the window still opens and
    says what is wrong with the folder when it opens the store). A sealed store's waits
    until its passphrase has opened it: a refused one leaves every file as it was."""
    from core.logs import describe_environment, setup_logging
    from core.store.seal import SEAL_NAME

    if not sealed_too and (folder / SEAL_NAME).exists():
        return None
    try:
        path = setup_logging(folder)
    except OSError:
        return None
    logging.getLogger("debtdesk").info("window started: %s", describe_environment())
    return path
