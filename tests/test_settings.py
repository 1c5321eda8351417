"""Production settings pass Django's deployment checks; dev needs no settings at all."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from cryptography.fernet import Fernet

ROOT = Path(__file__).resolve().parents[1]


def run(env_extra: dict, *args: str) -> subprocess.CompletedProcess:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("SETDOWN_", "DATABASE_", "DJANGO_"))
    }
    env.update(env_extra)
    return subprocess.run(
        [sys.executable, "-m", "setdown.cli", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_check_deploy_reports_nothing_in_production_mode(tmp_path):
    result = run(
        {
            "DEBUG": "false",
            "SECRET_KEY": "x" * 20 + "a-long-and-random-secret-key-for-tests-only-0123456789",
            "SETDOWN_ENCRYPTION_KEYS": Fernet.generate_key().decode(),
            "SETDOWN_SEARCH_KEY": "search-key-for-tests-only-0123456789",
            "ALLOWED_HOSTS": "setdown.example.org",
            "SETDOWN_VAR_DIR": str(tmp_path),
        },
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_keys(tmp_path):
    result = run({"DEBUG": "false", "SETDOWN_VAR_DIR": str(tmp_path)}, "check")
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_development_needs_no_configuration(tmp_path):
    result = run({"SETDOWN_VAR_DIR": str(tmp_path)}, "check")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "secret_key").exists() and (tmp_path / "encryption_key").exists()
