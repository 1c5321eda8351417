from django.conf import settings
from django.db import models

from setdown.lib.fields import EncryptedJSONField


class Draft(models.Model):
    """Words being typed into a form, kept on the server as well as in the browser.

    `key` names the form (for example "program/culture/new"); one draft per form.
    """

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    key = models.CharField(max_length=200)
    data = EncryptedJSONField()
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "key"], name="one_draft_per_form")]

    def __str__(self) -> str:
        return self.key
