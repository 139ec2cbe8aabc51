"""The initiative table: its model, view, filter and cell editors."""
