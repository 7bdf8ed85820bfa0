"""Widgets and helpers that several screens use: undo commands, table models, forms,
labels, the PDF view, the notice bar, retranslation."""
