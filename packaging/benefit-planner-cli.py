"""The bundle's command-line entry point: what the ``benefit-planner-cli`` console script runs."""

import sys

from ui.cli import main

sys.exit(main())
