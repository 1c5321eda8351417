from django.conf import settings
from django.db import models

from setdown.lib.fields import EncryptedTextField


class SafetyPlan(models.Model):
    """A parent's own plan for a hard moment, in their own words."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="safety_plan"
    )
    warning_signs = EncryptedTextField(blank=True)
    things_that_help = EncryptedTextField(blank=True)
    distractions = EncryptedTextField(blank=True)
    people_to_ask = EncryptedTextField(blank=True)
    professionals = EncryptedTextField(blank=True)
    safer_home = EncryptedTextField(blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    SECTIONS = (
        "warning_signs",
        "things_that_help",
        "distractions",
        "people_to_ask",
        "professionals",
        "safer_home",
    )

    def __str__(self) -> str:
        return f"Safety plan of {self.user_id}"

    @property
    def is_empty(self) -> bool:
        return not any(getattr(self, name).strip() for name in self.SECTIONS)
