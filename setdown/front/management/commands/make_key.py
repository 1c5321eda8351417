from django.core.management.base import BaseCommand

from setdown.lib.crypto import new_key


class Command(BaseCommand):
    help = "Print a new encryption key for SETDOWN_ENCRYPTION_KEYS."

    def handle(self, *args, **options):
        self.stdout.write(new_key())
