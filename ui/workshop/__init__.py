"""Workshop rounds in the window: starting a round, the wall, blind entry, the reveal."""
