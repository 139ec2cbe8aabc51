"""The details panel: every field of one initiative, its computed facts and its dependencies."""
