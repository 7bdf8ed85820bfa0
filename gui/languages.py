"""Chinese and English at run time: Qt Linguist catalogues for the window, core's own
catalogue for its messages, switched together and remembered."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from core import i18n, resources

SETTING = "ui/language"
NAMES = {"zh": "中文", "en": "English"}


def system_language() -> str:
    name = QLocale.system().name()
    return "zh" if name.lower().startswith("zh") else "en"


def saved_language() -> str:
    value = QSettings().value(SETTING, "", type=str)
    return value if value in NAMES else system_language()


class LanguageSwitcher:
    """Holds the installed translators; `apply` swaps them and Qt tells every widget."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._translators: list[QTranslator] = []
        self.current = ""

    def apply(self, language: str, remember: bool = False) -> None:
        language = language if language in NAMES else "en"
        for translator in self._translators:
            self._app.removeTranslator(translator)
        self._translators = []
        if language == "zh":
            ours = QTranslator(self._app)
            catalogue = resources.resource_path(*resources.TRANSLATIONS, "debtdesk_zh_CN.qm")
            if ours.load(str(catalogue)):
                self._translators.append(ours)
            qt = QTranslator(self._app)
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt.load("qtbase_zh_CN", qt_dir):
                self._translators.append(qt)
            # Words of Qt's own file, print and page-setup dialogs that Qt's catalogue lacks;
            # installed last, so it is asked first.
            extra = QTranslator(self._app)
            if extra.load(str(resources.resource_path(*resources.TRANSLATIONS,
                                                      "qt_extra_zh_CN.qm"))):
                self._translators.append(extra)
        for translator in self._translators:
            self._app.installTranslator(translator)
        # Qt adds this to window titles: "… — DebtDesk" read as English in a Chinese window.
        from PySide6.QtGui import QGuiApplication

        QGuiApplication.setApplicationDisplayName("债务协商助手" if language == "zh"
                                                  else "DebtDesk")
        QLocale.setDefault(QLocale(QLocale.Language.Chinese if language == "zh"
                                   else QLocale.Language.English))
        i18n.set_language(language)
        self.current = language
        if remember:
            QSettings().setValue(SETTING, language)
