"""The whole selection of tests holds on a copy of the project with a second meeting added by the
documented commands (tests/second_meeting.py): its failures are this test's failure. The pass
itself is started by tests/conftest.py as soon as the tests are collected, and runs beside them;
under pytest-xdist this test may run in a worker, and learns the pass's end from its files."""
import os
import re

import pytest

TIMEOUT = 1800  # seconds; the pass takes about as long as this one


def test_the_whole_suite_holds_with_a_second_meeting(second_pass):
    if os.environ.get("TAWSIYAT_PROJECT"):
        pytest.skip("this is the second pass")
    if second_pass is None:
        pytest.skip("--one-tree")
    code = second_pass.wait(timeout=TIMEOUT)
    out = second_pass.log.read_text(encoding="utf-8")
    closing = [line for line in out.splitlines() if re.search(r"\b(passed|failed|error)\b", line)]
    summary = closing[-1].strip("= ") if closing else f"exit status {code}"
    if code != 0:
        failures = "\n".join(line for line in out.splitlines() if line.startswith(("FAILED", "ERROR")))
        pytest.fail(f"with a second meeting ({second_pass.project}): {summary}\n{failures or out[-4000:]}",
                    pytrace=False)
    # the process that runs the session prints it at the end, and then removes the work folder
    second_pass.summary.write_text(summary, encoding="utf-8")
