#!/usr/bin/env python3
"""The README's two commands: `python3 dev.py demo` and `python3 dev.py test`.

Each creates `.venv` if needed, installs what it needs into it, then runs. Only Python 3.11+ and pip are assumed.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / "python"
CHROMIUM = "/usr/bin/chromium"


def sh(*args: str, **kwargs: object) -> int:
    return subprocess.call(list(args), cwd=ROOT, **kwargs)  # type: ignore[call-overload]


def ensure_venv(extra: str) -> None:
    if not PY.exists():
        print("creating .venv ...", flush=True)
        subprocess.check_call([sys.executable, "-m", "venv", str(VENV)])
    stamp = VENV / f".installed-{extra or 'base'}"
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if stamp.exists() and stamp.read_text() == digest:
        return
    print(f"installing dependencies ({extra or 'runtime'}) ...", flush=True)
    target = f".[{extra}]" if extra else "."
    subprocess.check_call([str(PY), "-m", "pip", "install", "-q", "--upgrade", "pip"], cwd=ROOT)
    subprocess.check_call([str(PY), "-m", "pip", "install", "-q", "-e", target], cwd=ROOT)
    stamp.write_text(digest)


def _apt_install(packages: list[str], what: str) -> None:
    """Install Debian packages when we may (root with apt-get); otherwise the tests that need them skip, or fail
    under KOTOTORI_REQUIRE_SERVICES=1 (CI)."""
    if not (hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("apt-get")):
        return
    print(f"installing {what} ...", flush=True)
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    command = ["apt-get", "install", "-y", "-q", *packages]
    if subprocess.call(command, env=env, stdout=subprocess.DEVNULL) != 0:
        subprocess.call(["apt-get", "update", "-q"], env=env, stdout=subprocess.DEVNULL)
        subprocess.call(command, env=env, stdout=subprocess.DEVNULL)


def ensure_chromium() -> None:
    """The browser test needs Debian's chromium."""
    if not (shutil.which("chromium") or Path(CHROMIUM).exists()):
        _apt_install(["chromium"], "Debian's chromium for the browser test")


def ensure_haproxy() -> None:
    """The deployment test checks the load balancer's configuration with Debian's haproxy."""
    if not shutil.which("haproxy"):
        _apt_install(["haproxy"], "Debian's haproxy for the deployment test")


OCR_PACKAGES = [
    "tesseract-ocr",
    "tesseract-ocr-fin",
    "tesseract-ocr-swe",
    "tesseract-ocr-eng",
    "fonts-dejavu-core",
]
TESSDATA = Path("/usr/share/tesseract-ocr/5/tessdata")


def ensure_ocr() -> None:
    """Letters need Tesseract's Finnish, Swedish and English data and the DejaVu fonts (sample letters)."""
    have = all((TESSDATA / f"{lang}.traineddata").exists() for lang in ("fin", "swe", "eng"))
    if not (have and Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf").exists()):
        _apt_install(OCR_PACKAGES, "Tesseract (fin, swe, eng) and DejaVu fonts for the letters")


def demo(args: list[str]) -> int:
    ensure_venv("")
    ensure_ocr()
    return sh(str(BIN / "kototori"), "demo", *args)


def test(args: list[str]) -> int:
    ensure_venv("dev")
    ensure_chromium()
    ensure_haproxy()
    ensure_ocr()
    steps = [
        [str(BIN / "ruff"), "format", "--check", "."],
        [str(BIN / "ruff"), "check", "."],
        [str(BIN / "mypy")],
        [str(BIN / "kototori"), "kb", "check"],
        [str(BIN / "pytest"), *args],
    ]
    for step in steps:
        if not step:
            continue
        print("$ " + " ".join(Path(step[0]).name if i == 0 else s for i, s in enumerate(step)), flush=True)
        code = sh(*step)
        if code != 0:
            return code
    return 0


def main() -> int:
    if len(sys.argv) < 2 or sys.argv[1] not in {"demo", "test"}:
        print(__doc__)
        return 2
    command, rest = sys.argv[1], sys.argv[2:]
    return demo(rest) if command == "demo" else test(rest)


if __name__ == "__main__":
    sys.exit(main())
