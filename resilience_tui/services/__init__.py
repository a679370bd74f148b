"""Actions that combine domain rules with the store, shared by screens and the command line.

No textual here: screens, subcommands and tests call these alike.
"""
