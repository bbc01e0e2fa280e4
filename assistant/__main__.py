"""`python -m assistant` is the `benelux-assistant` command."""

from assistant.cli import app

app()
