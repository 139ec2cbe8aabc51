"""Running the command line inside a test: exit status, standard output and standard error."""

from __future__ import annotations

from ui.cli import main


def run(capsys, *args) -> tuple[int, str, str]:
    """Run ``benefit-planner-cli *args`` (the installed entry point, ui.cli) in-process; argparse's exits count as the status."""
    try:
        status = main([str(a) for a in args])
    except SystemExit as e:  # argparse on wrong usage, or --version
        status = e.code
    out, err = capsys.readouterr()
    return status, out, err
