"""One module per `outreach` subcommand, imported only when that subcommand runs."""
