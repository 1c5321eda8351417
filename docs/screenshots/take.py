"""Take the README screenshots: a demo parent on a throwaway SQLite database.

    .venv/bin/python docs/screenshots/take.py

Needs /usr/bin/chromium. Writes docs/screenshots/*.png.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = Path(__file__).resolve().parent
PORT = "8765"


def main() -> None:
    var = tempfile.mkdtemp(prefix="setdown-shots-")
    env = {**os.environ, "SETDOWN_VAR_DIR": var, "PORT": PORT, "PYTHONPATH": str(ROOT)}
    setdown = str(ROOT / ".venv" / "bin" / "setdown")
    subprocess.run([setdown, "migrate", "-v0"], env=env, check=True)
    demo = """
from django.utils import timezone
from setdown.accounts.models import User
from tests import factories
u = User.objects.create_user(email="demo@example.org", password="a calm long password 42",
    address_as="mom", onboarded_at=timezone.now())
factories.make_phrase(u, text="I'm tired, and tired is not the same as failing.", origin="step")
factories.make_script(u, script="I got loud. I'm sorry. You didn't deserve that. Can we start again?")
factories.make_moment(u, activity="Ten minutes of blocks, phone in the other room", with_whom="Noor")
factories.make_rule(u, origin="step")
"""
    subprocess.run([setdown, "shell", "-c", demo], env=env, check=True, cwd=ROOT)
    server = subprocess.Popen([setdown, "serve"], env=env, cwd=ROOT,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        time.sleep(3)
        shoot(f"http://127.0.0.1:{PORT}")
    finally:
        server.terminate()


def b64(path: Path) -> str:
    import base64

    return base64.b64encode(path.read_bytes()).decode()


def shoot(base: str) -> None:
    from playwright.sync_api import sync_playwright

    args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--no-first-run", "--disable-sync"]
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=args)
        page = browser.new_page(viewport={"width": 390, "height": 844})
        page.goto(base + "/accounts/login/")
        page.get_by_label("Email").fill("demo@example.org")
        page.get_by_label("Password").fill("a calm long password 42")
        page.get_by_role("button", name="Sign in").click()
        page.wait_for_url(base + "/")
        page.screenshot(path=str(OUT / "home.png"))
        page.goto(base + "/checkin/new/")
        page.get_by_label("What happened?").fill(
            "snapped at my son over his shoes before school and he cried the whole way"
        )
        page.locator(".scale label", has_text="8").click()
        page.get_by_role("button", name="Next").click()
        page.wait_for_url("**/drivers/")
        page.wait_for_load_state("networkidle")
        page.screenshot(path=str(OUT / "name-it.png"))
        page.goto(base + "/program/")
        page.screenshot(path=str(OUT / "steps.png"))
        strip = browser.new_page(viewport={"width": 1230, "height": 884})
        imgs = "".join(
            f'<img src="data:image/png;base64,{b64(OUT / n)}" style="width:390px;margin:0 10px;border-radius:18px;'
            f'box-shadow:0 4px 18px #0002">' for n in ("home.png", "name-it.png", "steps.png")
        )
        strip.set_content(f'<body style="margin:0;padding:20px 0;background:#efe7dc">{imgs}</body>')
        strip.wait_for_timeout(300)
        strip.screenshot(path=str(OUT / "readme.png"))
        browser.close()


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
