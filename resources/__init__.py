"""Data bundled with the app; installed as the package ``planner.resources``."""
