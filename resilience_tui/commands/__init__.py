"""Subcommands of `resilience`. Each module has `register(subparsers)` and `run(args) -> int`.

Modules import their heavy dependencies inside `run`, so `resilience --help` stays quick.
"""

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
