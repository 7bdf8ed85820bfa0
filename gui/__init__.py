"""DebtDesk's window. Imports core; core never imports this."""
