from __future__ import annotations

from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.db import models

from setdown.lib.fields import EncryptedTextField


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create(self, email: str, password: str | None, **extra):
        email = self.normalize_email(email)
        user = self.model(email=email, **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email: str, password: str | None = None, **extra):
        extra.setdefault("is_staff", False)
        extra.setdefault("is_superuser", False)
        return self._create(email, password, **extra)

    def create_superuser(self, email: str, password: str | None = None, **extra):
        extra.update(is_staff=True, is_superuser=True)
        return self._create(email, password, **extra)


class User(AbstractUser):
    """A parent. Signs in with an email address; there is no username."""

    class AddressAs(models.TextChoices):
        MOM = "mom", "Mom"
        DAD = "dad", "Dad"
        PARENT = "parent", "Parent"
        NAME = "name", "My name"

    username = None
    first_name = None
    last_name = None
    email = models.EmailField("email address", unique=True)

    address_as = models.CharField(max_length=10, choices=AddressAs.choices, blank=True)
    name = EncryptedTextField(blank=True)
    children_ages = EncryptedTextField(blank=True)
    onboarded_at = models.DateTimeField(null=True, blank=True)
    # Day of the previous visit, for a plain "welcome back" after a long gap.
    last_visit_on = models.DateField(null=True, blank=True)

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []

    objects = UserManager()

    def __str__(self) -> str:
        return self.email

    @property
    def greeting_name(self) -> str:
        """How the parent asked to be addressed."""
        if self.address_as == self.AddressAs.NAME and self.name:
            return self.name
        if self.address_as in (self.AddressAs.MOM, self.AddressAs.DAD):
            return self.get_address_as_display()
        return ""

    @property
    def parent_word(self) -> str:
        """'mom', 'dad' or 'parent', for sentences like 'a good-enough mom'."""
        if self.address_as in (self.AddressAs.MOM, self.AddressAs.DAD):
            return self.address_as
        return "parent"
