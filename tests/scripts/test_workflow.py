"""The GitHub workflow: write permissions only where Pages is deployed, a deployment never
cancelled by a newer push, pip cached, and the tests pointed at a browser the runner has."""
import pytest
import yaml

from conftest import ROOT

pytestmark = pytest.mark.engine

WORKFLOW = yaml.safe_load((ROOT / ".github" / "workflows" / "site.yml").read_text(encoding="utf-8"))
JOBS = WORKFLOW["jobs"]


def writes(permissions: dict | None) -> set[str]:
    return {k for k, v in (permissions or {}).items() if v == "write"}


def test_only_the_deploy_job_may_write():
    assert writes(WORKFLOW.get("permissions")) == set()
    deploying = [name for name, job in JOBS.items() if any("deploy-pages" in str(s.get("uses", "")) for s in job["steps"])]
    assert deploying == ["publish"]
    for name, job in JOBS.items():
        assert writes(job.get("permissions")) == ({"pages", "id-token"} if name in deploying else set()), name


def test_a_deployment_is_never_cancelled():
    assert "concurrency" not in WORKFLOW  # a workflow-wide group would cancel the deploy with the tests
    assert JOBS["publish"]["concurrency"]["cancel-in-progress"] is False
    assert JOBS["test"]["concurrency"]["group"] != JOBS["publish"]["concurrency"]["group"]


def test_pip_is_cached_and_the_browser_is_the_runners():
    for job in JOBS.values():
        setup = next(s for s in job["steps"] if str(s.get("uses", "")).startswith("actions/setup-python"))
        assert setup["with"]["cache"] == "pip" and "requirements.txt" in setup["with"]["cache-dependency-path"]
    assert JOBS["test"]["env"]["TAWSIYAT_CHROMIUM"].startswith("/usr/bin/")
