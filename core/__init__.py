"""DebtDesk's domain and storage. Nothing in this package imports Qt or the GUI."""
