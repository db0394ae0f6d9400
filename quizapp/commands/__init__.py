"""Command-line commands: each module registers its subcommands and their handlers."""
