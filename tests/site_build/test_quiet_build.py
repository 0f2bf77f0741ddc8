"""A clean build says little, so that a real error is seen: at most 20 lines, none of them a
notice about pages reached from the indexes, a false missing anchor, Material's banner, or
static-i18n's and MkDocs' reports of the per-language config and the 404 page doing their job."""
import os
import subprocess
import sys

from conftest import ROOT

LIMIT = 20


def test_a_clean_build_prints_at_most_20_lines(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "NO_MKDOCS_2_WARNING"}  # dev.sh must silence it
    result = subprocess.run(["bash", str(ROOT / "scripts/dev.sh"), "build", "-d", str(tmp_path / "site")],
                            cwd=ROOT, env={**env, "VENV": sys.prefix}, capture_output=True, text=True, timeout=900)
    output = (result.stdout + result.stderr).splitlines()
    assert result.returncode == 0, "\n".join(output[-40:])
    assert len(output) <= LIMIT, "\n".join(output)
    text = "\n".join(output)
    assert "not included in the" not in text and "no such anchor" not in text and "end of life" not in text
    # the build working as designed, which read like trouble (hooks/quiet_log.py)
    assert "Overriding '" not in text and "Template skipped" not in text, text
