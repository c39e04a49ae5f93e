"""Small widgets shared by tabs and dialogs (amount entry, metadata table, status chips)."""
