"""The repayment curve: balances stacked per debt over the months, doing nothing dashed, a
marker where each debt clears, and a read-out of the month under the mouse.

matplotlib is imported when the first chart is made (the Plan tab's first showing), never
at start-up. Amounts become floats only here, at the very last step, for drawing.
"""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from core.money import format_amount

FONTS = Path(__file__).resolve().parent.parent / "resources" / "fonts"
CJK_FAMILIES = ("Noto Sans CJK SC", "Source Han Sans SC", "Noto Sans SC", "WenQuanYi Micro Hei",
                "WenQuanYi Zen Hei", "Microsoft YaHei", "SimHei", "PingFang SC",
                "Hiragino Sans GB", "Noto Sans CJK JP", "Droid Sans Fallback")
_fonts_ready = False


translate = QCoreApplication.translate  # lupdate reads translate("Context", "…") calls


def setup_fonts() -> None:
    """Register the fonts shipped in resources/fonts and put a CJK family first, so Chinese
    labels never render as boxes where such a font exists."""
    global _fonts_ready
    if _fonts_ready:
        return
    import matplotlib
    from matplotlib import font_manager

    for path in sorted(FONTS.glob("*.[ot]t[fc]")) if FONTS.is_dir() else []:
        font_manager.fontManager.addfont(str(path))
    available = {f.name for f in font_manager.fontManager.ttflist}
    cjk = [name for name in CJK_FAMILIES if name in available]
    matplotlib.rcParams["font.sans-serif"] = cjk + list(matplotlib.rcParams["font.sans-serif"])
    matplotlib.rcParams["font.family"] = "sans-serif"
    matplotlib.rcParams["axes.unicode_minus"] = False
    _fonts_ready = True


class RepaymentChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("repaymentChart")
        setup_fonts()
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        self.figure = Figure(figsize=(8, 4), dpi=100, layout="constrained")
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.axes = self.figure.add_subplot()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas)
        self._months: list[int] = []
        self._data: dict[str, Any] = {}
        self._readout: Any = None
        self._cursor: Any = None
        self.canvas.mpl_connect("motion_notify_event", self._hover)

    def show_schedule(self, schedule: Any, nothing: list[Decimal] | None,
                      names: dict[str, str], currency: str, title: str = "") -> None:
        """Draw a schedule (from core.plan_engine) and, if given, doing nothing beside it."""
        ax = self.axes
        ax.clear()
        refs = [ref for ref, _ in schedule.cleared_in]
        months = list(range(1, schedule.months + 1))
        # one list of closing balances per debt, in yuan: floats only for drawing
        stacks = {ref: [0.0] * schedule.months for ref in refs}
        payments = [0.0] * schedule.months
        dates = [""] * schedule.months
        for row in schedule.rows:
            if row.debt == "TOTAL":
                payments[row.month - 1] = row.payment_c / 100
                dates[row.month - 1] = row.date.isoformat()
            else:
                stacks[row.debt][row.month - 1] = row.closing_c / 100
        self._months, self._currency = months, currency
        self._data = {"stacks": stacks, "payments": payments, "dates": dates, "names": names,
                      "nothing": [float(v) for v in nothing] if nothing else None}
        if months:
            ax.stackplot(months, *[stacks[r] for r in refs],
                         labels=[names.get(r, r) for r in refs], alpha=0.85)
        if nothing:
            ax.plot(months, self._data["nothing"][:len(months)], linestyle="--", color="#444444",
                    linewidth=1.5, label=translate("RepaymentChart", "Doing nothing"))
        totals = [sum(stacks[r][i] for r in refs) for i in range(len(months))]
        cleared = [(m, ref) for ref, m in schedule.cleared_in if m is not None]
        if cleared:
            ax.scatter([m for m, _ in cleared], [totals[m - 1] for m, _ in cleared],
                       marker="o", s=28, color="#1b5e20", zorder=5,
                       label=translate("RepaymentChart", "A debt cleared"))
        ax.set_xlabel(translate("RepaymentChart", "Month of the plan"))
        ax.set_ylabel(translate("RepaymentChart", "Still owed (%1)").replace("%1", currency))
        if title:
            ax.set_title(title)
        ax.set_xlim(1, max(len(months), 2))
        ax.set_ylim(bottom=0)
        ax.grid(True, alpha=0.3)
        ax.yaxis.set_major_formatter(_money_ticks())
        if refs or nothing:
            ax.legend(loc="upper right", fontsize="small", framealpha=0.9)
        self._readout = ax.annotate("", xy=(0, 0), xytext=(12, 12), textcoords="offset points",
                                    fontsize="small", visible=False,
                                    bbox={"boxstyle": "round", "fc": "#ffffe0", "alpha": 0.95})
        self._cursor = ax.axvline(1, color="#888888", linewidth=0.8, visible=False)
        self.canvas.draw_idle()

    def _hover(self, event: Any) -> None:
        if self._readout is None:
            return
        if event.inaxes is not self.axes or not self._months or event.xdata is None:
            if self._readout.get_visible():
                self._readout.set_visible(False)
                self._cursor.set_visible(False)
                self.canvas.draw_idle()
            return
        month = min(max(int(round(event.xdata)), 1), len(self._months))
        self._readout.set_text(self.readout_text(month))
        self._readout.xy = (month, event.ydata)
        self._readout.set_visible(True)
        self._cursor.set_xdata([month, month])
        self._cursor.set_visible(True)
        self.canvas.draw_idle()

    def readout_text(self, month: int) -> str:
        """The figures of one month, as the hover box shows them."""
        d, c = self._data, self._currency
        i = month - 1
        lines = [translate("RepaymentChart", "Month %1 · %2").replace("%1", str(month)).replace("%2", d["dates"][i]),
                 translate("RepaymentChart", "Paid this month: %1").replace("%1", _money(d["payments"][i], c))]
        total = sum(values[i] for values in d["stacks"].values())
        lines.append(translate("RepaymentChart", "Still owed: %1").replace("%1", _money(total, c)))
        for ref, values in d["stacks"].items():
            if values[i] > 0:
                lines.append(f"  {d['names'].get(ref, ref)}: {_money(values[i], c)}")
        if d["nothing"]:
            lines.append(translate("RepaymentChart", "Doing nothing: %1").replace("%1", _money(d["nothing"][i], c)))
        return "\n".join(lines)

    def save(self, path: Path) -> None:
        """PNG or SVG by the suffix."""
        self.figure.savefig(str(path), dpi=150)


def _money(value: float, currency: str) -> str:
    return format_amount(Decimal(str(round(value, 2))), currency)  # float ok: display only


def _money_ticks() -> Any:
    from matplotlib.ticker import FuncFormatter

    return FuncFormatter(lambda value, _pos: f"{value:,.0f}")
