"""Setdown settings: everything comes from the environment (see .env.example).

With no environment at all, Setdown runs as a local development instance on
SQLite under ./var/, generating its secret and encryption keys there.
"""

from __future__ import annotations

from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from setdown.lib.crypto import new_key
from setdown.lib.env import env_bool, env_int, env_list, env_str, kept_secret, random_secret

BASE_DIR = Path(__file__).resolve().parent
VAR_DIR = Path(env_str("SETDOWN_VAR_DIR", str(BASE_DIR.parent / "var")))

DEBUG = env_bool("DEBUG", True)

SECRET_KEY = env_str("SECRET_KEY") or (
    kept_secret(VAR_DIR / "secret_key", random_secret) if DEBUG else ""
)
if not SECRET_KEY:
    raise ImproperlyConfigured("Set SECRET_KEY when DEBUG is off.")

# Newest first. Older keys keep decrypting; new writes use the first one.
SETDOWN_ENCRYPTION_KEYS = env_list("SETDOWN_ENCRYPTION_KEYS") or (
    [kept_secret(VAR_DIR / "encryption_key", new_key)] if DEBUG else []
)
if not SETDOWN_ENCRYPTION_KEYS:
    raise ImproperlyConfigured("Set SETDOWN_ENCRYPTION_KEYS when DEBUG is off.")
# Keyed hashes for searching encrypted text (the journal's blind index).
SETDOWN_SEARCH_KEY = env_str("SETDOWN_SEARCH_KEY") or (
    kept_secret(VAR_DIR / "search_key", random_secret) if DEBUG else ""
)
if not SETDOWN_SEARCH_KEY:
    raise ImproperlyConfigured("Set SETDOWN_SEARCH_KEY when DEBUG is off.")

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
SITE_URL = env_str("SITE_URL", "http://127.0.0.1:8000")

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "setdown.accounts",
    "setdown.front",
    "setdown.drafts",
    "setdown.program",
    "setdown.practices",
    "setdown.checkins",
    "setdown.drivers",
    "setdown.safety",
    "setdown.insights",
    "setdown.journal",
    "setdown.portability",
    "setdown.coaching",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "setdown.lib.middleware.security_headers",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "setdown.lib.middleware.idle_logout",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "setdown.accounts.middleware.onboarding_required",
]

ROOT_URLCONF = "setdown.urls"
WSGI_APPLICATION = "setdown.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "builtins": ["setdown.front.templatetags.setdown_tags"],
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "setdown.front.context.site",
                "setdown.safety.context.safety_panel",
                "setdown.drafts.context.saved_drafts",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{VAR_DIR / 'setdown.sqlite3'}"),
        conn_max_age=env_int("DB_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"

AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

CACHES = {
    "default": (
        {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": env_str("REDIS_URL")}
        if env_str("REDIS_URL")
        else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    )
}

# Accounts (django-allauth)
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_EMAIL_VERIFICATION = env_str("ACCOUNT_EMAIL_VERIFICATION", "optional")
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_SESSION_REMEMBER = None
ACCOUNT_RATE_LIMITS = {
    "login_failed": "5/5m/ip,5/5m/key",
    "signup": "20/h/ip",
    "reset_password": "5/h/ip,3/h/key",
}
ACCOUNT_EMAIL_SUBJECT_PREFIX = "Setdown: "
ACCOUNT_ADAPTER = "setdown.accounts.adapter.AccountAdapter"
ACCOUNT_FORMS = {
    name: f"setdown.accounts.forms.{cls}"
    for name, cls in {
        "login": "LoginForm",
        "signup": "SignupForm",
        "change_password": "ChangePasswordForm",
        "reset_password": "ResetPasswordForm",
        "reset_password_from_key": "ResetPasswordKeyForm",
        "add_email": "AddEmailForm",
    }.items()
}
MFA_ADAPTER = "setdown.accounts.adapter.MFAAdapter"
MFA_FORMS = {
    "authenticate": "setdown.accounts.forms.MFAAuthenticateForm",
    "reauthenticate": "setdown.accounts.forms.MFAReauthenticateForm",
    "activate_totp": "setdown.accounts.forms.ActivateTOTPForm",
}
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Setdown"
LOGIN_REDIRECT_URL = "/"
LOGIN_URL = "/accounts/login/"

# Sessions: a journal left open on a shared phone locks itself after a while.
SESSION_COOKIE_AGE = env_int("SESSION_COOKIE_AGE", 60 * 60 * 24 * 14)
SETDOWN_IDLE_MINUTES = env_int("SETDOWN_IDLE_MINUTES", 60)
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"

# Email: the console locally, SMTP in production.
EMAIL_BACKEND = env_str(
    "EMAIL_BACKEND",
    "django.core.mail.backends.console.EmailBackend"
    if DEBUG
    else "django.core.mail.backends.smtp.EmailBackend",
)
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 587)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Setdown <hello@localhost>")

# Security: strict by default, HTTPS-only settings when DEBUG is off.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not DEBUG)
SESSION_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_SECURE = not DEBUG
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0 if DEBUG else 60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = not DEBUG
SECURE_HSTS_PRELOAD = not DEBUG
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
CSRF_FAILURE_VIEW = "setdown.front.views.csrf_failure"
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)

# Where "Leave quickly" goes: a plain page that says nothing about Setdown.
SETDOWN_QUICK_EXIT_URL = env_str("SETDOWN_QUICK_EXIT_URL", "https://www.bbc.com/weather")
# Which country's help lines /support/ shows (see setdown/safety/lines.toml).
SETDOWN_SUPPORT_COUNTRY = env_str("SETDOWN_SUPPORT_COUNTRY", "US")

LANGUAGE_CODE = "en"
TIME_ZONE = env_str("TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}
WHITENOISE_USE_FINDERS = DEBUG
if DEBUG:
    STATIC_ROOT.mkdir(parents=True, exist_ok=True)

# Largest journal import accepted, in bytes.
SETDOWN_IMPORT_MAX_BYTES = env_int("SETDOWN_IMPORT_MAX_BYTES", 20 * 1024 * 1024)
DATA_UPLOAD_MAX_MEMORY_SIZE = SETDOWN_IMPORT_MAX_BYTES + 1024 * 1024

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {"django.request": {"level": "ERROR"}},
}
