"""The whole selection of tests holds on a copy of the project with a second meeting added by the
documented commands (tests/second_meeting.py): its failures are this test's failure. The pass
itself is started by tests/conftest.py as soon as the tests are collected, and runs beside them."""
import os
import re
import shutil

import pytest

from conftest import SECOND_PASS_SUMMARY

TIMEOUT = 1800  # seconds; the pass takes about as long as this one


def test_the_whole_suite_holds_with_a_second_meeting(second_pass, request):
    if os.environ.get("TAWSIYAT_PROJECT"):
        pytest.skip("this is the second pass")
    if second_pass is None:
        pytest.skip("--one-tree")
    process, work, log = second_pass
    code = process.wait(timeout=TIMEOUT)
    out = log.read_text(encoding="utf-8")
    closing = [line for line in out.splitlines() if re.search(r"\b(passed|failed|error)\b", line)]
    summary = closing[-1].strip("= ") if closing else f"exit status {code}"
    if code != 0:
        failures = "\n".join(line for line in out.splitlines() if line.startswith(("FAILED", "ERROR")))
        pytest.fail(f"with a second meeting ({work / 'project'}): {summary}\n{failures or out[-4000:]}", pytrace=False)
    request.config.stash[SECOND_PASS_SUMMARY] = summary
    shutil.rmtree(work, ignore_errors=True)
