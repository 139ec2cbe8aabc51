"""The bundle's window entry point: what the ``benefit-planner`` gui script runs."""

import sys

from ui.app import main

sys.exit(main())
