from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction

from setdown.lib.fields import EncryptedJSONField, EncryptedTextField


class Command(BaseCommand):
    help = "Re-encrypt every stored text with the newest key in SETDOWN_ENCRYPTION_KEYS."

    def handle(self, *args, **options):
        total = 0
        for model in apps.get_models():
            names = [
                f.name
                for f in model._meta.concrete_fields
                if isinstance(f, EncryptedTextField | EncryptedJSONField)
            ]
            if not names:
                continue
            with transaction.atomic():
                # Reading decrypts with any key; saving encrypts with the newest.
                for obj in model._default_manager.all().iterator(chunk_size=500):
                    model._default_manager.filter(pk=obj.pk).update(
                        **{name: getattr(obj, name) for name in names}
                    )
                    total += 1
        self.stdout.write(f"Re-encrypted {total} rows.")
