"""The Call log tab and its contact dialog."""
