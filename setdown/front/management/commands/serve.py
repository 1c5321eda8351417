import os

from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Serve Setdown for local use at http://127.0.0.1:$PORT (default 8000)."

    def add_arguments(self, parser):
        parser.add_argument("--port", default=os.environ.get("PORT", "8000"))
        parser.add_argument("--host", default="127.0.0.1")

    def handle(self, *args, port: str, host: str, **options):
        call_command("runserver", f"{host}:{port}", use_reloader=False)
