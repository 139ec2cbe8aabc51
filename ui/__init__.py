"""The desktop app: a thin Qt adapter over the ``planner`` core."""
