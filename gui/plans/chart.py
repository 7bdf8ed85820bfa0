"""The repayment curve: balances stacked per debt over the months, doing nothing dashed, a
marker where each debt clears, and a read-out of the month under the mouse.

matplotlib is loaded on a worker thread (`library()`), once the window has settled after
opening a case or when the Plan tab first shows, whichever comes first; never at start-up
and never on the GUI thread. Amounts become floats only here, at the very last step, for
drawing.
"""

from __future__ import annotations

import logging
import threading
from bisect import bisect_left
from collections.abc import Sequence
from decimal import Decimal
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from core.money import format_amount
from gui.plans.chart_setup import configure, release
from gui.plans.chart_ticks import month_formatter, month_locator
from gui.shared.labels import currency_unit
from gui.shared.retranslate import fill

CJK_FAMILIES = (
    "WenQuanYi Micro Hei",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Noto Sans SC",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "Microsoft YaHei",
    "SimHei",
    "PingFang SC",
    "Hiragino Sans GB",
    "Noto Sans CJK JP",
    "Droid Sans Fallback",
)
_fonts_ready = False


translate = QCoreApplication.translate  # lupdate reads translate("Context", "…") calls


_lock = threading.Lock()


def warm_up() -> None:
    """Import matplotlib and read its font list: about a second of work, done on a worker
    thread (see `ChartLibrary`) so the window never waits for it."""
    setup_fonts()
    import matplotlib.backends.backend_qtagg  # noqa: F401
    import matplotlib.figure  # noqa: F401


class ChartLibrary(QObject):
    """matplotlib, loaded once on a worker thread. `ready` fires on the GUI thread when it
    has loaded (or failed to: making a chart then raises where it can be reported)."""

    ready = Signal()
    _done = Signal()  # from the worker; `_finish` runs on the GUI thread

    def __init__(self) -> None:
        super().__init__()
        self._started = False
        self.loaded = False  # set on the GUI thread, once `_finish` has run
        self._done.connect(self._finish)

    def load(self) -> None:
        """Start loading, unless it has started already."""
        if self._started:
            return
        self._started = True
        configure()  # the environment is changed here, on the GUI thread, never by the worker
        threading.Thread(target=self._work, name="chart-library", daemon=True).start()

    def _work(self) -> None:
        try:
            warm_up()
        except Exception:  # noqa: BLE001 - the chart's own import says what is wrong
            logging.getLogger("debtdesk").warning("loading the chart library failed",
                                                  exc_info=True)
        self._done.emit()  # queued to the GUI thread, where this object lives

    def _finish(self) -> None:
        release()
        self.loaded = True
        self.ready.emit()


_library: ChartLibrary | None = None


def library() -> ChartLibrary:
    """The one loader (made on the GUI thread; it lives as long as the program)."""
    global _library
    if _library is None:
        _library = ChartLibrary()
    return _library


def setup_fonts() -> None:
    """Register the fonts shipped in resources/fonts (a CJK one among them) as fallbacks
    after matplotlib's own, so Chinese labels render on any machine."""
    global _fonts_ready
    with _lock:
        if _fonts_ready:
            return
        on_gui_thread = threading.current_thread() is threading.main_thread()
        if on_gui_thread:
            configure()
        _add_fonts()
        if on_gui_thread:
            release()
        _fonts_ready = True


def _add_fonts() -> None:
    import matplotlib
    from matplotlib import font_manager

    from core import resources

    fonts = resources.resource_path(*resources.FONTS)
    for path in sorted(fonts.glob("*.[ot]t[fc]")) if fonts.is_dir() else []:
        font_manager.fontManager.addfont(str(path))
    available = {f.name for f in font_manager.fontManager.ttflist}
    cjk = [name for name in CJK_FAMILIES if name in available]
    # DejaVu Sans (matplotlib's own) first: digits and Latin lay out fast in it; a Chinese
    # glyph it lacks falls back to the CJK family, so labels render either way.
    matplotlib.rcParams["font.family"] = ["DejaVu Sans", *cjk]
    matplotlib.rcParams["axes.unicode_minus"] = False


class RepaymentChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("repaymentChart")
        setup_fonts()
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        self.figure = Figure(figsize=(8, 4), dpi=100)
        self._fit_margins(800, 400)
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.axes = self.figure.add_subplot()
        self.legend = QLabel(self)
        self.legend.setObjectName("chartLegend")
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.legend)
        layout.addWidget(self.canvas, 1)
        self._months: list[int] = []
        self._xs: list[float] = []  # each month's payment date, where matplotlib draws it
        self._data: dict[str, Any] = {}
        self._readout: Any = None
        self._cursor: Any = None
        self._artists: dict[str, Any] | None = None
        self.canvas.mpl_connect("motion_notify_event", self._hover)
        self.canvas.mpl_connect("resize_event", lambda e: self._fit_margins(e.width, e.height))

    def _fit_margins(self, width: float, height: float) -> None:
        """Fixed margins in pixels for the tick labels and axis titles, whatever the size (a
        layout engine would re-measure every text on every draw)."""
        width, height = max(width, 200), max(height, 150)
        self.figure.subplots_adjust(
            left=min(0.4, 85 / width),
            right=1 - min(0.2, 32 / width),  # room for half of the last month label
            bottom=min(0.4, 48 / height),
            top=1 - min(0.2, 12 / height),
        )

    MAX_SERIES = 8  # more debts than this are drawn as one "other debts" band

    def show_schedule(
        self,
        schedule: Any,
        nothing: Sequence[Decimal] | None,
        names: dict[str, str],
        currency: str,
        title: str = "",
    ) -> None:
        """Draw a schedule (from core.plans.engine) and, if given, doing nothing beside it.

        The artists are made once and then updated in place, so a redraw after an edit costs
        one render, not a rebuilt figure."""
        from matplotlib.dates import date2num

        refs = [ref for ref, _ in schedule.cleared_in]
        n = schedule.months
        months = list(range(1, n + 1))
        # closing balances per debt in yuan: floats only here, for drawing
        stacks = {ref: [0.0] * n for ref in refs}
        payments, dates, xs = [0.0] * n, [""] * n, [0.0] * n
        # the plain rows (Row's fields in order), not a Row made for each of ~100,000
        for month, when, debt, _o, _i, _f, payment_c, _g, closing_c in schedule.rows.plain:
            if debt == "TOTAL":
                payments[month - 1] = payment_c / 100
                dates[month - 1] = when.isoformat()
                xs[month - 1] = float(date2num(when))
            else:
                stacks[debt][month - 1] = closing_c / 100
        series = self._series(refs, stacks, names)
        self._months, self._xs, self._currency = months, xs, currency
        self._data = {
            "stacks": stacks,
            "payments": payments,
            "dates": dates,
            "names": names,
            "nothing": [float(v) for v in nothing] if nothing else None,
        }
        labels = [label for label, _ in series]
        if self._artists is None or self._artists["labels"] != labels:
            self._build_artists(labels)
        artists = self._artists
        assert artists is not None  # _build_artists made them
        bottom = [0.0] * n
        for polygon, (_, values) in zip(artists["bands"], series, strict=False):
            top = [b + v for b, v in zip(bottom, values, strict=False)]
            polygon.set_verts([
                list(zip(xs, bottom, strict=False))
                + list(zip(reversed(xs), reversed(top), strict=False))
            ])
            bottom = top
        nothing_values = self._data["nothing"]
        artists["nothing"].set_data(xs, nothing_values[:n] if nothing_values else [])
        artists["nothing"].set_visible(bool(nothing_values))
        cleared = [m for _, m in schedule.cleared_in if m is not None]
        artists["cleared"].set_offsets(
            [(xs[m - 1], bottom[m - 1]) for m in cleared] or [(float("nan"), float("nan"))]
        )
        top_value = max(bottom + (nothing_values[:n] if nothing_values else []) + [1.0])
        ax = self.axes
        ax.set_xlim(xs[0], xs[-1] if n > 1 else xs[0] + 31)
        ax.xaxis.set_major_locator(month_locator(n))  # on whole months, fewer as plans grow
        ax.set_ylim(0, top_value * 1.08)
        ax.set_ylabel(fill(translate("RepaymentChart", "Still owed (%1)"),
                           currency_unit(currency)))
        ax.set_title(title)
        self._readout.set_visible(False)
        self._cursor.set_visible(False)
        self.canvas.draw_idle()

    def _series(
        self, refs: list[str], stacks: dict[str, list[float]], names: dict[str, str]
    ) -> list[tuple[str, list[float]]]:
        """One band per debt, the largest first; beyond MAX_SERIES the rest as one band."""
        if len(refs) <= self.MAX_SERIES:
            return [(names.get(r, r), stacks[r]) for r in refs]
        ranked = sorted(refs, key=lambda r: -(stacks[r][0] if stacks[r] else 0))
        keep, rest = ranked[: self.MAX_SERIES - 1], ranked[self.MAX_SERIES - 1 :]
        kept = [(names.get(r, r), stacks[r]) for r in refs if r in keep]
        other = [sum(values) for values in zip(*(stacks[r] for r in rest), strict=False)]
        label = fill(translate("RepaymentChart", "%1 other debts"), len(rest))
        return kept + [(label, other)]

    def _build_artists(self, labels: list[str]) -> None:
        from matplotlib.collections import PolyCollection

        ax = self.axes
        ax.clear()
        import matplotlib
        from matplotlib.colors import to_hex

        cycle = [to_hex(c) for c in matplotlib.rcParams["axes.prop_cycle"].by_key()["color"]]
        colours = [cycle[i % len(cycle)] for i in range(len(labels))]
        bands = []
        for label, colour in zip(labels, colours, strict=False):
            band = PolyCollection([], facecolors=colour, alpha=0.85, label=label, edgecolors="none")
            ax.add_collection(band)
            bands.append(band)
        (nothing,) = ax.plot(
            [],
            [],
            linestyle="--",
            color="#444444",
            linewidth=1.5,
            label=translate("RepaymentChart", "Doing nothing"),
        )
        cleared = ax.scatter(
            [],
            [],
            marker="o",
            s=28,
            color="#1b5e20",
            zorder=5,
            label=translate("RepaymentChart", "A debt cleared"),
        )
        ax.set_xlabel(translate("RepaymentChart", "Month"))  # the ticks are calendar months
        ax.grid(True, alpha=0.3)
        ax.yaxis.set_major_formatter(_money_ticks())
        ax.xaxis.set_major_formatter(month_formatter(translate(
            "RepaymentChart", "yyyy-MM", "a month under the chart, as a Qt date format")))
        self._set_legend(labels, colours)
        self._readout = ax.annotate(
            "",
            xy=(0, 0),
            xytext=(12, 12),
            textcoords="offset points",
            fontsize="small",
            visible=False,
            bbox={"boxstyle": "round", "fc": "#ffffe0", "alpha": 0.95},
        )
        self._cursor = ax.axvline(0, color="#888888", linewidth=0.8, visible=False)
        self._artists = {"labels": labels, "bands": bands, "nothing": nothing, "cleared": cleared}

    def _set_legend(self, labels: list[str], colours: list[str]) -> None:
        """The legend is a Qt label above the plot: it wraps, reads well in Chinese, and
        keeps matplotlib from laying out a dozen texts on every redraw."""
        swatch = "<font color='{}'>■</font>&nbsp;{}"
        items = [swatch.format(c, escape(label)) for label, c in zip(labels, colours, strict=False)]
        items.append(
            "<font color='#444444'>╌╌</font>&nbsp;"
            + escape(translate("RepaymentChart", "Doing nothing"))
        )
        items.append(
            "<font color='#1b5e20'>●</font>&nbsp;"
            + escape(translate("RepaymentChart", "A debt cleared"))
        )
        self.legend.setText(" &nbsp;&nbsp; ".join(items))

    def retranslate(self) -> None:
        """Labels are baked into the artists: rebuild them on the next draw."""
        self._artists = None

    def _hover(self, event: Any) -> None:
        if self._readout is None:
            return
        if event.inaxes is not self.axes or not self._months or event.xdata is None:
            if self._readout.get_visible():
                self._readout.set_visible(False)
                self._cursor.set_visible(False)
                self.canvas.draw_idle()
            return
        month = self.month_at(event.xdata)
        x = self._xs[month - 1]
        self._readout.set_text(self.readout_text(month))
        self._readout.xy = (x, event.ydata)
        self._readout.set_visible(True)
        self._cursor.set_xdata([x, x])
        self._cursor.set_visible(True)
        self.canvas.draw_idle()

    def month_at(self, x: float) -> int:
        """The plan's month (from 1) whose payment date lies nearest to `x` on the axis."""
        after = bisect_left(self._xs, x)
        if after == len(self._xs) or (after > 0 and x - self._xs[after - 1]
                                      < self._xs[after] - x):
            after -= 1
        return max(after, 0) + 1

    def readout_text(self, month: int) -> str:
        """The figures of one month, as the hover box shows them."""
        d, c = self._data, self._currency
        i = month - 1
        lines = [
            fill(translate("RepaymentChart", "Month %1 · %2"), month, d["dates"][i]),
            fill(translate("RepaymentChart", "Paid this month: %1"), _money(d["payments"][i], c)),
        ]
        total = sum(values[i] for values in d["stacks"].values())
        lines.append(fill(translate("RepaymentChart", "Still owed: %1"), _money(total, c)))
        for ref, values in d["stacks"].items():
            if values[i] > 0:
                lines.append(f"  {d['names'].get(ref, ref)}: {_money(values[i], c)}")
        if d["nothing"]:
            lines.append(fill(translate("RepaymentChart", "Doing nothing: %1"),
                              _money(d["nothing"][i], c)))
        return "\n".join(lines)

    def save(self, path: Path) -> None:
        """PNG or SVG by the suffix, with a legend drawn in (the on-screen one is Qt's)."""
        legend = self.axes.legend(loc="upper right", fontsize="small", framealpha=0.9)
        try:
            self.figure.savefig(str(path), dpi=150)
        finally:
            legend.remove()


def _money(value: float, currency: str) -> str:
    return format_amount(Decimal(str(round(value, 2))), currency)  # float ok: display only


def _money_ticks() -> Any:
    from matplotlib.ticker import FuncFormatter

    return FuncFormatter(lambda value, _pos: f"{value:,.0f}")
